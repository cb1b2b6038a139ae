// SPDX-License-Identifier: MIT
using System.Globalization;

using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Datasets;

/// <summary>PTB-XL: the record table, SCP statements, derived labels, the official split and waveform loading.</summary>
/// <remarks>
/// Source: Wagner et al., "PTB-XL, a large publicly available electrocardiography dataset", Sci Data 7:154 (2020);
/// https://physionet.org/content/ptb-xl/. Superclasses follow the dataset's example code: every code in <c>scp_codes</c>
/// whose statement has <c>diagnostic</c> = 1 contributes its <c>diagnostic_class</c>, whatever its likelihood.
/// </remarks>
/// <param name="Folder">The PTB-XL folder (holds the two CSV files and records100/, records500/).</param>
/// <param name="Records">Rows of <c>ptbxl_database.csv</c>, in file order.</param>
/// <param name="Statements">Rows of <c>scp_statements.csv</c>, keyed by SCP code.</param>
public sealed record PtbXlDatabase(string Folder, IReadOnlyList<PtbXlRecord> Records, IReadOnlyDictionary<string, ScpStatement> Statements)
{
    /// <summary>Folder name of the dataset under the data root.</summary>
    public const string DatasetName = "ptbxl";

    /// <summary>Loads both CSV files of a PTB-XL folder.</summary>
    /// <param name="folder">The PTB-XL folder.</param>
    /// <returns>The database.</returns>
    /// <exception cref="FormatException">A field is malformed; the message names file, line and column.</exception>
    /// <exception cref="FileNotFoundException">A CSV file is missing.</exception>
    public static PtbXlDatabase Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var statements = LoadStatements(Path.Combine(folder, "scp_statements.csv"));
        var records = LoadRecords(Path.Combine(folder, "ptbxl_database.csv"), statements);
        return new PtbXlDatabase(folder, records, statements);
    }

    /// <summary>The records of one official split.</summary>
    /// <param name="split">Train (folds 1–8), Validation (9) or Test (10).</param>
    /// <returns>Matching records in file order.</returns>
    public IReadOnlyList<PtbXlRecord> InSplit(PtbXlSplit split)
    {
        var list = new List<PtbXlRecord>();
        foreach (var r in Records)
        {
            if (r.Split == split)
            {
                list.Add(r);
            }
        }

        return list;
    }

    /// <summary>Reads the 12-lead waveform of a record (leads I, II, III, aVR, aVL, aVF, V1–V6).</summary>
    /// <param name="record">A record of this database.</param>
    /// <param name="rate">Which copy. Default: 100 Hz.</param>
    /// <returns>The decoded samples; use <see cref="WfdbRecord.Physical(int)"/> for mV.</returns>
    /// <exception cref="WfdbFormatException">The waveform files are missing or malformed.</exception>
    public WfdbRecord ReadSignals(PtbXlRecord record, PtbXlRate rate = PtbXlRate.Hz100)
    {
        ArgumentNullException.ThrowIfNull(record);
        return WfdbReader.Read(Path.Combine(Folder, record.RecordPath(rate)));
    }

    private static Dictionary<string, ScpStatement> LoadStatements(string path)
    {
        var result = new Dictionary<string, ScpStatement>(StringComparer.Ordinal);
        foreach (var csv in Open(path))
        {
            var code = csv.Get(0);
            var diagnostic = csv.Get("diagnostic");
            result[code] = new ScpStatement(
                code,
                csv.Get("description"),
                !string.IsNullOrEmpty(diagnostic) && ParseDouble(diagnostic, csv, path, "diagnostic") == 1,
                csv.Get("diagnostic_class"),
                csv.Get("diagnostic_subclass"));
        }

        return result;
    }

    private static List<PtbXlRecord> LoadRecords(string path, Dictionary<string, ScpStatement> statements)
    {
        var list = new List<PtbXlRecord>();
        foreach (var csv in Open(path))
        {
            var codes = ParseScpCodes(csv.Get("scp_codes"), csv, path);
            var super = PtbXlSuperclass.None;
            foreach (var code in codes.Keys)
            {
                if (statements.TryGetValue(code, out var st) && st.IsDiagnostic)
                {
                    super |= Superclass(st.DiagnosticClass);
                }
            }

            if (csv.Fields.Length != csv.Columns.Count)
            {
                throw Error(csv, path, "(all)", $"expected {csv.Columns.Count} fields like the header but got {csv.Fields.Length}; the file is truncated or a quote is unbalanced");
            }

            var age = csv.Get("age");
            var fold = (int)ParseWhole(csv.Get("strat_fold"), csv, path, "strat_fold", 1, 10);
            var ageValue = string.IsNullOrEmpty(age) ? (double?)null : ParseDouble(age, csv, path, "age");
            if (ageValue is < 0)
            {
                throw Error(csv, path, "age", $"expected an age ≥ 0 but got '{age}'");
            }

            list.Add(new PtbXlRecord(
                (int)ParseWhole(csv.Get("ecg_id"), csv, path, "ecg_id", 1, int.MaxValue),
                ParseWhole(csv.Get("patient_id"), csv, path, "patient_id", 0, 1_000_000_000_000_000),
                ageValue,
                codes,
                fold,
                csv.Get("filename_lr"),
                csv.Get("filename_hr"),
                super,
                PtbXlMiLocalisation.Walls(codes.Keys)));
        }

        if (list.Count == 0)
        {
            throw new FormatException($"{path}: PtbXlDatabase.Load: expected at least one record but the file has none (empty, or a header only).");
        }

        return list;
    }

    private static PtbXlSuperclass Superclass(string code) => code switch
    {
        "NORM" => PtbXlSuperclass.Norm,
        "MI" => PtbXlSuperclass.MI,
        "STTC" => PtbXlSuperclass.Sttc,
        "CD" => PtbXlSuperclass.CD,
        "HYP" => PtbXlSuperclass.Hyp,
        _ => PtbXlSuperclass.None,
    };

    // scp_codes is a Python dict literal: {'NORM': 100.0, 'LVOLT': 0.0, 'SR': 0.0}
    private static Dictionary<string, double> ParseScpCodes(string text, Row csv, string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var body = text.Trim();
        if (body.Length < 2 || body[0] != '{' || body[^1] != '}')
        {
            throw Error(csv, path, "scp_codes", $"expected a dict such as {{'NORM': 100.0}} but got '{text}'");
        }

        foreach (var item in body[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Error(csv, path, "scp_codes", $"expected 'CODE': likelihood but got '{item}'");
            }

            var key = item[..colon].Trim().Trim('\'', '"');
            result[key] = ParseDouble(item[(colon + 1)..].Trim(), csv, path, "scp_codes");
        }

        return result;
    }

    private static IEnumerable<Row> Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PtbXlDatabase.Load: expected {Path.GetFileName(path)} in the PTB-XL folder but it is missing. Run 'mednet data download ptbxl' or set MEDNET_DATA.", path);
        }

        Dictionary<string, int>? columns = null;
        foreach (var (line, fields) in Tabular.CsvRecordReader.Read(path))
        {
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < fields.Length; i++)
                {
                    columns[fields[i]] = i;
                }

                continue;
            }

            yield return new Row(path, line, fields, columns);
        }
    }

    private sealed record Row(string Path, int Line, string[] Fields, Dictionary<string, int> Columns)
    {
        public string Get(int index) => index < Fields.Length ? Fields[index] : string.Empty;

        public string Get(string column) =>
            Columns.TryGetValue(column, out var i)
                ? Get(i)
                : throw new FormatException($"{Path}:1: PtbXlDatabase.Load: expected a column named {column} in the header but it is missing.");
    }

    private static double ParseDouble(string text, Row csv, string path, string column) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Error(csv, path, column, $"expected a finite number but got '{text}'");

    // Identifiers and folds are whole numbers the CSV writes as "15709.0": refuse 1.9, NaN, 1e20 instead of truncating them.
    private static long ParseWhole(string text, Row csv, string path, string column, long min, long max)
    {
        var v = ParseDouble(text, csv, path, column);
        if (v != Math.Floor(v) || v < min || v > max)
        {
            throw Error(csv, path, column, $"expected a whole number in [{min}, {max}] but got '{text}'");
        }

        return (long)v;
    }

    private static FormatException Error(Row csv, string path, string column, string what) =>
        new($"{path}:{csv.Line}: PtbXlDatabase.Load: column {column}: {what}.");
}

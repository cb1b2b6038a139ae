// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Experiments.PaperTables;

/// <summary>
/// The registry of every number the two papers report in their tables, transcribed once
/// (<c>PaperTables/reported-results.tsv</c>) and never typed into a notebook.
/// </summary>
/// <remarks>Source: [MEDNET] Tables 1–4; [MSA] Tables 1–4.</remarks>
public static class ReportedResults
{
    private static readonly Lazy<IReadOnlyList<ReportedValue>> Values = new(Load);

    /// <summary>Every reported value, in the order of the papers' tables.</summary>
    public static IReadOnlyList<ReportedValue> All => Values.Value;

    /// <summary>Returns the value with the given key.</summary>
    /// <param name="key"><c>Paper/Table/Row/Column</c>, e.g. <c>MEDNET/T4/DTAAD-MBA-50ep/F1</c>.</param>
    /// <returns>The reported value.</returns>
    /// <exception cref="KeyNotFoundException">No such key; the message lists the keys of the same table.</exception>
    public static ReportedValue Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var v in All)
        {
            if (v.Key == key)
            {
                return v;
            }
        }

        var prefix = key.Split('/') is [var paper, var table, ..] ? $"{paper}/{table}/" : key;
        var near = new List<string>();
        foreach (var v in All)
        {
            if (v.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                near.Add(v.Key);
            }
        }

        throw new KeyNotFoundException(
            $"ReportedResults: no value '{key}'." + (near.Count > 0 ? $" Keys of {prefix.TrimEnd('/')}: {string.Join(", ", near)}" : ""));
    }

    /// <summary>The rows of one table, in the paper's order.</summary>
    /// <param name="paper"><c>MEDNET</c> or <c>MSA</c>.</param>
    /// <param name="table">Table id, e.g. <c>T2</c>.</param>
    /// <returns>The values of that table; empty when the table does not exist.</returns>
    public static IReadOnlyList<ReportedValue> Table(string paper, string table)
    {
        var list = new List<ReportedValue>();
        foreach (var v in All)
        {
            if (v.Paper == paper && v.Table == table)
            {
                list.Add(v);
            }
        }

        return list;
    }

    private static IReadOnlyList<ReportedValue> Load()
    {
        const string resource = "MedNet.Experiments.PaperTables.reported-results.tsv";
        using var stream = typeof(ReportedResults).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"ReportedResults: embedded resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var list = new List<ReportedValue>();
        var lineNo = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            var cells = line.Split('\t');
            var parts = cells[0].Split('/');
            if (cells.Length != 3 || parts.Length != 4)
            {
                throw new FormatException($"reported-results.tsv line {lineNo}: expected 'paper/table/row/column<TAB>value<TAB>unit' but got '{line}'.");
            }

            if (!double.TryParse(cells[1].Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"reported-results.tsv line {lineNo}: value '{cells[1]}' is not a number.");
            }

            list.Add(new ReportedValue(parts[0], parts[1], parts[2], parts[3], cells[1], value, cells[2]));
        }

        return list;
    }
}

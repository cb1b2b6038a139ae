// SPDX-License-Identifier: MIT
using System.Globalization;

using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>Loads the MBA benchmark of TranAD/DTAAD (7680 × 2, 128 Hz, mV) from its CSV or original xlsx files.</summary>
/// <remarks>
/// Source: DTAAD <c>preprocess.py</c> (Yu-Lingrui/DTAAD @ 5cd728d), MBA branch: <c>train.values[1:, 1:]</c> drops the
/// units row and the sample column. Facts (data/mba/README.md): train and test are byte-identical; the rate is 128 Hz
/// (MIT-BIH Supraventricular Arrhythmia Database), not mitdb's 360 Hz; <c>labels</c>' header is shifted by one column,
/// so the header cell <c>Sample</c> holds the sample index and <c>#</c> holds the beat symbol.
/// Values are returned in mV, not normalised; use <see cref="Preprocessing.ChannelNormaliser"/> next.
/// </remarks>
public static class MbaDataset
{
    /// <summary>Sampling rate of MBA in Hz (Time = Sample / 128 in <c>labels.xlsx</c>).</summary>
    public const double SamplingRate = 128.0;

    /// <summary>Finds the MBA folder: <c>mba/</c> under the first data root that has it (<see cref="DataRoot"/>: MEDNET_DATA, the repository's data/, ../shared/data).</summary>
    /// <param name="startDirectory">Where the search for the repository starts. Default: the current directory.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No data root has an mba/ folder.</exception>
    public static string Locate(string? startDirectory = null) =>
        DataRoot.FindDataset("mba", startDirectory)
        ?? throw new DirectoryNotFoundException("MbaDataset: expected an mba/ folder under MEDNET_DATA, data/ or ../shared/data but found none. Run `mednet data download mba`.");

    /// <summary>Loads train, test and point labels.</summary>
    /// <param name="folder">Folder holding the MBA files. Default: <c>mba/</c> under the data root (<see cref="DataRoot"/>).</param>
    /// <param name="source">CSV or original xlsx. Default: <see cref="MbaSource.Csv"/>.</param>
    /// <param name="rule">Which beats are anomalous. Default: <see cref="MbaLabelRule.AllBeatsTranAD"/> (the benchmark).</param>
    /// <returns>The dataset: train and test (7680, 2) named ECG1, ECG2; labels (7680, 2); 128 Hz.</returns>
    /// <exception cref="DirectoryNotFoundException">No MBA folder was found.</exception>
    /// <exception cref="TabularFormatException">A file breaks the MBA layout; the message names file, line and column.</exception>
    public static TimeSeriesDataset Load(string? folder = null, MbaSource source = MbaSource.Csv, MbaLabelRule rule = MbaLabelRule.AllBeatsTranAD)
    {
        folder ??= Locate();
        var notes = new List<string>();
        TimeSeriesTable train, test;
        IReadOnlyList<MbaAnnotation> annotations;
        switch (source)
        {
            case MbaSource.Csv:
                train = ReadSignalsCsv(Path.Combine(folder, "train.csv"));
                test = ReadSignalsCsv(Path.Combine(folder, "test.csv"));
                annotations = ReadAnnotationsCsv(Path.Combine(folder, "labels.csv"));
                break;
            case MbaSource.Xlsx:
                train = ReadSignalsXlsx(Path.Combine(folder, "train.xlsx"), notes);
                test = ReadSignalsXlsx(Path.Combine(folder, "test.xlsx"), notes);
                annotations = ReadAnnotationsXlsx(Path.Combine(folder, "labels.xlsx"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(source), source, $"MbaDataset: expected one of {string.Join(", ", Enum.GetNames<MbaSource>())} but got {source}.");
        }

        if (train.Values.AsSpan().SequenceEqual(test.Values))
        {
            notes.Add("train and test are identical (as upstream: the benchmark trains and tests on the same 60 s)");
        }

        var labels = MbaLabels.Build(annotations, test.Rows, test.ColumnNames, rule);
        notes.Add($"labels: {rule}, {labels.BeatsUsed} of {annotations.Count} annotated beats, {labels.AnomalousRows} of {test.Rows} rows anomalous per channel, {labels.ClippedRows} offsets clipped");
        return new TimeSeriesDataset("MBA", train, test, labels.Labels, SamplingRate, new DatasetDiagnostics(notes, null));
    }

    /// <summary>Reads <c>train.csv</c>/<c>test.csv</c>: header <c>sample,ECG1,ECG2</c>, the sample column dropped.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>(T, 2) table named ECG1, ECG2 in mV.</returns>
    public static TimeSeriesTable ReadSignalsCsv(string path)
    {
        var raw = CsvTableReader.Read(path, NumericParsing.Strict).Table;
        if (raw.Columns < 2 || !string.Equals(raw.ColumnNames[0], "sample", StringComparison.OrdinalIgnoreCase))
        {
            throw new TabularFormatException(path, 1, 1,
                $"MbaDataset: expected header 'sample,ECG1,ECG2' in {path} line 1 but got '{string.Join(",", raw.ColumnNames)}'.");
        }

        int d = raw.Columns - 1;
        var values = new double[raw.Rows * d];
        for (int r = 0; r < raw.Rows; r++)
        {
            raw.Row(r)[1..].CopyTo(values.AsSpan(r * d, d));
        }

        var names = new string[d];
        for (int c = 0; c < d; c++)
        {
            names[c] = raw.ColumnNames[c + 1];
        }

        return new TimeSeriesTable(values, raw.Rows, names);
    }

    /// <summary>Reads the original <c>train.xlsx</c>/<c>test.xlsx</c>: row 1 header, row 2 units, rows 3… data.</summary>
    /// <param name="path">The xlsx file.</param>
    /// <param name="notes">Receives a note with the units row, when given.</param>
    /// <returns>(T, D) table (D = columns after the sample column), values as stored.</returns>
    public static TimeSeriesTable ReadSignalsXlsx(string path, List<string>? notes = null)
    {
        var sheet = XlsxReader.ReadSheet(path);
        if (sheet.RowCount < 2 || sheet.ColumnCount < 2)
        {
            throw new TabularFormatException(path, 0, 0, $"MbaDataset: expected a header row, a units row and data in {path} but the sheet is {sheet.RowCount}×{sheet.ColumnCount}.");
        }

        int d = sheet.ColumnCount - 1;
        var names = new string[d];
        for (int c = 0; c < d; c++)
        {
            var cell = sheet.Cells[0][c + 1];
            names[c] = cell.Text ?? throw new TabularFormatException(path, 1, c + 2,
                $"MbaDataset: expected a text header in cell {XlsxSheet.ColumnLetters(c + 2)}1 of {path} but got '{cell}'.");
        }

        // Row 2 is the units row ("(mV)") when its data cells are text; TranAD's values[1:] drops it.
        bool unitsRow = sheet.Cells[1][1].Text is not null;
        int first = unitsRow ? 2 : 1;
        if (unitsRow && notes is not null)
        {
            var units = new string[d];
            for (int c = 0; c < d; c++)
            {
                units[c] = sheet.Cells[1][c + 1].ToString();
            }

            notes.Add($"{Path.GetFileName(path)}: units row 2 = [{string.Join(", ", units)}], dropped");
        }

        int rows = sheet.RowCount - first;
        var values = new double[rows * d];
        for (int r = 0; r < rows; r++)
        {
            var line = sheet.Cells[first + r];
            for (int c = 0; c < d; c++)
            {
                var cell = line[c + 1];
                if (!cell.IsNumber)
                {
                    throw new TabularFormatException(path, first + r + 1, c + 2,
                        $"MbaDataset: expected a number in cell {XlsxSheet.ColumnLetters(c + 2)}{first + r + 1} (column '{names[c]}') of {path} but got '{cell}'.");
                }

                values[(r * d) + c] = cell.Number;
            }
        }

        return new TimeSeriesTable(values, rows, names);
    }

    /// <summary>Reads <c>labels.csv</c>, whose header is shifted: column <c>Sample</c> is the sample, <c>#</c> the symbol.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The annotations in file order.</returns>
    public static IReadOnlyList<MbaAnnotation> ReadAnnotationsCsv(string path)
    {
        var list = new List<MbaAnnotation>();
        bool header = true;
        foreach (var (line, fields) in CsvRecordReader.Read(path))
        {
            if (header)
            {
                if (fields.Length < 3 || fields[1] != "Sample" || fields[2] != "#")
                {
                    throw new TabularFormatException(path, line, 0,
                        $"MbaDataset: expected the PhysioBank ATM header 'Time,Sample,#,…' in {path} line {line} but got '{string.Join(",", fields)}'.");
                }

                header = false;
                continue;
            }

            list.Add(ParseAnnotation(path, line, fields.Length > 1 ? fields[1] : string.Empty, fields.Length > 2 ? fields[2] : string.Empty));
        }

        return list;
    }

    /// <summary>Reads the original <c>labels.xlsx</c> (same shifted layout as the CSV: column B sample, C symbol).</summary>
    /// <param name="path">The xlsx file.</param>
    /// <returns>The annotations in sheet order.</returns>
    public static IReadOnlyList<MbaAnnotation> ReadAnnotationsXlsx(string path)
    {
        var sheet = XlsxReader.ReadSheet(path);
        if (sheet.ColumnCount < 3 || sheet.Cells[0][1].Text != "Sample" || sheet.Cells[0][2].Text != "#")
        {
            throw new TabularFormatException(path, 1, 0, $"MbaDataset: expected the PhysioBank ATM header 'Time, Sample, #, …' in row 1 of {path}.");
        }

        var list = new List<MbaAnnotation>();
        for (int r = 1; r < sheet.RowCount; r++)
        {
            var sample = sheet.Cells[r][1];
            list.Add(ParseAnnotation(path, r + 1, sample.ToString(), sheet.Cells[r][2].ToString()));
        }

        return list;
    }

    private static MbaAnnotation ParseAnnotation(string path, int line, string sample, string symbol)
    {
        if (!int.TryParse(sample, NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) || s < 0)
        {
            throw new TabularFormatException(path, line, 2,
                $"MbaDataset: expected a non-negative sample index in column 'Sample' (column 2) at {path} line {line} but got '{sample}'.");
        }

        if (symbol.Length == 0)
        {
            throw new TabularFormatException(path, line, 3, $"MbaDataset: expected a beat symbol in column '#' (column 3) at {path} line {line} but the cell is empty.");
        }

        return new MbaAnnotation(s, symbol);
    }
}

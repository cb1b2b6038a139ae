// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;

using MedNet.Signals.Tabular;

namespace MedNet.Signals.Datasets;

/// <summary>Loads a user's own dataset: a folder with <c>train.csv</c>, <c>test.csv</c> and optionally <c>labels.csv</c>.</summary>
/// <remarks>
/// Layout: each CSV has one header row; rows are time steps. <c>train.csv</c> and <c>test.csv</c> share their sensor
/// columns (extra metadata columns such as <c>timestamp</c> or <c>id</c> are dropped by name). <c>labels.csv</c>, when
/// present, has one row per test row and either one column (a label per time step) or one column per sensor, with 0/1
/// values; metadata columns in it are dropped too. The paper 000 §3.2 cleaning (<see cref="TableCleaner"/>) always runs,
/// and its report is in <see cref="DatasetDiagnostics.Cleaning"/>: on clean numeric data it changes nothing.
/// </remarks>
public static class TimeSeriesFolder
{
    /// <summary>Loads the folder.</summary>
    /// <param name="folder">Folder path.</param>
    /// <param name="options">Parsing and cleaning settings. Default: coerce to NaN and clean (§3.2).</param>
    /// <returns>The dataset, named after the folder.</returns>
    /// <exception cref="FileNotFoundException">train.csv or test.csv is missing.</exception>
    /// <exception cref="TabularFormatException">A malformed CSV, or text when <see cref="NumericParsing.Strict"/>; names file, line and column.</exception>
    /// <exception cref="ArgumentException">Invalid options, mismatched columns, or labels of the wrong shape.</exception>
    public static TimeSeriesDataset Load(string folder, TimeSeriesFolderOptions? options = null)
    {
        options ??= new TimeSeriesFolderOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"TimeSeriesFolder: invalid options: {string.Join(" ", problems)}", nameof(options));
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"TimeSeriesFolder: expected a folder with {options.FileNames.Train} and {options.FileNames.Test} but '{folder}' does not exist.");
        }

        var train = CsvTableReader.Read(Path.Combine(folder, options.FileNames.Train), options.Parsing);
        var test = CsvTableReader.Read(Path.Combine(folder, options.FileNames.Test), options.Parsing);
        var labelsPath = Path.Combine(folder, options.FileNames.Labels);
        TimeSeriesTable? labels = File.Exists(labelsPath) ? ReadLabels(labelsPath, test.Table.Rows, options.Cleaning) : null;
        var cleaned = TableCleaner.Clean(train, test, labels, options.Cleaning);
        if (cleaned.Labels is { } l && l.Columns != 1 && l.Columns != cleaned.Train.Columns)
        {
            throw new ArgumentException(
                $"TimeSeriesFolder: expected {labelsPath} to have 1 label column or one per sensor ({cleaned.Train.Columns}) but got {l.Columns} [{string.Join(", ", l.ColumnNames)}].",
                nameof(folder));
        }

        var notes = new List<string>();
        if (labels is null)
        {
            notes.Add($"no {options.FileNames.Labels}: the dataset has no labels");
        }

        if (!cleaned.Diagnostics.IsClean)
        {
            notes.Add("§3.2 cleaning changed the data; see Cleaning");
        }

        var name = new DirectoryInfo(folder).Name;
        return new TimeSeriesDataset(name, cleaned.Train, cleaned.Test!, cleaned.Labels, options.SamplingRate, new DatasetDiagnostics(notes, cleaned.Diagnostics));
    }

    private static TimeSeriesTable ReadLabels(string path, int testRows, CleaningOptions cleaning)
    {
        var raw = CsvTableReader.Read(path, NumericParsing.Strict).Table;
        if (raw.Rows != testRows)
        {
            throw new ArgumentException(
                $"TimeSeriesFolder: expected {path} to have one row per test row ({testRows}) but got {raw.Rows} rows.", nameof(path));
        }

        var keep = new List<int>();
        for (int c = 0; c < raw.Columns; c++)
        {
            bool metadata = false;
            foreach (var m in cleaning.MetadataColumnNames)
            {
                metadata |= string.Equals(m, raw.ColumnNames[c], StringComparison.OrdinalIgnoreCase);
            }

            if (!metadata)
            {
                keep.Add(c);
            }
        }

        if (keep.Count == 0)
        {
            throw new TabularFormatException(path, 1, 0, $"TimeSeriesFolder: expected at least one label column in {path} but every column is metadata ([{string.Join(", ", raw.ColumnNames)}]).");
        }

        var values = new double[raw.Rows * keep.Count];
        var names = new string[keep.Count];
        for (int j = 0; j < keep.Count; j++)
        {
            names[j] = raw.ColumnNames[keep[j]];
        }

        for (int r = 0; r < raw.Rows; r++)
        {
            for (int j = 0; j < keep.Count; j++)
            {
                double v = raw[r, keep[j]];
                if (v != 0 && v != 1)
                {
                    throw new TabularFormatException(path, r + 2, keep[j] + 1,
                        $"TimeSeriesFolder: expected a 0/1 label in column '{names[j]}' at {path} line {r + 2} but got {v}.");
                }

                values[(r * keep.Count) + j] = v;
            }
        }

        return new TimeSeriesTable(values, raw.Rows, names);
    }
}

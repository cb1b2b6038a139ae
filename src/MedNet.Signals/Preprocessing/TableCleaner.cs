// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>Paper 000 §3.2 cleaning: coerce, drop empty rows and columns, keep sensor columns, fill the rest with zeros.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2 ("coercing invalid data to NaN, dropping empty rows or columns, and filling remaining missing
/// values with zeros. Only sensor or numerical columns were retained, excluding metadata such as timestamps or IDs").
/// Order of the steps, all counted in <see cref="CleaningDiagnostics"/>:
/// (1) text cells were already coerced to NaN by <see cref="CsvTableReader"/> with <see cref="NumericParsing.CoerceToNaN"/>;
/// (2) columns are chosen on the training table: metadata names are dropped, then columns whose non-empty cells are
/// mostly text (<see cref="CleaningOptions.MaxNonNumericFraction"/>), then columns with no number at all; the test table
/// keeps the same columns by name;
/// (3) rows whose kept cells are all NaN are dropped, per table; label rows follow the test rows they belong to;
/// (4) every remaining NaN becomes <see cref="CleaningOptions.FillValue"/> (0).
/// </remarks>
public static class TableCleaner
{
    /// <summary>Cleans a training table and, optionally, a test table and its labels.</summary>
    /// <param name="train">Training table as read (NaN where coerced or empty).</param>
    /// <param name="test">Test table as read, or <see langword="null"/>.</param>
    /// <param name="labels">Point labels aligned row by row with <paramref name="test"/> (T_test rows), or <see langword="null"/>.</param>
    /// <param name="options">Settings. Default: <see cref="CleaningOptions.Default"/>.</param>
    /// <returns>NaN-free tables and the diagnostics.</returns>
    /// <exception cref="ArgumentException">Invalid options, no sensor column left, a kept column missing from the test table,
    /// or labels whose row count differs from the test table.</exception>
    public static CleanedData Clean(CsvReadResult train, CsvReadResult? test = null, TimeSeriesTable? labels = null, CleaningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= CleaningOptions.Default;
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"TableCleaner: invalid options: {string.Join(" ", problems)}", nameof(options));
        }

        if (labels is not null && (test is null || labels.Rows != test.Table.Rows))
        {
            throw new ArgumentException(
                $"TableCleaner: expected labels with one row per test row ({test?.Table.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no test table"}) but got {labels.Rows} rows. Labels align with the test table.",
                nameof(labels));
        }

        var t = train.Table;
        var kept = new List<int>();
        var keptNames = new List<string>();
        var metadata = new List<string>();
        var nonNumeric = new List<string>();
        var empty = new List<string>();
        for (int c = 0; c < t.Columns; c++)
        {
            string name = t.ColumnNames[c];
            int text = train.NonNumericPerColumn[c];
            int nonEmpty = t.Rows - train.EmptyPerColumn[c];
            if (IsMetadata(name, options))
            {
                metadata.Add(name);
            }
            else if (nonEmpty > 0 && text > options.MaxNonNumericFraction * nonEmpty)
            {
                nonNumeric.Add(name);
            }
            else if (nonEmpty - text == 0)
            {
                empty.Add(name);
            }
            else
            {
                kept.Add(c);
                keptNames.Add(name);
            }
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException(
                $"TableCleaner: expected at least one numeric sensor column in '{train.File}' but got none (metadata [{string.Join(", ", metadata)}], " +
                $"non-numeric [{string.Join(", ", nonNumeric)}], empty [{string.Join(", ", empty)}]).",
                nameof(train));
        }

        var (cleanTrain, trainReport) = Apply("train", train, kept, keptNames, options.FillValue);
        TimeSeriesTable? cleanTest = null;
        TableCleaningReport? testReport = null;
        TimeSeriesTable? cleanLabels = labels;
        var testOnly = new List<string>();
        if (test is not null)
        {
            var testColumns = new List<int>(kept.Count);
            foreach (var name in keptNames)
            {
                int index = test.Table.IndexOf(name);
                if (index < 0)
                {
                    throw new ArgumentException(
                        $"TableCleaner: expected the test table '{test.File}' to have training column '{name}' but its columns are [{string.Join(", ", test.Table.ColumnNames)}].",
                        nameof(test));
                }

                testColumns.Add(index);
            }

            for (int c = 0; c < test.Table.Columns; c++)
            {
                if (!testColumns.Contains(c) && !metadata.Contains(test.Table.ColumnNames[c]) && !nonNumeric.Contains(test.Table.ColumnNames[c])
                    && !empty.Contains(test.Table.ColumnNames[c]))
                {
                    testOnly.Add(test.Table.ColumnNames[c]);
                }
            }

            (cleanTest, testReport) = Apply("test", test, testColumns, keptNames, options.FillValue);
            if (labels is not null && testReport.DroppedEmptyRows.Count > 0)
            {
                cleanLabels = DropRows(labels, testReport.DroppedEmptyRows);
            }
        }

        var diagnostics = new CleaningDiagnostics(keptNames, metadata, nonNumeric, empty, testOnly, trainReport, testReport,
            labels is null || testReport is null ? 0 : testReport.DroppedEmptyRows.Count);
        return new CleanedData(cleanTrain, cleanTest, cleanLabels, diagnostics);
    }

    private static bool IsMetadata(string name, CleaningOptions options)
    {
        foreach (var m in options.MetadataColumnNames)
        {
            if (string.Equals(m, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static (TimeSeriesTable Table, TableCleaningReport Report) Apply(
        string which, CsvReadResult raw, List<int> columns, List<string> names, double fill)
    {
        var t = raw.Table;
        int d = columns.Count;
        int coerced = 0, emptyCells = 0;
        foreach (var c in columns)
        {
            coerced += raw.NonNumericPerColumn[c];
            emptyCells += raw.EmptyPerColumn[c];
        }

        var dropped = new List<int>();
        var values = new List<double>(t.Rows * d);
        var filled = new int[d];
        for (int r = 0; r < t.Rows; r++)
        {
            var row = t.Row(r);
            bool allNaN = true;
            for (int j = 0; j < d; j++)
            {
                if (!double.IsNaN(row[columns[j]]))
                {
                    allNaN = false;
                    break;
                }
            }

            if (allNaN)
            {
                dropped.Add(r);
                continue;
            }

            for (int j = 0; j < d; j++)
            {
                double v = row[columns[j]];
                if (double.IsNaN(v))
                {
                    filled[j]++;
                    v = fill;
                }

                values.Add(v);
            }
        }

        int rowsOut = t.Rows - dropped.Count;
        var report = new TableCleaningReport(which, raw.File, t.Rows, rowsOut, coerced, emptyCells, dropped, filled);
        return (new TimeSeriesTable(values.ToArray(), rowsOut, names.ToArray()), report);
    }

    private static TimeSeriesTable DropRows(TimeSeriesTable table, IReadOnlyList<int> rows)
    {
        var drop = new HashSet<int>(rows);
        var values = new double[(table.Rows - drop.Count) * table.Columns];
        int k = 0;
        for (int r = 0; r < table.Rows; r++)
        {
            if (!drop.Contains(r))
            {
                table.Row(r).CopyTo(values.AsSpan(k * table.Columns, table.Columns));
                k++;
            }
        }

        return new TimeSeriesTable(values, k, table.ColumnNames);
    }
}

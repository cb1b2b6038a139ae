// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Signals.Tabular;

/// <summary>Reads a CSV file with one header row into a numeric <see cref="TimeSeriesTable"/>.</summary>
/// <remarks>
/// Numbers are parsed with the invariant culture (<c>.</c> decimal point, exponent allowed); <c>NaN</c>, <c>nan</c>,
/// <c>inf</c> spellings are treated as text, never as values. With <see cref="NumericParsing.Strict"/> the first text or
/// empty cell throws a <see cref="TabularFormatException"/> with file, line and column; with
/// <see cref="NumericParsing.CoerceToNaN"/> (paper 000 §3.2) it becomes NaN and is counted in <see cref="CsvReadResult"/>.
/// A row with more fields than the header always throws; a short row is an error when strict and counts its missing
/// cells as empty otherwise.
/// </remarks>
public static class CsvTableReader
{
    /// <summary>How many coerced cells are kept as examples in <see cref="CsvReadResult.Examples"/>.</summary>
    public const int MaxExamples = 20;

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">CSV file with a header row naming each column.</param>
    /// <param name="parsing">What to do with non-numeric cells. Default: <see cref="NumericParsing.Strict"/>.</param>
    /// <returns>The table (T, D) and the coercion counts.</returns>
    /// <exception cref="TabularFormatException">A malformed row, an empty file, or (when strict) a non-numeric cell.</exception>
    public static CsvReadResult Read(string path, NumericParsing parsing = NumericParsing.Strict)
    {
        string[]? header = null;
        var values = new List<double>(1 << 14);
        int[] nonNumeric = [];
        int[] empty = [];
        var examples = new List<CellLocation>();
        int rows = 0;
        foreach (var (line, fields) in CsvRecordReader.Read(path))
        {
            if (header is null)
            {
                header = fields;
                nonNumeric = new int[header.Length];
                empty = new int[header.Length];
                continue;
            }

            if (fields.Length > header.Length)
            {
                throw new TabularFormatException(path, line, header.Length + 1,
                    $"CsvTableReader: expected {header.Length} fields as in the header but got {fields.Length} ({path} line {line}). Check for an unquoted comma.");
            }

            for (int c = 0; c < header.Length; c++)
            {
                string text = c < fields.Length ? fields[c] : string.Empty;
                if (text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v))
                {
                    values.Add(v);
                    continue;
                }

                bool isEmpty = text.Length == 0;
                if (parsing == NumericParsing.Strict)
                {
                    string what = isEmpty ? (c < fields.Length ? "an empty cell" : "a missing field (short row)") : $"'{text}'";
                    throw new TabularFormatException(path, line, c + 1,
                        $"CsvTableReader: expected a number in column '{header[c]}' (column {c + 1}) but got {what} at {path} line {line}. " +
                        "Fix the file, or read it with NumericParsing.CoerceToNaN to apply the paper 000 §3.2 coercion (counted in the diagnostics).");
                }

                if (isEmpty)
                {
                    empty[c]++;
                }
                else
                {
                    nonNumeric[c]++;
                }

                if (examples.Count < MaxExamples)
                {
                    examples.Add(new CellLocation(path, line, c + 1, header[c], text));
                }

                values.Add(double.NaN);
            }

            rows++;
        }

        if (header is null)
        {
            throw new TabularFormatException(path, 0, 0, $"CsvTableReader: expected a header row but '{path}' is empty.");
        }

        var table = new TimeSeriesTable(values.ToArray(), rows, NameColumns(header));
        return new CsvReadResult(path, table, nonNumeric, empty, examples);
    }

    /// <summary>Gives every header cell a name: an empty header cell becomes <c>column{n}</c> (1-based).</summary>
    private static string[] NameColumns(string[] header)
    {
        var names = new string[header.Length];
        for (int c = 0; c < header.Length; c++)
        {
            names[c] = header[c].Length == 0 ? $"column{c + 1}" : header[c];
        }

        return names;
    }
}

// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Viz.Tables;

/// <summary>Lays out rows of cells as fixed-width text: numbers right-aligned, text left-aligned.</summary>
internal static class PlainTextLayout
{
    /// <summary>Renders the header (first row) and data rows.</summary>
    /// <param name="caption">Line above the table, or null.</param>
    /// <param name="rows">Header row first; every row has the same number of cells.</param>
    /// <param name="footnote">Line below the table, or null.</param>
    /// <returns>The text.</returns>
    public static string Render(string? caption, IReadOnlyList<(string Text, bool Numeric)[]> rows, string? footnote)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Text.Length);
            }
        }

        var sb = new StringBuilder();
        if (caption is not null)
        {
            sb.AppendLine(caption);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                var (text, numeric) = rows[r][c];
                sb.Append(c == 0 ? string.Empty : "  ").Append(numeric ? text.PadLeft(widths[c]) : text.PadRight(widths[c]));
            }

            sb.AppendLine();
            if (r == 0)
            {
                sb.AppendLine(new string('-', widths.Sum() + (2 * (widths.Length - 1))));
            }
        }

        if (footnote is not null)
        {
            sb.AppendLine(footnote);
        }

        return sb.ToString().TrimEnd('\n', '\r');
    }
}

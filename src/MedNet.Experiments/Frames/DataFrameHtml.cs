// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Viz.Tables;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Frames;

/// <summary>A DataFrame as an HTML table, the display notebooks register for DataFrames (the kernel's default is a tree view).</summary>
public static class DataFrameHtml
{
    /// <summary>Renders the frame: a header row with the column names, then the rows (at most <paramref name="maxRows"/>).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="maxRows">Rows shown before "… N more rows". Default 100.</param>
    /// <returns>The HTML of a <see cref="HtmlTable"/>; doubles with 5 significant digits, NaN as "—".</returns>
    public static string Render(DataFrame frame, int maxRows = 100)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var names = new string[frame.Columns.Count];
        for (var c = 0; c < names.Length; c++)
        {
            names[c] = frame.Columns[c].Name;
        }

        var shown = Math.Min(frame.Rows.Count, maxRows);
        var table = new HtmlTable(names)
        {
            Footnote = frame.Rows.Count > shown ? $"… {(frame.Rows.Count - shown).ToString(CultureInfo.InvariantCulture)} more rows" : null,
        };
        for (long r = 0; r < shown; r++)
        {
            var cells = new string[names.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Cell(frame.Columns[c][r]);
            }

            table.AddRow(cells);
        }

        return table.ToHtml();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => "—",
        double d => d.ToString("G5", CultureInfo.InvariantCulture),
        float f => f.ToString("G5", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Frames;

/// <summary>A DataFrame as an HTML table, the display notebooks register for DataFrames (the kernel's default is a tree view).</summary>
public static class DataFrameHtml
{
    /// <summary>Renders the frame: a header row with the column names, then the rows (at most <paramref name="maxRows"/>).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="maxRows">Rows shown before "… N more rows". Default 100.</param>
    /// <returns>An HTML <c>table</c> element; doubles with 5 significant digits, NaN as "—".</returns>
    public static string Render(DataFrame frame, int maxRows = 100)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var sb = new StringBuilder("<table class=\"mednet-frame\">\n<thead><tr>");
        foreach (var column in frame.Columns)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        var shown = Math.Min(frame.Rows.Count, maxRows);
        for (long r = 0; r < shown; r++)
        {
            sb.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(Cell(column[r]))).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (frame.Rows.Count > shown)
        {
            sb.Append("<p>… ").Append((frame.Rows.Count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more rows</p>\n");
        }

        return sb.ToString();
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

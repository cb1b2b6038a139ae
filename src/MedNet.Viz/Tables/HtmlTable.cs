// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using MedNet.Viz.Display;
using MedNet.Viz.Html;

namespace MedNet.Viz.Tables;

/// <summary>An HTML table with a caption, a header row, text or numeric cells and an optional footnote; all text is encoded.</summary>
/// <remarks>Numbers are formatted with <see cref="NumberFormat"/> in the invariant culture and right-aligned; NaN shows as "NaN".</remarks>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = new[] { "text/html" })]
public sealed class HtmlTable : IHtmlFragment
{
    private readonly List<(string Text, bool Numeric)[]> _rows = [];

    /// <summary>Creates a table with the given column headers.</summary>
    /// <param name="columns">Column headers; at least one.</param>
    /// <exception cref="ArgumentException">No columns were given.</exception>
    public HtmlTable(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
        {
            throw new ArgumentException("HtmlTable: expected at least one column but got none.", nameof(columns));
        }

        Columns = columns;
    }

    /// <summary>Column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Optional caption shown above the table.</summary>
    public string? Caption { get; init; }

    /// <summary>Optional note shown under the table (protocol, units, source).</summary>
    public string? Footnote { get; init; }

    /// <summary>.NET format string for numeric cells. Default: "G6" (six significant digits).</summary>
    public string NumberFormat { get; init; } = "G6";

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Appends a row of text cells.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The row has a different number of cells than there are columns.</exception>
    public HtmlTable AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        CheckCount(cells.Length);
        var row = new (string, bool)[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            row[i] = (cells[i] ?? string.Empty, false);
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Appends a row: a text label in the first column, then numbers formatted with <see cref="NumberFormat"/>.</summary>
    /// <param name="label">First-column text.</param>
    /// <param name="values">One number per remaining column.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The row has a different number of cells than there are columns.</exception>
    public HtmlTable AddRow(string label, params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckCount(values.Length + 1);
        var row = new (string, bool)[values.Length + 1];
        row[0] = (label ?? string.Empty, false);
        for (var i = 0; i < values.Length; i++)
        {
            row[i + 1] = (FormatNumber(values[i], NumberFormat), true);
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Renders the table as an HTML fragment.</summary>
    /// <returns>A <c>&lt;table&gt;</c> element (followed by a footnote paragraph when set).</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"mednet-table\">");
        if (Caption is not null)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (var c in Columns)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            foreach (var (text, numeric) in row)
            {
                sb.Append(numeric ? "<td class=\"num\" style=\"text-align:right\">" : "<td>")
                  .Append(WebUtility.HtmlEncode(text)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        if (Footnote is not null)
        {
            sb.Append("<p class=\"mednet-footnote\"><small>").Append(WebUtility.HtmlEncode(Footnote)).Append("</small></p>");
        }

        return sb.ToString();
    }

    /// <summary>Renders the table as aligned plain text (the text/plain display).</summary>
    /// <returns>Caption line, header, rule and rows.</returns>
    public string ToPlainText()
    {
        var cells = new List<(string Text, bool Numeric)[]>(_rows.Count + 1) { Columns.Select(c => (c, false)).ToArray() };
        cells.AddRange(_rows);
        return PlainTextLayout.Render(Caption, cells, Footnote);
    }

    /// <inheritdoc/>
    public override string ToString() => ToHtml();

    /// <summary>Formats a number for a cell; NaN and infinities are spelled out.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">.NET numeric format string.</param>
    /// <returns>The invariant-culture text.</returns>
    internal static string FormatNumber(double value, string format) =>
        double.IsNaN(value) ? "NaN" : value.ToString(format, CultureInfo.InvariantCulture);

    private void CheckCount(int count)
    {
        if (count != Columns.Count)
        {
            throw new ArgumentException(
                $"HtmlTable.AddRow: expected {Columns.Count} cells ({string.Join(", ", Columns)}) but got {count}.", "cells");
        }
    }
}

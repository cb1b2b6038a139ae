// SPDX-License-Identifier: MIT
using System.Net;
using System.Text;

namespace MedNet.Viz.Tables;

/// <summary>A simple HTML table with a caption, a header row and text cells; every cell is HTML-encoded.</summary>
public sealed class HtmlTable
{
    private readonly List<string[]> _rows = [];

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

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Appends a row.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <returns>This table, for chaining.</returns>
    /// <exception cref="ArgumentException">The row has a different number of cells than there are columns.</exception>
    public HtmlTable AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException(
                $"HtmlTable.AddRow: expected {Columns.Count} cells ({string.Join(", ", Columns)}) but got {cells.Length}.",
                nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Renders the table as an HTML fragment.</summary>
    /// <returns>A <c>&lt;table&gt;</c> element.</returns>
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
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToHtml();
}

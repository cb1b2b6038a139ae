// SPDX-License-Identifier: MIT
using MedNet.Viz.Display;

namespace MedNet.Viz.Tables;

/// <summary>Creates the text/html and text/plain formatters for the kit's tables (.NET Interactive convention).</summary>
/// <remarks>
/// Tables render as HTML tables or aligned text. Figures are Plotly.NET charts, shown by Plotly.NET.Interactive's formatter. It lives
/// beside the tables it formats, so Display (the convention's attribute and <see cref="VizFormatter"/>) does not depend on Tables.
/// </remarks>
public sealed class TableFormatterSource
{
    /// <summary>The formatters, one per (type, MIME type).</summary>
    /// <returns>Objects with <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new VizFormatter(typeof(HtmlTable), "text/html", o => ((HtmlTable)o).ToHtml()),
        new VizFormatter(typeof(HtmlTable), "text/plain", o => ((HtmlTable)o).ToPlainText()),
        new VizFormatter(typeof(PaperComparisonTable), "text/html", o => ((PaperComparisonTable)o).ToHtml()),
        new VizFormatter(typeof(PaperComparisonTable), "text/plain", o => ((PaperComparisonTable)o).ToPlainText()),
    ];
}

// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using MedNet.Viz.Plotly;

namespace MedNet.Viz.Html;

/// <summary>Builds a standalone HTML report from sections: headings, text, raw HTML, figures and tables.</summary>
/// <remarks>
/// With <see cref="PlotlyScriptMode.Inline"/> plotly.min.js is embedded once in the head, whatever the number of figures,
/// so the file opens offline. Figures get the ids "mednet-plot-1", "mednet-plot-2", … in order, so the same content renders
/// to the same bytes.
/// </remarks>
public sealed class HtmlPage
{
    /// <summary>Stylesheet shared by pages (tables, notes, highlights).</summary>
    public const string Stylesheet = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem auto; max-width: 1200px; color: #222; }
        table.mednet-table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
        table.mednet-table caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        table.mednet-table th, table.mednet-table td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; }
        table.mednet-table th { background: #f3f3f3; }
        table.mednet-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
        """;

    private readonly List<object> _sections = [];

    /// <summary>Creates an empty page.</summary>
    /// <param name="title">Page title, shown in the browser tab and as the first heading.</param>
    public HtmlPage(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>Page title.</summary>
    public string Title { get; }

    /// <summary>Number of sections added.</summary>
    public int SectionCount => _sections.Count;

    /// <summary>Number of figures added.</summary>
    public int FigureCount => _sections.Count(s => s is Figure);

    /// <summary>Appends raw HTML as it is (the caller is responsible for encoding).</summary>
    /// <param name="html">An HTML fragment.</param>
    /// <returns>This page.</returns>
    public HtmlPage Add(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _sections.Add(html);
        return this;
    }

    /// <summary>Appends a table or other fragment.</summary>
    /// <param name="fragment">The fragment.</param>
    /// <returns>This page.</returns>
    public HtmlPage Add(IHtmlFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        _sections.Add(fragment);
        return this;
    }

    /// <summary>Appends a figure; it is rendered with the page's script mode.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>This page.</returns>
    public HtmlPage Add(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _sections.Add(figure);
        return this;
    }

    /// <summary>Appends a heading.</summary>
    /// <param name="text">Heading text (encoded).</param>
    /// <param name="level">Heading level 2–6. Default: 2.</param>
    /// <returns>This page.</returns>
    public HtmlPage AddHeading(string text, int level = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        return Add($"<{tag}>{WebUtility.HtmlEncode(text)}</{tag}>");
    }

    /// <summary>Appends a paragraph of plain text.</summary>
    /// <param name="text">Text (encoded; no markup).</param>
    /// <returns>This page.</returns>
    public HtmlPage AddParagraph(string text) => Add($"<p>{WebUtility.HtmlEncode(text)}</p>");

    /// <summary>Renders the whole page.</summary>
    /// <param name="mode">How plotly.js is loaded. <see cref="PlotlyScriptMode.Inline"/> (offline report) embeds it once.</param>
    /// <returns>A complete HTML document.</returns>
    /// <exception cref="FileNotFoundException">Inline mode, the page has figures, and plotly.min.js is not installed.</exception>
    public string Render(PlotlyScriptMode mode)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(WebUtility.HtmlEncode(Title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n");
        if (mode == PlotlyScriptMode.Inline && FigureCount > 0)
        {
            sb.Append("<script type=\"text/javascript\">").Append(PlotlyJs.ReadInlineScript()).Append("</script>\n");
        }

        sb.Append("</head>\n<body>\n<h1>").Append(WebUtility.HtmlEncode(Title)).Append("</h1>\n");
        var figureNumber = 0;
        foreach (var section in _sections)
        {
            switch (section)
            {
                case Figure figure:
                    figureNumber++;
                    PlotlyHtml.AppendFigure(sb, figure, mode, "mednet-plot-" + figureNumber.ToString(CultureInfo.InvariantCulture));
                    break;
                case IHtmlFragment fragment:
                    sb.Append(fragment.ToHtml()).Append('\n');
                    break;
                case string html:
                    sb.Append(html).Append('\n');
                    break;
                default:
                    throw new InvalidOperationException($"HtmlPage.Render: expected a figure, fragment or HTML section but got {section.GetType().Name}.");
            }
        }

        return sb.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Renders the page and writes it as UTF-8.</summary>
    /// <param name="path">Destination file; its directory is created.</param>
    /// <param name="mode">How plotly.js is loaded. Default: <see cref="PlotlyScriptMode.Inline"/> (offline).</param>
    public void Save(string path, PlotlyScriptMode mode = PlotlyScriptMode.Inline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(path, Render(mode), new UTF8Encoding(false));
    }
}

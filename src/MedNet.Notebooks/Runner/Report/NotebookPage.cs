// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Text;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Ipynb;
using Microsoft.DotNet.Interactive.Formatting;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>Renders one executed notebook as a self-contained HTML page: markdown as HTML, code with its outputs.</summary>
/// <remarks>
/// Code cells are labelled <c>cell N</c>, N counting every cell as the editor shows them: the number errors name.
/// Markdown goes through Markdig with its advanced extensions (pipe tables, footnotes) except its math extension: TeX is
/// kept away from Markdig by <see cref="MarkdownMath"/> and typeset in the browser by KaTeX. plotly.js and KaTeX are each
/// inlined once in the page head, and only on a page that draws a figure or shows a formula, so other pages stay small.
/// Chart outputs (Plotly.NET.Interactive's, which load plotly through require.js from a CDN) draw with the inlined copy
/// through <see cref="PlotlyScript.RequireShim"/>, and the page's copy of them carries no CDN address: nothing is fetched.
/// </remarks>
public static class NotebookPage
{
    /// <summary>Typesets every formula <see cref="MarkdownMath"/> restored, in place; errors show as KaTeX's red source text.</summary>
    private const string RenderMath = """
        <script>
        document.querySelectorAll('section.markdown span.math').forEach(function (el) {
          var display = el.classList.contains('display'), n = display ? 2 : 1, tex = el.textContent;
          katex.render(tex.slice(n, tex.length - n), el, { displayMode: display, throwOnError: false });
        });
        </script>

        """;

    /// <summary>Renders the page.</summary>
    /// <param name="result">A notebook run.</param>
    /// <param name="profile">The run profile, shown in the header (e.g. <c>smoke</c>).</param>
    /// <param name="plotlyJs">The text of plotly.js (see <see cref="MedNet.Viz.Html.PlotlyJs"/>), or null when it was not found (figures then show a warning).</param>
    /// <param name="katex">KaTeX to inline (see <see cref="MedNet.Viz.Html.KatexAssets"/>), or null when it was not found (formulas then
    /// stay TeX and the page says so once).</param>
    /// <returns>The HTML document.</returns>
    public static string Render(NotebookResult result, string profile, string? plotlyJs, MedNet.Viz.Html.KatexBundle? katex)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outputs = result.Cells.ToDictionary(c => c.Cell);
        var markdown = new Dictionary<int, string>();
        bool hasMath = false;
        foreach (var cell in result.Document?.Cells ?? [])
        {
            if (cell.Language == CellLanguage.Markdown)
            {
                markdown[cell.Number] = MarkdownMath.ToHtml(cell.Source, out int formulas);
                hasMath |= formulas > 0;
            }
        }

        bool needsPlotly = result.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>()
            .Any(d => d.Data.TryGetValue(HtmlFormatter.MimeType, out var html) && PlotlyScript.IsNeededBy(html));
        var depth = result.RelativePath.Count(c => c == '/');
        var index = string.Concat(Enumerable.Repeat("../", depth)) + "index.html";

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(result.RelativePath)).Append(" — MedNet.Notebooks</title>\n")
            .Append("<style>").Append(ReportStyle.Css).Append("</style>\n");
        if (needsPlotly && plotlyJs is not null)
        {
            sb.Append("<script>").Append(plotlyJs).Append("</script>\n");
        }

        if (needsPlotly)
        {
            sb.Append(PlotlyScript.RequireShim);
        }

        if (hasMath && katex is not null)
        {
            sb.Append("<style>").Append(katex.Css).Append("</style>\n<script>").Append(katex.Script).Append("</script>\n");
        }

        sb.Append("</head>\n<body>\n<nav><a href=\"").Append(index).Append("\">← all notebooks</a></nav>\n<header>\n<h1>")
            .Append(Encode(result.RelativePath)).Append("</h1>\n<p>")
            .Append(Status(result.Status)).Append(" · ")
            .Append(result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s · profile ")
            .Append(Encode(profile)).Append("</p>\n");
        if (result.Error is { } error)
        {
            sb.Append("<p><a href=\"#cell-").Append(error.Cell).Append("\">").Append(Encode(error.ToString())).Append("</a></p>\n");
        }

        if (needsPlotly && plotlyJs is null)
        {
            sb.Append("<p class=\"warning\">plotly.js was not found, so figures are not drawn. Unset <code>MEDNET_PLOTLY_JS</code> (Plotly.NET ships plotly.js) or run <code>bash .ci/install-deps</code>, and rerun.</p>\n");
        }

        if (hasMath && katex is null)
        {
            sb.Append("<p class=\"warning\">KaTeX was not found, so formulas are shown as TeX. Run <code>bash .ci/install-deps</code> and rerun.</p>\n");
        }

        sb.Append("</header>\n<main>\n");
        foreach (var cell in result.Document?.Cells ?? [])
        {
            AppendCell(sb, cell, outputs.GetValueOrDefault(cell.Number), markdown);
        }

        sb.Append("</main>\n");
        if (hasMath && katex is not null)
        {
            sb.Append(RenderMath);
        }

        return sb.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The status as a coloured label.</summary>
    /// <param name="status">Passed or failed.</param>
    /// <returns>An HTML span.</returns>
    internal static string Status(NotebookStatus status) => status switch
    {
        NotebookStatus.Passed => "<span class=\"status passed\">passed</span>",
        NotebookStatus.Failed => "<span class=\"status failed\">failed</span>",
        NotebookStatus.Skipped => "<span class=\"status skipped\">skipped</span>",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status,
            $"NotebookPage: expected one of {string.Join(", ", Enum.GetNames<NotebookStatus>())} but got {status}."),
    };

    private static void AppendCell(StringBuilder sb, NotebookCell cell, CellResult? run, Dictionary<int, string> markdown)
    {
        switch (cell.Language)
        {
            case CellLanguage.Markdown:
                sb.Append("<section class=\"cell markdown\" id=\"cell-").Append(cell.Number).Append("\">\n")
                    .Append(markdown[cell.Number]).Append("</section>\n");
                return;
            case CellLanguage.Raw:
                return;
            case CellLanguage.CSharp:
            case CellLanguage.Unsupported:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Language,
                    $"NotebookPage: expected one of {string.Join(", ", Enum.GetNames<CellLanguage>())} but got {cell.Language}.");
        }

        sb.Append("<section class=\"cell code").Append(run is null ? " not-run" : string.Empty).Append("\" id=\"cell-").Append(cell.Number).Append("\">\n")
            .Append("<div class=\"prompt\">").Append("cell ").Append(cell.Number).Append(run is null ? " · not run" : string.Empty).Append("</div>\n")
            .Append("<pre class=\"source\"><code class=\"language-").Append(Encode(cell.KernelName)).Append("\">")
            .Append(Encode(cell.Source)).Append("</code></pre>\n");
        if (run is null || run.Outputs.Count == 0)
        {
            sb.Append("</section>\n");
            return;
        }

        sb.Append("<div class=\"outputs\">\n");
        foreach (var output in run.Outputs)
        {
            AppendOutput(sb, output);
        }

        sb.Append("</div>\n</section>\n");
    }

    private static void AppendOutput(StringBuilder sb, CellOutput output)
    {
        switch (output)
        {
            case StreamOutput s:
                sb.Append("<pre class=\"").Append(s.Name).Append("\">").Append(Encode(s.Text.ToString())).Append("</pre>\n");
                break;
            case DisplayOutput d when d.Data.TryGetValue(HtmlFormatter.MimeType, out var html):
                sb.Append("<div class=\"display\">").Append(PlotlyScript.IsNeededBy(html) ? PlotlyScript.ForOfflinePage(html) : html).Append("</div>\n");
                break;
            case DisplayOutput d when d.Data.TryGetValue("image/svg+xml", out var svg):
                sb.Append("<div class=\"display\">").Append(svg).Append("</div>\n");
                break;
            case DisplayOutput d when d.Data.TryGetValue("image/png", out var png):
                sb.Append("<div class=\"display\"><img alt=\"figure\" src=\"data:image/png;base64,").Append(png.Trim()).Append("\"></div>\n");
                break;
            case DisplayOutput d:
                sb.Append("<pre class=\"display\">").Append(Encode(d.Data.GetValueOrDefault(PlainTextFormatter.MimeType, string.Empty))).Append("</pre>\n");
                break;
            case ErrorOutput e:
                sb.Append("<pre class=\"error\">").Append(Encode(string.Join("\n", e.Traceback))).Append("</pre>\n");
                break;
            default:
                throw new ArgumentException($"NotebookPage: expected a stream, display or error output but got {output.GetType().Name}.", nameof(output));
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

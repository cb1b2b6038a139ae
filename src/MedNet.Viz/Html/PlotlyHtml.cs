// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedNet.Viz.Plotly;

namespace MedNet.Viz.Html;

/// <summary>Renders figures to HTML fragments: a sized div and a script that draws the figure into it.</summary>
/// <remarks>
/// The drawing script marks the div with <c>data-mednet-rendered="true"</c> when plotly.js has drawn it, or with
/// <c>data-mednet-error</c> (and a visible message) when drawing or loading failed, so exported pages can be checked
/// by a headless browser.
/// </remarks>
public static class PlotlyHtml
{
    private static long _nextId;

    /// <summary>Renders a self-contained fragment.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="mode">How plotly.js is loaded. <see cref="PlotlyScriptMode.Inline"/> embeds the library in the fragment.</param>
    /// <param name="id">Element id of the div; a fresh "mednet-plot-&lt;process token&gt;-N", unique across kernel processes, when null.</param>
    /// <returns>HTML: optional library script, div, drawing script.</returns>
    public static string Fragment(Figure figure, PlotlyScriptMode mode, string? id = null)
    {
        var sb = new StringBuilder();
        if (mode == PlotlyScriptMode.Inline)
        {
            sb.Append("<script type=\"text/javascript\">").Append(PlotlyJs.ReadInlineScript()).Append("</script>\n");
        }

        AppendFigure(sb, figure, mode, id ?? NextId());
        return sb.ToString();
    }

    /// <summary>Appends the div and drawing script; with <see cref="PlotlyScriptMode.Inline"/> the page must already hold plotly.js.</summary>
    /// <param name="sb">Destination.</param>
    /// <param name="figure">The figure.</param>
    /// <param name="mode">Loader to use.</param>
    /// <param name="id">Element id of the div.</param>
    internal static void AppendFigure(StringBuilder sb, Figure figure, PlotlyScriptMode mode, string id)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var json = figure.ToJson();
        var height = (figure.Layout.Height ?? 450).ToString(CultureInfo.InvariantCulture);
        var idJson = JsonSerializer.Serialize(id);
        sb.Append("<div id=\"").Append(System.Net.WebUtility.HtmlEncode(id))
          .Append("\" class=\"mednet-plot\" style=\"width:100%;height:").Append(height).Append("px;\"></div>\n")
          .Append("<script type=\"text/javascript\">\n(function () {\n")
          .Append("var el = document.getElementById(").Append(idJson).Append(");\n")
          .Append("var fig = ").Append(json).Append(";\n")
          .Append(DrawFunctions);
        switch (mode)
        {
            case PlotlyScriptMode.Inline:
                sb.Append("if (window.Plotly) { draw(window.Plotly); } else { fail(\"plotly.js is not on this page\"); }\n");
                break;
            case PlotlyScriptMode.Notebook:
                sb.Append(NotebookLoader.Replace("{CDN}", PlotlyJs.CdnModuleUrl, StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(
                    nameof(mode), mode, $"PlotlyHtml: expected one of {string.Join(", ", Enum.GetNames<PlotlyScriptMode>())} but got {mode}.");
        }

        sb.Append("})();\n</script>\n");
    }

    /// <summary>A token drawn once per process: kernels number their figures from 1, so two notebooks' outputs on one page
    /// (a report, a shared document) would otherwise reuse "mednet-plot-1".</summary>
    private static readonly string ProcessToken = Guid.NewGuid().ToString("N")[..8];

    private static string NextId() =>
        $"mednet-plot-{ProcessToken}-{Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture)}";

    private const string DrawFunctions = """
        function fail(e) {
          var msg = String((e && e.message) || e);
          el.setAttribute("data-mednet-error", msg);
          el.textContent = "Plot could not be drawn: " + msg;
        }
        function draw(Plotly) {
          try {
            Plotly.newPlot(el, fig.data, fig.layout, fig.config).then(
              function () { el.setAttribute("data-mednet-rendered", "true"); }, fail);
          } catch (e) { fail(e); throw e; }
        }

        """;

    // Order of attempts, as Plotly.NET does in notebooks: an already loaded Plotly; then require.js when the page has it
    // (classic Jupyter; plotly.js 4 has no AMD define and sets window.Plotly, hence the shim); then one plain script
    // element shared by every figure on the page (VS Code Polyglot notebooks).
    private const string NotebookLoader = """
        if (window.Plotly && window.Plotly.newPlot) { draw(window.Plotly); return; }
        var cdn = "{CDN}";
        if (typeof window.requirejs === "function" && typeof window.requirejs.config === "function") {
          var req = window.requirejs.config({ context: "mednet-plotly", paths: { plotly: cdn }, shim: { plotly: { exports: "Plotly" } } }) || window.require;
          req(["plotly"], function (P) { draw(P || window.Plotly); }, function (e) { fail("plotly.js could not be loaded from " + cdn + ".js (" + e + "); export with PlotlyScriptMode.Inline for offline use"); });
          return;
        }
        var queue = window.__mednetPlotlyQueue = window.__mednetPlotlyQueue || [];
        queue.push({ draw: draw, fail: fail });
        if (window.__mednetPlotlyLoading) { return; }
        window.__mednetPlotlyLoading = true;
        var s = document.createElement("script");
        s.src = cdn + ".js";
        s.onload = function () { window.__mednetPlotlyLoading = false; while (queue.length) { queue.shift().draw(window.Plotly); } };
        s.onerror = function () { window.__mednetPlotlyLoading = false; while (queue.length) { queue.shift().fail("plotly.js could not be loaded from " + s.src + "; export with PlotlyScriptMode.Inline for offline use"); } };
        document.head.appendChild(s);

        """;
}

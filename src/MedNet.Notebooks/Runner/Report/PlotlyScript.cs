// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Report;

/// <summary>Decides which report pages need plotly.js; the script itself is found by <see cref="MedNet.Viz.Html.PlotlyJs.TryLocate"/>.</summary>
public static class PlotlyScript
{
    /// <summary>True when an HTML fragment draws a plotly figure and so needs plotly.js on its page.</summary>
    /// <param name="html">An output's <c>text/html</c>.</param>
    /// <returns>Whether the fragment mentions the <c>Plotly.</c> global.</returns>
    public static bool IsNeededBy(string html) => html.Contains("Plotly.", StringComparison.Ordinal);
}

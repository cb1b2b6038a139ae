// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Html;

/// <summary>How an HTML fragment or page gets plotly.js.</summary>
public enum PlotlyScriptMode
{
    /// <summary>
    /// For notebook outputs (.NET Interactive in VS Code or Jupyter): use <c>window.Plotly</c> if present, else load the pinned
    /// plotly.js from the jsDelivr CDN through require.js when the page has it (classic Jupyter), else with a script element.
    /// Needs internet the first time; each fragment is small.
    /// </summary>
    Notebook,

    /// <summary>
    /// For exported reports: plotly.min.js from node_modules is inlined (once per <see cref="HtmlPage"/>), so the file works
    /// offline. A lone figure rendered this way carries its own copy (~4.8 MB).
    /// </summary>
    Inline,
}

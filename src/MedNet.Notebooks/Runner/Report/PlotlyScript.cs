// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>
/// Makes the kernel's chart outputs draw offline on a report page: which pages need plotly.js, the require shim that hands
/// Plotly.NET.Interactive's outputs the page's inlined plotly.js, and the page's copy of an output without CDN addresses.
/// </summary>
/// <remarks>
/// Plotly.NET.Interactive writes each chart as a div plus a script that asks require.js for plotly from <c>cdn.plot.ly</c>
/// and, where the page has no require.js, first loads require.js from <c>cdnjs.cloudflare.com</c>. A report page inlines
/// plotly.js once in its head, defines <c>requirejs</c>/<c>require</c> as <see cref="RequireShim"/> (so the charts take
/// the loaded <c>window.Plotly</c> and the loader branch never runs) and blanks those addresses in its copy of the outputs.
/// The executed .ipynb keeps the outputs exactly as the kernel produced them.
/// </remarks>
public static partial class PlotlyScript
{
    /// <summary>
    /// Defines <c>requirejs</c> and <c>require</c> for the page: <c>config</c> returns the shim, and asking for any module
    /// calls back with the inlined <c>window.Plotly</c> at once. Nothing is fetched.
    /// </summary>
    public const string RequireShim = """
        <script>
        (function () {
          var inlined = function (modules, done) { if (typeof done === "function") { done(window.Plotly); } };
          inlined.config = function () { return inlined; };
          window.requirejs = inlined;
          window.require = inlined;
        })();
        </script>

        """;

    /// <summary>True when an HTML fragment draws a plotly figure and so needs plotly.js on its page.</summary>
    /// <param name="html">An output's <c>text/html</c>.</param>
    /// <returns>Whether the fragment calls the <c>Plotly.</c> global (Plotly.NET's charts call <c>Plotly.newPlot</c>).</returns>
    public static bool IsNeededBy(string html) => html.Contains("Plotly.", StringComparison.Ordinal);

    /// <summary>The report page's copy of a chart output: every quoted plotly or require.js CDN address made an empty string.</summary>
    /// <param name="html">An output's <c>text/html</c>.</param>
    /// <returns>The fragment without CDN addresses; other text unchanged.</returns>
    public static string ForOfflinePage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return CdnAddress().Replace(html, m => m.Groups["q"].Value + m.Groups["q"].Value);
    }

    /// <summary>A quoted http(s) address on a CDN that serves plotly.js or require.js.</summary>
    [GeneratedRegex("""(?<q>['"])https?://(?:cdn\.plot\.ly|cdnjs\.cloudflare\.com|cdn\.jsdelivr\.net|unpkg\.com)/[^'"]*\k<q>""")]
    private static partial Regex CdnAddress();
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedNet.Notebooks.Tests.Runner.Report;

/// <summary>
/// Opens a report page in headless chromium and reads back the DOM after its scripts ran, chromium's log, and every
/// http(s) request the page made (from chromium's net log), with every host name mapped to "not found" so nothing leaves
/// the machine even if a page asks.
/// </summary>
public static partial class HeadlessChromium
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(180);

    /// <summary>The page after scripts ran (virtual time lets plotly's promises settle), chromium's log (console lines) and the http(s) URLs the page requested.</summary>
    public static async Task<(string Dom, string Log, IReadOnlyList<string> WebRequests)> DumpDom(string page)
    {
        var profile = Directory.CreateTempSubdirectory("mednet-chromium-");
        var netLog = Path.Combine(profile.FullName, "net-log.json");
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", $"--user-data-dir={profile.FullName}",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
            $"--log-net-log={netLog}", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--dump-dom", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var browser = Process.Start(start)!;
            var dom = browser.StandardOutput.ReadToEndAsync();
            var log = browser.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(BrowserTimeout);
            try
            {
                await browser.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                browser.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish rendering {page} within {BrowserTimeout.TotalSeconds} s.");
            }

            return (await dom, await log, PageWebRequests(File.ReadAllText(netLog)));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The http(s) URLs a page asked for, read from a chromium net log: every request job the page started (its initiator is
    /// the page's origin, "null" for a file:// page). Chromium's own background requests (component updates, spelling
    /// dictionaries) carry the initiator "not an origin" and are not the page's.
    /// </summary>
    public static List<string> PageWebRequests(string netLogJson)
    {
        using var log = JsonDocument.Parse(netLogJson);
        var startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var e in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("type").GetInt32() != startJob || !e.TryGetProperty("params", out var p) || !p.TryGetProperty("url", out var url))
            {
                continue;
            }

            var initiator = p.TryGetProperty("initiator", out var i) ? i.GetString() : null;
            var address = url.GetString()!;
            if (initiator != "not an origin" && (address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                urls.Add(address);
            }
        }

        return [.. urls.Distinct()];
    }

    /// <summary>Uncaught JavaScript errors chromium logged.</summary>
    public static List<string> ScriptErrors(string log) =>
        [.. log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal))];

    /// <summary>Elements plotly.js drew into (it adds this class when it starts drawing).</summary>
    public static int RenderedPlots(string dom) => RenderedPlot().Matches(dom).Count;

    /// <summary>Plots plotly.js finished: each has its main SVG layers (<c>svg.main-svg</c>, three per plot).</summary>
    public static int DrawnPlotLayers(string dom) => Count(dom, "class=\"main-svg\"");

    /// <summary>Formulas KaTeX typeset (one <c>span.katex</c> each).</summary>
    public static int TypesetFormulas(string dom) => Count(dom, "class=\"katex\"");

    /// <summary>
    /// KaTeX's complaints: formulas it could not parse (<c>span.katex-error</c>, red source) plus unknown commands it typeset as
    /// red text (MathML <c>mathcolor</c> = KaTeX's default error colour).
    /// </summary>
    public static int FormulaErrors(string dom) => Count(dom, "class=\"katex-error\"") + Count(dom, "mathcolor=\"#cc0000\"");

    /// <summary>Occurrences of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [GeneratedRegex("<div[^>]*\\bclass=\"[^\"]*\\bjs-plotly-plot\\b")]
    private static partial Regex RenderedPlot();
}

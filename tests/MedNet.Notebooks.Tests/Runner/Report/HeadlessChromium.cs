using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MedNet.Notebooks.Tests.Runner.Report;

/// <summary>Opens a report page in headless chromium and reads back the DOM after its scripts ran, and what the page checks.</summary>
public static partial class HeadlessChromium
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(180);

    /// <summary>The page after scripts ran (virtual time lets plotly's promises settle) and chromium's log (console lines).</summary>
    public static async Task<(string Dom, string Log)> DumpDom(string page)
    {
        var profile = Directory.CreateTempSubdirectory("mednet-chromium-");
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", $"--user-data-dir={profile.FullName}",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom", new Uri(page).AbsoluteUri,
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

            return (await dom, await log);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Uncaught JavaScript errors chromium logged.</summary>
    public static List<string> ScriptErrors(string log) =>
        [.. log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal))];

    /// <summary>Elements plotly.js drew into (it adds this class when it draws).</summary>
    public static int RenderedPlots(string dom) => RenderedPlot().Matches(dom).Count;

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

using System.Diagnostics;
using System.Text.RegularExpressions;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Formatting;
using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Tests.Runner.Report;

/// <summary>Opens an exported report page in headless chromium: every figure must render and no script may fail.</summary>
/// <remarks>Builds the run result directly instead of running a notebook, so it needs no runner and runs in parallel with the
/// runner collection (chromium spends most of its time parsing the inlined plotly.js).</remarks>
public sealed partial class ReportBrowserTests : IDisposable
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(120);
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mednet-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [GeneratedRegex("<div[^>]*\\bclass=\"[^\"]*\\bjs-plotly-plot\\b")]
    private static partial Regex RenderedPlot();

    [ChromiumFact]
    public async Task ExportedPage_TwoFigures_BothRenderWithoutScriptErrors()
    {
        var document = TestNotebooks.Inline("display(figureA);", "figureB");
        CellOutput Figure(string id, string data, bool isResult) => new DisplayOutput(
            new Dictionary<string, string> { [ValueFormatter.Html] = $"<div id=\"{id}\"></div><script>Plotly.newPlot('{id}', {data});</script>" }, isResult);
        var result = new NotebookResult(document.Path, document, "figures.ipynb", NotebookStatus.Passed,
            [
                new CellResult(1, 1, [Figure("fig-a", "[{ y: [1, 3, 2] }]", false)], TimeSpan.Zero),
                new CellResult(2, 2, [Figure("fig-b", "[{ x: [1, 2], y: [2, 1], type: 'bar' }]", true)], TimeSpan.Zero),
            ],
            null,
            TimeSpan.Zero);
        var writer = new NotebookReportWriter(_out, "smoke", MedNet.Viz.Html.PlotlyJs.TryLocate(AppContext.BaseDirectory));
        writer.WriteNotebook(result);

        var (dom, log) = await DumpDom(Path.Combine(_out, "figures.html"));

        Assert.Equal(2, RenderedPlot().Matches(dom).Count);
        var scriptErrors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }

    private static async Task<(string Dom, string Log)> DumpDom(string page)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }

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
}

/// <summary>Runs the test only where headless chromium and plotly.js (bash .ci/install-deps) are present; skips with the reason otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Browser is null)
        {
            Skip = "chromium is not installed (Debian: apt-get install chromium).";
        }
        else if (MedNet.Viz.Html.PlotlyJs.TryLocate(AppContext.BaseDirectory) is null)
        {
            Skip = "plotly.js is not installed; run bash .ci/install-deps.";
        }
    }

    public static string? Browser { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);
}

using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Report;
using MedNet.Viz.Html;

namespace MedNet.Notebooks.Tests.Runner.Report;

/// <summary>Opens an exported report page in headless chromium: every figure and formula must render and no script may fail.</summary>
/// <remarks>Builds the run result directly instead of running a notebook, so it needs no runner and runs in parallel with the
/// runner collection (chromium spends most of its time parsing the inlined plotly.js). The kit's own notebooks are opened
/// by <c>KitNotebooksTests</c>.</remarks>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mednet-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [ChromiumFact]
    public async Task ExportedPage_TwoFiguresAndMath_AllRenderWithoutScriptErrors()
    {
        var document = TestNotebooks.Inline(
            "markdown:# Loss $\\mathcal L = \\lambda\\,\\mathrm{MSE}(x_1, x_W)$\n\nwith $a_1 * b_2$, \\$5 in prose and `$x$` in code:\n\n$$\\eta_t = \\eta_0\\,\\gamma^{\\lfloor t/T_d\\rfloor},\\quad \\sum_{i} w_i$$",
            "display(figureA);",
            "figureB");
        CellOutput Figure(string id, string data, bool isResult) => new DisplayOutput(
            new Dictionary<string, string> { ["text/html"] = $"<div id=\"{id}\"></div><script>Plotly.newPlot('{id}', {data});</script>" }, isResult);
        var result = new NotebookResult(document.Path, document, "figures.ipynb", NotebookStatus.Passed,
            [
                new CellResult(2, 1, [Figure("fig-a", "[{ y: [1, 3, 2] }]", false)], TimeSpan.Zero),
                new CellResult(3, 2, [Figure("fig-b", "[{ x: [1, 2], y: [2, 1], type: 'bar' }]", true)], TimeSpan.Zero),
            ],
            null,
            TimeSpan.Zero);
        var writer = new NotebookReportWriter(_out, "smoke", PlotlyJs.TryLocate(AppContext.BaseDirectory), KatexAssets.TryLocate(AppContext.BaseDirectory));
        writer.WriteNotebook(result);

        var (dom, log) = await HeadlessChromium.DumpDom(Path.Combine(_out, "figures.html"));

        Assert.Equal(2, HeadlessChromium.RenderedPlots(dom));
        Assert.Equal(3, HeadlessChromium.TypesetFormulas(dom));
        Assert.Equal(0, HeadlessChromium.FormulaErrors(dom));
        Assert.Contains("$5 in prose", dom);
        Assert.Contains("<code>$x$</code>", dom);
        var scriptErrors = HeadlessChromium.ScriptErrors(log);
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }

    [ChromiumFact]
    public async Task ExportedPage_BadTex_IsCountedAsFormulaError()
    {
        var document = TestNotebooks.Inline("markdown:unknown $\\nosuchcommand{x}$, unbalanced $\\frac{a$ and fine $a_1$");
        var result = new NotebookResult(document.Path, document, "bad-math.ipynb", NotebookStatus.Passed, [], null, TimeSpan.Zero);
        new NotebookReportWriter(_out, "smoke", null, KatexAssets.TryLocate(AppContext.BaseDirectory)).WriteNotebook(result);

        var (dom, _) = await HeadlessChromium.DumpDom(Path.Combine(_out, "bad-math.html"));

        Assert.Equal(2, HeadlessChromium.FormulaErrors(dom));
        Assert.Equal(2, HeadlessChromium.TypesetFormulas(dom));
    }
}

/// <summary>Runs the test only where headless chromium, plotly.js and KaTeX (bash .ci/install-deps) are present; skips with the reason otherwise.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Browser is null)
        {
            Skip = "chromium is not installed (Debian: apt-get install chromium).";
        }
        else if (PlotlyJs.TryLocate(AppContext.BaseDirectory) is null || KatexAssets.TryLocate(AppContext.BaseDirectory) is null)
        {
            Skip = "plotly.js or KaTeX is not installed; run bash .ci/install-deps.";
        }
    }

    public static string? Browser { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);
}

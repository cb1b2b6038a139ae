using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Report;
using MedNet.Viz.Html;
using MedNet.Viz.Plots;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace MedNet.Notebooks.Tests.Runner.Report;

/// <summary>Opens an exported report page in headless chromium: every figure and formula must render, no script may fail and no request may leave the page.</summary>
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

    /// <summary>A kit chart as the kernel shows it: Plotly.NET.Interactive's text/html (require.js asking cdn.plot.ly for plotly).</summary>
    private static async Task<string> KernelHtml(Plotly.NET.GenericChart chart)
    {
        await ((IKernelExtension)new Plotly.NET.Interactive.FormatterKernelExtension()).OnLoadAsync(new CompositeKernel());
        return chart.ToDisplayString(HtmlFormatter.MimeType);
    }

    [ChromiumFact]
    public async Task ExportedPage_TwoPlotlyNetChartsAndMath_RenderOfflineWithoutScriptErrorsOrWebRequests()
    {
        var document = TestNotebooks.Inline(
            "markdown:# Loss $\\mathcal L = \\lambda\\,\\mathrm{MSE}(x_1, x_W)$\n\nwith $a_1 * b_2$, \\$5 in prose and `$x$` in code:\n\n$$\\eta_t = \\eta_0\\,\\gamma^{\\lfloor t/T_d\\rfloor},\\quad \\sum_{i} w_i$$",
            "display(figureA);",
            "figureB");
        var stripHtml = await KernelHtml(Figures.EcgStrip(Enumerable.Range(0, 1280).Select(i => Math.Sin(i / 20.0)).ToArray(), 128));
        var curveHtml = await KernelHtml(Figures.TrainingCurve([0.5], [1e-3]));
        Assert.Contains("https://cdn.plot.ly/", stripHtml); // what the kernel writes; the report must not fetch it
        CellOutput Html(string html, bool isResult) => new DisplayOutput(new Dictionary<string, string> { ["text/html"] = html }, isResult);
        var result = new NotebookResult(document.Path, document, "figures.ipynb", NotebookStatus.Passed,
            [
                new CellResult(2, 1, [Html(stripHtml, false)], TimeSpan.Zero),
                new CellResult(3, 2, [Html(curveHtml, true)], TimeSpan.Zero),
            ],
            null,
            TimeSpan.Zero);
        var writer = new NotebookReportWriter(_out, "smoke", PlotlyJs.TryLocate(AppContext.BaseDirectory), KatexAssets.TryLocate(AppContext.BaseDirectory));
        writer.WriteNotebook(result);

        var (dom, log, requests) = await HeadlessChromium.DumpDom(Path.Combine(_out, "figures.html"));

        Assert.Equal(2, HeadlessChromium.RenderedPlots(dom));
        Assert.Equal(2 * 3, HeadlessChromium.DrawnPlotLayers(dom));
        Assert.Equal(3, HeadlessChromium.TypesetFormulas(dom));
        Assert.Equal(0, HeadlessChromium.FormulaErrors(dom));
        Assert.Contains("$5 in prose", dom);
        Assert.Contains("<code>$x$</code>", dom);
        var scriptErrors = HeadlessChromium.ScriptErrors(log);
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
        Assert.True(requests.Count == 0, "the page requested: " + string.Join(", ", requests));
    }

    [ChromiumFact]
    public async Task ExportedPage_OutputThatLoadsFromACdn_ItsRequestIsCaught()
    {
        // Proves the interception can fail a page: an output (not a chart, so the report keeps it) that loads a script from a CDN.
        var document = TestNotebooks.Inline("1");
        var leaky = new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<script src=\"https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js\"></script><img src=\"http://example.org/x.png\">",
        }, true);
        var result = new NotebookResult(document.Path, document, "leaky.ipynb", NotebookStatus.Passed, [new CellResult(1, 1, [leaky], TimeSpan.Zero)], null, TimeSpan.Zero);
        new NotebookReportWriter(_out, "smoke", null, null).WriteNotebook(result);

        var (_, _, requests) = await HeadlessChromium.DumpDom(Path.Combine(_out, "leaky.html"));

        Assert.Equal(["http://example.org/x.png", "https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js"], requests.Order(StringComparer.Ordinal).ToArray());
    }

    [ChromiumFact]
    public async Task ExportedPage_BadTex_IsCountedAsFormulaError()
    {
        var document = TestNotebooks.Inline("markdown:unknown $\\nosuchcommand{x}$, unbalanced $\\frac{a$ and fine $a_1$");
        var result = new NotebookResult(document.Path, document, "bad-math.ipynb", NotebookStatus.Passed, [], null, TimeSpan.Zero);
        new NotebookReportWriter(_out, "smoke", null, KatexAssets.TryLocate(AppContext.BaseDirectory)).WriteNotebook(result);

        var (dom, _, _) = await HeadlessChromium.DumpDom(Path.Combine(_out, "bad-math.html"));

        Assert.Equal(2, HeadlessChromium.FormulaErrors(dom));
        Assert.Equal(2, HeadlessChromium.TypesetFormulas(dom));
    }
}

/// <summary>Runs the test only where headless chromium and KaTeX (bash .ci/install-deps) are present; skips with the reason otherwise (plotly.js comes from Plotly.NET).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Browser is null)
        {
            Skip = "chromium is not installed (Debian: apt-get install chromium).";
        }
        else if (KatexAssets.TryLocate(AppContext.BaseDirectory) is null)
        {
            Skip = "KaTeX is not installed under node_modules; run npm ci (or bash .ci/install-deps).";
        }
    }

    public static string? Browser { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);
}

using System.Text.Json.Nodes;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Tests.Runner;
using MedNet.Notebooks.Tests.Runner.Report;

namespace MedNet.Notebooks.Tests.Notebooks;

/// <summary>
/// The kit's notebooks in the smoke profile, run once (<see cref="KitNotebookRun"/>): no error output, charts and DataFrames
/// carry the MIME types their formatters produce, and every page of their report renders in headless chromium offline.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class KitNotebooksTests(KitNotebookRun run) : IClassFixture<KitNotebookRun>
{
    [Fact]
    public void EveryNotebook_SmokeProfile_RunsWithoutErrorOutputs()
    {
        Assert.Contains(run.Results, r => r.RelativePath == "00-index.ipynb");
        var errors = run.Results.SelectMany(r => r.Cells.SelectMany(c => c.Outputs.OfType<ErrorOutput>())).Select(e => e.Error.ToString()).ToList();
        Assert.True(errors.Count == 0, "notebook errors:\n" + string.Join("\n", errors));
        // A notebook may be skipped only when a dataset it declares (metadata.mednet.requires_data) is really absent here.
        Assert.All(run.Results, r => Assert.True(
            r.Status == NotebookStatus.Passed
            || (r.Status == NotebookStatus.Skipped && r.Document!.RequiredDatasets.Any(d => !MedNet.Notebooks.Runner.Execution.NotebookRunner.IsPresent(d, Path.GetDirectoryName(r.SourcePath)!)) && r.SkipReason!.Contains("../shared/data/", StringComparison.Ordinal)),
            $"{r.RelativePath}: {r.Status} {r.SkipReason}"));
    }

    /// <summary>Each code cell of an executed .ipynb as (source, outputs' MIME data joined per type).</summary>
    private IEnumerable<(string Notebook, string Source, Dictionary<string, string> Data)> ExecutedCells()
    {
        static string Text(JsonNode node) => node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node.GetValue<string>();
        foreach (var result in run.Results.Where(r => r.Document is not null && r.Status != NotebookStatus.Skipped))
        {
            var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(run.ReportDirectory, result.RelativePath)))!;
            foreach (var cell in executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code"))
            {
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var output in cell!["outputs"]!.AsArray())
                {
                    foreach (var (mime, value) in output!["data"]?.AsObject() ?? [])
                    {
                        data[mime] = data.GetValueOrDefault(mime, string.Empty) + Text(value!);
                    }
                }

                yield return (result.RelativePath, Text(cell["source"]!), data);
            }
        }
    }

    [Fact]
    public void ExecutedNotebooks_KitFigure_IsTextHtmlFromPlotlyNetInteractivesFormatterAsTheKernelWroteIt()
    {
        var cells = ExecutedCells().ToList();
        var figures = cells.Where(c => c.Source.TrimStart().StartsWith("Figures.", StringComparison.Ordinal)).ToList();
        var charts = cells.Count(c => c.Data.GetValueOrDefault("text/html", string.Empty).Contains("fsharpPlotlyRequire", StringComparison.Ordinal));

        Assert.True(figures.Count >= 4, $"expected the notebooks' Figures.* cells but found {figures.Count}.");
        Assert.True(charts >= 10, $"expected the notebooks to show >= 10 charts in smoke but found {charts}.");
        Assert.All(figures, c =>
        {
            Assert.True(c.Data.TryGetValue("text/html", out var html), $"{c.Notebook}: '{c.Source[..Math.Min(60, c.Source.Length)]}' has no text/html output.");
            // Plotly.NET.Interactive's chart: its require context and plotly.js address, exactly as the kernel produced them.
            Assert.Contains("fsharpPlotlyRequire", html);
            Assert.Contains("Plotly.newPlot(", html);
            Assert.Contains("https://cdn.plot.ly/plotly-", html);
        });
    }

    [Fact]
    public void ExecutedNotebooks_DataFrame_IsTextHtmlTableNotTheKernelsTreeView()
    {
        var summary = Assert.Single(ExecutedCells(), c => c.Source.Contains("RunFrames.Summary(", StringComparison.Ordinal));
        var epochs = Assert.Single(ExecutedCells(), c => c.Source.Contains("RunFrames.Epochs(", StringComparison.Ordinal));

        foreach (var (notebook, _, data) in new[] { summary, epochs })
        {
            Assert.True(data.TryGetValue("text/html", out var html), $"{notebook}: the DataFrame cell has no text/html output.");
            Assert.StartsWith("<table class=\"mednet-table\">", html.TrimStart());
            Assert.DoesNotContain("<details", html); // the kernel's default object view
        }

        Assert.Contains("<th>metric</th><th>mean</th><th>sd</th>", summary.Data["text/html"]);
        Assert.Contains("<th>epoch</th>", epochs.Data["text/html"]);
    }

    [ChromiumFact]
    public async Task EveryReportPage_SmokeProfile_DrawsEveryFigureAndFormulaWithoutScriptErrorsOrWebRequests()
    {
        var problems = new List<string>();
        int figures = 0, formulas = 0;
        foreach (var result in run.Results.Where(r => r.Document is not null && r.Status != NotebookStatus.Skipped))
        {
            var page = Path.Combine(run.ReportDirectory, Path.ChangeExtension(result.RelativePath, ".html"));
            var source = File.ReadAllText(page);
            var body = source[source.IndexOf("<body>", StringComparison.Ordinal)..]; // the head holds plotly.js itself
            int expectedFigures = HeadlessChromium.Count(body, "fsharpPlotlyRequire(['plotly']");
            int expectedFormulas = HeadlessChromium.Count(body, "<span class=\"math ");
            if (body.Contains("cdn.plot.ly", StringComparison.Ordinal) || body.Contains("cdnjs.cloudflare.com", StringComparison.Ordinal))
            {
                problems.Add($"{result.RelativePath}: the page's outputs still name a CDN.");
            }

            if (expectedFigures > 0 && HeadlessChromium.Count(source, "window.requirejs = inlined") != 1)
            {
                problems.Add($"{result.RelativePath}: expected plotly.js and its require shim once on the page.");
            }

            var (dom, log, requests) = await HeadlessChromium.DumpDom(page);

            int drawn = HeadlessChromium.RenderedPlots(dom);
            int layers = HeadlessChromium.DrawnPlotLayers(dom);
            if (drawn != expectedFigures || layers < 3 * expectedFigures)
            {
                problems.Add($"{result.RelativePath}: expected {expectedFigures} figure(s) drawn but {drawn} started and {layers / 3} finished.");
            }

            if (HeadlessChromium.TypesetFormulas(dom) != expectedFormulas || HeadlessChromium.FormulaErrors(dom) > 0)
            {
                problems.Add($"{result.RelativePath}: expected {expectedFormulas} formula(s) typeset but got {HeadlessChromium.TypesetFormulas(dom)} with {HeadlessChromium.FormulaErrors(dom)} KaTeX error(s).");
            }

            problems.AddRange(HeadlessChromium.ScriptErrors(log).Select(e => $"{result.RelativePath}: {e}"));
            problems.AddRange(requests.Select(u => $"{result.RelativePath}: the page requested {u}"));
            figures += expectedFigures;
            formulas += expectedFormulas;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(figures > 0 && formulas > 0, $"expected the kit's notebooks to draw figures and formulas but found {figures} and {formulas}.");
    }
}

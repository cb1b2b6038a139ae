using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Tests.Runner;
using MedNet.Notebooks.Tests.Runner.Report;

namespace MedNet.Notebooks.Tests.Notebooks;

/// <summary>
/// The kit's notebooks in the smoke profile, run once (<see cref="KitNotebookRun"/>): no error output, and every page of
/// their report renders in headless chromium.
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
        Assert.All(run.Results, r => Assert.Equal(NotebookStatus.Passed, r.Status));
    }

    [Fact]
    public void ExecutedNotebooks_KitTablesAndFigures_CarryTextHtmlFromTheLibrarysFormatters()
    {
        var html = new List<string>();
        foreach (var result in run.Results.Where(r => r.Document is not null))
        {
            var executed = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(run.ReportDirectory, result.RelativePath)))!;
            foreach (var output in executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []))
            {
                if (output!["data"]?["text/html"] is { } data)
                {
                    html.Add(data is System.Text.Json.Nodes.JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : data.GetValue<string>());
                }
            }
        }

        Assert.Contains(html, h => h.Contains("class=\"mednet-plot\"", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<table", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task EveryReportPage_SmokeProfile_DrawsEveryFigureAndFormulaWithoutScriptErrors()
    {
        var problems = new List<string>();
        int figures = 0, formulas = 0;
        foreach (var result in run.Results.Where(r => r.Document is not null))
        {
            var page = Path.Combine(run.ReportDirectory, Path.ChangeExtension(result.RelativePath, ".html"));
            var source = File.ReadAllText(page);
            int expectedFigures = HeadlessChromium.Count(source, "class=\"mednet-plot\"");
            int expectedFormulas = HeadlessChromium.Count(source, "<span class=\"math ");

            var (dom, log) = await HeadlessChromium.DumpDom(page);

            int drawn = HeadlessChromium.Count(dom, "data-mednet-rendered=\"true\"");
            if (drawn != expectedFigures || HeadlessChromium.RenderedPlots(dom) < expectedFigures)
            {
                problems.Add($"{result.RelativePath}: expected {expectedFigures} figure(s) drawn but {drawn} were.");
            }

            if (HeadlessChromium.TypesetFormulas(dom) != expectedFormulas || HeadlessChromium.FormulaErrors(dom) > 0)
            {
                problems.Add($"{result.RelativePath}: expected {expectedFormulas} formula(s) typeset but got {HeadlessChromium.TypesetFormulas(dom)} with {HeadlessChromium.FormulaErrors(dom)} KaTeX error(s).");
            }

            problems.AddRange(HeadlessChromium.ScriptErrors(log).Select(e => $"{result.RelativePath}: {e}"));
            figures += expectedFigures;
            formulas += expectedFormulas;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(figures > 0 && formulas > 0, $"expected the kit's notebooks to draw figures and formulas but found {figures} and {formulas}.");
    }
}

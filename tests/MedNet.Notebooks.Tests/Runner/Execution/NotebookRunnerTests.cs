using MedNet.Notebooks.Runner.Execution;

namespace MedNet.Notebooks.Tests.Runner.Execution;

[Collection(RunnerCollection.Name)]
public class NotebookRunnerTests(TestNotebooks notebooks)
{
    private static CellResult Cell(NotebookResult result, int number) => result.Cells.Single(c => c.Cell == number);

    private const string Html = "text/html";
    private const string PlainText = "text/plain";

    private static string Text(CellOutput output, string mime = PlainText) =>
        Assert.IsType<DisplayOutput>(output).Data[mime];

    [Fact]
    public void RunAll_FeaturesNotebook_Passes()
    {
        var result = notebooks["01-features.ipynb"];
        Assert.True(result.Status == NotebookStatus.Passed, result.Error?.ToString());
        Assert.Null(result.Error);
    }

    [Fact]
    public void RunAll_LoadedCsx_DefinesStateLaterCellsUse()
    {
        var result = notebooks["01-features.ipynb"];
        var stream = Assert.IsType<StreamOutput>(Assert.Single(Cell(result, 2).Outputs));
        Assert.Equal("answer=42\n", stream.Text.ToString());
        Assert.Contains("<pre>42</pre>", Text(Cell(result, 3).Outputs[^1], Html));
    }

    [Fact]
    public void RunAll_ConsoleAndDisplay_KeepTheOrderTheCellProducedThem()
    {
        var outputs = Cell(notebooks["01-features.ipynb"], 3).Outputs;
        Assert.Equal(5, outputs.Count);
        Assert.Equal(("stdout", "before "), Stream(outputs[0]));
        Assert.False(Assert.IsType<DisplayOutput>(outputs[1]).IsResult);
        Assert.Equal(("stderr", "warn\n"), Stream(outputs[2]));
        Assert.Equal(("stdout", "after\n"), Stream(outputs[3]));
        Assert.True(Assert.IsType<DisplayOutput>(outputs[4]).IsResult);
    }

    [Fact]
    public void RunAll_ConventionFormattedType_KernelUsesItsHtmlFormatter()
    {
        var shown = Cell(notebooks["01-features.ipynb"], 3).Outputs[1];
        Assert.Equal("<span class=\"swatch\">teal</span>", Text(shown, Html));

        var result = Assert.IsType<DisplayOutput>(Assert.Single(Cell(notebooks["01-features.ipynb"], 5).Outputs));
        Assert.True(result.IsResult);
        Assert.Equal("<span class=\"swatch\">red</span>", result.Data[Html]);
    }

    [Fact]
    public void RunAll_DisplayThenUpdate_KeepsWhatTheKernelPublished()
    {
        // In this kernel build, Display() shows one DisplayedValue and returns another, so Update publishes a
        // DisplayedValueUpdated under an id that was never shown: the runner keeps it as a second output, as published.
        var outputs = Cell(notebooks["01-features.ipynb"], 6).Outputs;
        Assert.Contains("[ 1, 2, 3 ]", Text(outputs[0], Html));
        Assert.Equal("<b>updated</b>", Text(outputs[^1], Html));
    }

    [Fact]
    public void RunAll_MarkdownMagicCell_IsNotExecuted()
    {
        var result = notebooks["01-features.ipynb"];
        Assert.DoesNotContain(result.Cells, c => c.Cell == 4);
        Assert.Equal([1, 2, 3, 4, 5], result.Cells.Select(c => c.ExecutionCount).ToArray());
    }

    [Fact]
    public void RunAll_AsyncCell_RunsInTheNotebookFolder()
    {
        Assert.Equal("Notebooks", Text(Cell(notebooks["01-features.ipynb"], 7).Outputs[^1]));
    }

    [Fact]
    public void RunAll_RuntimeError_RecordsCellAndMessageAndStopsTheNotebook()
    {
        // The runner has the kernel emit debug information, so the error names the line inside the cell's own function.
        var result = notebooks["02-runtime-error.ipynb"];
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(new NotebookError("02-runtime-error.ipynb", 2, 3, "DivideByZeroException: Attempted to divide by zero."), result.Error);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(Cell(result, 2).Outputs));
        Assert.Equal("DivideByZeroException", error.ExceptionType);
        Assert.DoesNotContain(result.Cells, c => c.Cell == 3);
    }

    [Fact]
    public void RunAll_ExceptionInsideALibrary_NamesTheCellLineThatCalledIt()
    {
        // Line 3 counting the magic line, as the reader sees the cell; int.Parse's own frames have no cell line.
        var result = notebooks["02-library-error.ipynb"];
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(1, result.Error!.Cell);
        Assert.Equal(3, result.Error.Line);
        Assert.StartsWith("FormatException:", result.Error.Message);
    }

    [Fact]
    public void RunAll_CompileError_CountsTheMagicLineInTheLineNumber()
    {
        var result = notebooks["03-compile-error.ipynb"];
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(1, result.Error!.Cell);
        Assert.Equal(3, result.Error.Line);
        Assert.StartsWith("CS0103: The name 'undefinedName' does not exist", result.Error.Message);
        Assert.Equal("CompilationError", Assert.IsType<ErrorOutput>(Assert.Single(Cell(result, 1).Outputs)).ExceptionType);
    }

    [Fact]
    public void RunAll_NotebookAfterFailingOnes_StillRuns()
    {
        Assert.Equal(5, notebooks.Results.Count);
        Assert.Equal(NotebookStatus.Passed, notebooks["04-after-errors.ipynb"].Status);
    }

    [Fact]
    public async Task RunAsync_CellOverTimeout_FailsWithTimeoutError()
    {
        var document = TestNotebooks.Inline("System.Threading.Thread.Sleep(TimeSpan.FromMinutes(10));");
        var result = await NotebookRunner.RunAsync(document, "timeout.ipynb", new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(2) });
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(1, result.Error!.Cell);
        Assert.Null(result.Error.Line);
        Assert.Contains("within 2 s", result.Error.Message);
        Assert.Equal("Timeout", Assert.IsType<ErrorOutput>(Assert.Single(result.Cells[0].Outputs)).ExceptionType);
    }

    [Fact]
    public async Task RunAll_CellOverTimeout_IsReportedAndTheNextNotebookRuns()
    {
        var folder = Directory.CreateTempSubdirectory("mednet-timeout-").FullName;
        try
        {
            var slow = Path.Combine(folder, "slow.ipynb");
            var document = TestNotebooks.Inline("1 + 1", "System.Threading.Thread.Sleep(TimeSpan.FromSeconds(20));");
            File.WriteAllText(slow, document.Root.ToJsonString());
            var next = Path.Combine(notebooks.Root, "04-after-errors.ipynb");
            var finished = new List<string>();

            var results = await NotebookRunner.RunAllAsync([slow, next], notebooks.Root, new NotebookRunOptions
            {
                CellTimeout = TimeSpan.FromSeconds(2),
                CellFinished = (notebook, cell) => finished.Add($"{notebook}: cell {cell.Cell}"),
            });

            Assert.Equal(NotebookStatus.Failed, results[0].Status);
            Assert.Equal(2, results[0].Error!.Cell);
            Assert.Contains("within 2 s", results[0].Error!.Message);
            Assert.Equal(NotebookStatus.Passed, results[1].Status);
            Assert.Equal(3, finished.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_RelativeReference_ResolvesAgainstTheNotebookFolder()
    {
        var document = TestNotebooks.Inline("#r \"../../MedNet.Viz.dll\"\nnew MedNet.Viz.Tables.HtmlTable(\"a\", \"b\").Columns.Count");
        var result = await NotebookRunner.RunAsync(document, "inline.ipynb", new NotebookRunOptions());
        Assert.True(result.Status == NotebookStatus.Passed, result.Error?.ToString());
        Assert.Contains("<pre>2</pre>", Text(result.Cells[0].Outputs[^1], Html));
    }

    [Fact]
    public async Task RunAsync_MissingAssembly_ErrorTellsHowToBuild()
    {
        var document = TestNotebooks.Inline("#r \"no/such/build/MedNet.Viz.dll\"");
        var result = await NotebookRunner.RunAsync(document, "inline.ipynb", new NotebookRunOptions());
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Contains("CS0006", result.Error!.Message);
        Assert.Contains("dotnet build MedNet.Notebooks.sln -c Release", result.Error.Message);
    }

    [Fact]
    public async Task RunAsync_MissingAssemblyInLoadedScript_ErrorNamesTheScriptAndItsLine()
    {
        var folder = Directory.CreateTempSubdirectory("mednet-csx-").FullName;
        try
        {
            var script = Path.Combine(folder, "broken-setup.csx");
            File.WriteAllText(script, "// loads a build that is not there\n#r \"no/such/build/MedNet.Viz.dll\"\n");
            var document = TestNotebooks.Inline("markdown:# setup", $"#load \"{script}\"\nvar x = 1;");

            var result = await NotebookRunner.RunAsync(document, "inline.ipynb", new NotebookRunOptions());

            Assert.Equal(2, result.Error!.Cell);
            Assert.Null(result.Error.Line);
            Assert.StartsWith("broken-setup.csx(2,1): CS0006", result.Error.Message);
            Assert.Contains("dotnet build MedNet.Notebooks.sln -c Release", result.Error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_CellInAnotherKernel_FailsAsUnsupported()
    {
        var document = TestNotebooks.Inline("1 + 1", "#!fsharp\nlet x = 1");
        var result = await NotebookRunner.RunAsync(document, "inline.ipynb", new NotebookRunOptions());
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(2, result.Error!.Cell);
        Assert.Contains("kernel 'fsharp'", result.Error.Message);
    }

    private static (string Name, string Text) Stream(CellOutput output)
    {
        var stream = Assert.IsType<StreamOutput>(output);
        return (stream.Name, stream.Text.ToString());
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Ipynb;
using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Tests.Runner.Report;

public class NotebookSummaryTests
{
    private static NotebookDocument Notebook(string markdown) => NotebookDocument.Parse(
        $$"""{"cells":[{"cell_type":"markdown","metadata":{},"source":{{System.Text.Json.JsonSerializer.Serialize(markdown)}}},{"cell_type":"code","metadata":{},"source":"1","outputs":[],"execution_count":null}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "t.ipynb");

    [Fact]
    public void Of_TitleAndMultiLineQuestion_ReadsBoth()
    {
        var s = NotebookSummary.Of(Notebook("# 02 — DTAAD\n\n**Question.** What does DTAAD compute,\nand how close is it?\n\nMore text."));
        Assert.Equal("02 — DTAAD", s.Title);
        Assert.Equal("What does DTAAD compute, and how close is it?", s.Question);
    }

    [Fact]
    public void Of_NoQuestion_TitleOnly()
    {
        var s = NotebookSummary.Of(Notebook("# Start here\n\nSome prose."));
        Assert.Equal(("Start here", (string?)null), (s.Title, s.Question));
    }

    [Fact]
    public void Of_EveryKitNotebook_HasATitle()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot()!, "notebooks");
        foreach (var path in Directory.EnumerateFiles(folder, "*.ipynb"))
        {
            Assert.False(string.IsNullOrWhiteSpace(NotebookSummary.Of(NotebookDocument.Load(path)).Title), path);
        }
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Layering.Analysis;

namespace MedNet.Architecture.Tests.Analysis;

public class MarkdownReportTests
{
    private static readonly (string Path, string Code)[] Files =
    [
        ("src/MedNet.Signals/Datasets/DataRoot.cs", """
            namespace MedNet.Signals.Datasets;
            public static class DataRoot;
            """),
        ("src/MedNet.Signals/Datasets/PtbXlDatabase.cs", """
            using MedNet.Signals.Tabular;

            namespace MedNet.Signals.Datasets;
            public sealed record PtbXlDatabase(CsvRecordReader Reader);
            """),
        ("src/MedNet.Signals/Tabular/CsvRecordReader.cs", """
            namespace MedNet.Signals.Tabular;
            public sealed class CsvRecordReader;
            """),
        ("src/MedNet.Signals/Tabular/MbaDataset.cs", """
            using MedNet.Signals.Datasets;

            namespace MedNet.Signals.Tabular;
            public sealed class MbaDataset { public static string Root => nameof(DataRoot); }
            """),
    ];

    [Fact]
    public void Render_FilesInAnyOrder_GivesTheSameText()
    {
        var forward = MarkdownReport.Render(Snippets.Analyze(Files), "T");
        var backward = MarkdownReport.Render(Snippets.Analyze([.. Files.Reverse()]), "T");

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Render_Cycle_ListsItWithOneTypePerArrow()
    {
        var text = MarkdownReport.Render(Snippets.Analyze(Files), "Before");

        Assert.StartsWith("# Before\n", text);
        Assert.Contains("1. `Datasets` → `Tabular` (`CsvRecordReader`) → `Datasets` (`DataRoot`)", text);
        Assert.Contains("| `MedNet.Signals` | 4 | nothing | nothing of MedNet |", text);
    }

    [Fact]
    public void RenderProblems_Cycle_GivesOneLinePerCycle()
    {
        var text = MarkdownReport.RenderProblems(Snippets.Analyze(Files));

        Assert.Equal(
            "Layering check: 1 cycle(s), 0 project-rule violation(s) in 4 files.\n" +
            "cycle in MedNet.Signals (folders): Datasets → Tabular (CsvRecordReader) → Datasets (DataRoot)\n",
            text);
    }
}

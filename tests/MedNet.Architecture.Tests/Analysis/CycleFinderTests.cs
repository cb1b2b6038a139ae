// SPDX-License-Identifier: MIT
namespace MedNet.Architecture.Tests.Analysis;

public class CycleFinderTests
{
    private static readonly (string Path, string Code)[] Acyclic =
    [
        ("src/MedNet.Signals/Datasets/DataRoot.cs", """
            namespace MedNet.Signals.Datasets;
            public static class DataRoot;
            """),
        ("src/MedNet.Signals/Tabular/MbaDataset.cs", """
            using MedNet.Signals.Datasets;

            namespace MedNet.Signals.Tabular;
            public sealed class MbaDataset
            {
                public static string Root => nameof(DataRoot);
            }
            """),
    ];

    private static readonly (string Path, string Code) PlantedBackEdge =
        ("src/MedNet.Signals/Datasets/PtbXlDatabase.cs", """
            namespace MedNet.Signals.Datasets;
            public sealed class PtbXlDatabase
            {
                public Tabular.MbaDataset? Reader { get; set; }
            }
            """);

    [Fact]
    public void Find_AcyclicFolders_FindsNone()
    {
        var report = Snippets.Analyze(Acyclic);

        Assert.Single(report.FolderEdges);
        Assert.Empty(report.Cycles);
        Assert.False(report.HasProblems);
    }

    [Fact]
    public void Find_PlantedCycle_IsFoundWithAnExampleTypePerArrow()
    {
        var report = Snippets.Analyze([.. Acyclic, PlantedBackEdge]);

        var cycle = Assert.Single(report.Cycles);
        Assert.Equal("MedNet.Signals", cycle.Project);
        Assert.False(cycle.SubfoldersGrouped);
        Assert.Equal("Datasets → Tabular → Datasets", cycle.Path);
        Assert.Equal(["MbaDataset", "DataRoot"], cycle.Steps.Select(s => s.ExampleType.Type.Name));
        Assert.True(report.HasProblems);
    }

    [Fact]
    public void Find_CycleOnlyBetweenFolderSubtrees_IsFoundWithTheFoldersBehindIt()
    {
        // Reproduction/Experiments → AnomalyDetection/Dtaad → Reproduction: no cycle between single folders, but
        // Reproduction and AnomalyDetection, each read with its subfolders, use each other.
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/RunProfile.cs", """
                namespace MedNet.Models.Reproduction;
                public enum RunProfile { Smoke }
                """),
            ("src/MedNet.Models/AnomalyDetection/Dtaad/DtaadConfig.cs", """
                namespace MedNet.Models.AnomalyDetection.Dtaad;
                public sealed record DtaadConfig(Reproduction.RunProfile Profile);
                """),
            ("src/MedNet.Models/Reproduction/Experiments/DtaadTable1.cs", """
                using MedNet.Models.AnomalyDetection.Dtaad;

                namespace MedNet.Models.Reproduction.Experiments;
                public sealed record DtaadTable1(DtaadConfig Config);
                """));

        var cycle = Assert.Single(report.Cycles);
        Assert.True(cycle.SubfoldersGrouped);
        Assert.Equal("AnomalyDetection → Reproduction → AnomalyDetection", cycle.Path);
        Assert.Equal(("AnomalyDetection/Dtaad", "Reproduction", "RunProfile"),
            (cycle.Steps[0].Example.From.Folder, cycle.Steps[0].Example.To.Folder, cycle.Steps[0].ExampleType.Type.Name));
        Assert.Equal(("Reproduction/Experiments", "AnomalyDetection/Dtaad", "DtaadConfig"),
            (cycle.Steps[1].Example.From.Folder, cycle.Steps[1].Example.To.Folder, cycle.Steps[1].ExampleType.Type.Name));
    }

    [Fact]
    public void Find_ThreeFolderCycle_StartsAtItsSmallestFolder()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Viz/Plots/Figures.cs", """
                namespace MedNet.Viz.Plots;
                public sealed class Figures { public Html.Page? Page { get; set; } }
                """),
            ("src/MedNet.Viz/Html/Page.cs", """
                namespace MedNet.Viz.Html;
                public sealed class Page { public Display.Formatter? Formatter { get; set; } }
                """),
            ("src/MedNet.Viz/Display/Formatter.cs", """
                namespace MedNet.Viz.Display;
                public sealed class Formatter { public Plots.Figures? Figures { get; set; } }
                """));

        var cycle = Assert.Single(report.Cycles);
        Assert.Equal("Display → Plots → Html → Display", cycle.Path);
    }
}

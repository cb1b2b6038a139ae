// SPDX-License-Identifier: MIT
using MedNet.Layering.Analysis;

namespace MedNet.Architecture.Tests.Analysis;

public class LayeringRulesTests
{
    private const string Window = """
        namespace MedNet.Signals.Preprocessing;
        public sealed record WindowOptions(int Length);
        """;

    private const string Model = """
        namespace MedNet.Models.AnomalyDetection.Dtaad;
        public sealed class DtaadModel;
        """;

    [Fact]
    public void Check_ModelsUsingSignals_IsAllowed()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/WindowOptions.cs", Window),
            ("src/MedNet.Models/AnomalyDetection/Dtaad/DtaadConfig.cs", """
                using MedNet.Signals.Preprocessing;

                namespace MedNet.Models.AnomalyDetection.Dtaad;
                public sealed record DtaadConfig(WindowOptions Window);
                """));

        Assert.Single(report.ProjectEdges);
        Assert.Empty(report.Violations);
    }

    [Fact]
    public void Check_SignalsUsingModels_IsAViolationNamingFileAndType()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/AnomalyDetection/Dtaad/DtaadModel.cs", Model),
            ("src/MedNet.Signals/Preprocessing/WindowOptions.cs", """
                using MedNet.Models.AnomalyDetection.Dtaad;

                namespace MedNet.Signals.Preprocessing;
                public sealed record WindowOptions(DtaadModel Model);
                """));

        var violation = Assert.Single(report.Violations);
        Assert.Equal("MedNet.Signals", violation.Project);
        Assert.Contains("MedNet.Signals uses MedNet.Models", violation.Message);
        Assert.Contains("src/MedNet.Signals/Preprocessing/WindowOptions.cs uses DtaadModel", violation.Message);
    }

    [Fact]
    public void Check_ExperimentsUsingModels_IsAllowedButVizUsingModelsIsNot()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/AnomalyDetection/Dtaad/DtaadModel.cs", Model),
            ("src/MedNet.Experiments/Tables/Table1.cs", """
                using MedNet.Models.AnomalyDetection.Dtaad;

                namespace MedNet.Experiments.Tables;
                public sealed record Table1(DtaadModel Model);
                """),
            ("src/MedNet.Viz/Plots/Figures.cs", """
                using MedNet.Models.AnomalyDetection.Dtaad;

                namespace MedNet.Viz.Plots;
                public sealed record Figures(DtaadModel Model);
                """));

        var violation = Assert.Single(report.Violations);
        Assert.Equal("MedNet.Viz", violation.Project);
    }

    [Fact]
    public void Check_ExperimentsUsingViz_IsAllowedButVizUsingExperimentsIsNot()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Viz/Tables/PaperComparisonTable.cs", """
                namespace MedNet.Viz.Tables;
                public sealed class PaperComparisonTable;
                """),
            ("src/MedNet.Experiments/Reproduction/ReproductionReport.cs", """
                using MedNet.Viz.Tables;

                namespace MedNet.Experiments.Reproduction;
                public sealed record ReproductionReport(PaperComparisonTable Comparison);
                """),
            ("src/MedNet.Viz/Display/Reports.cs", """
                using MedNet.Experiments.Reproduction;

                namespace MedNet.Viz.Display;
                public sealed record Reports(ReproductionReport Report);
                """));

        var violation = Assert.Single(report.Violations);
        Assert.Equal("MedNet.Viz", violation.Project);
        Assert.Contains("MedNet.Viz uses MedNet.Experiments", violation.Message);
    }

    [Fact]
    public void Design_Experiments_MayUseModelsTensorsSignalsAndViz()
    {
        var rule = LayeringRules.Design.For("MedNet.Experiments");

        Assert.NotNull(rule);
        Assert.Equal(["MedNet.Models", "MedNet.Tensors", "MedNet.Signals", "MedNet.Viz"], rule.Allowed);
        Assert.False(rule.Allows("MedNet.Notebooks"));
    }

    [Fact]
    public void Check_ProjectWithoutRule_IsAViolation()
    {
        var report = Snippets.Analyze(("src/MedNet.Extras/Thing.cs", """
            namespace MedNet.Extras;
            public sealed class Thing;
            """));

        var violation = Assert.Single(report.Violations);
        Assert.Contains("MedNet.Extras has no layering rule", violation.Message);
    }

    [Fact]
    public void Constructor_TwoRulesForOneProject_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LayeringRules([new ProjectRule("A", []), new ProjectRule("A", null)]));

        Assert.Contains("two for A", ex.Message);
        Assert.Equal("rules", ex.ParamName);
    }
}

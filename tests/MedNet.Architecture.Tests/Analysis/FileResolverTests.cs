// SPDX-License-Identifier: MIT
namespace MedNet.Architecture.Tests.Analysis;

public class FileResolverTests
{
    private const string EpochLog = """
        namespace MedNet.Models.Reproduction;
        public sealed record EpochLog(int Epoch);
        public enum RunProfile { Smoke, Laptop, Paper }
        """;

    private const string Normalisation = """
        namespace MedNet.Signals.Preprocessing;
        public enum Normalisation { MinMax, ZScore }
        """;

    [Fact]
    public void Lookup_TypeOfParentNamespace_IsAnEdgeWithoutUsing()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/Reproduction/Experiments/Table1.cs", """
                namespace MedNet.Models.Reproduction.Experiments;
                public sealed class Table1
                {
                    public EpochLog? Last { get; set; }
                }
                """));

        Assert.Equal(["MedNet.Models:Reproduction/Experiments → MedNet.Models:Reproduction via EpochLog"], Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_NameQualifiedFromAParentNamespace_IsAnEdge()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/AnomalyDetection/Dtaad/DtaadConfig.cs", """
                namespace MedNet.Models.AnomalyDetection.Dtaad;
                public sealed record DtaadConfig
                {
                    public static DtaadConfig For(Reproduction.RunProfile profile) => new();
                }
                """));

        Assert.Equal(["MedNet.Models:AnomalyDetection/Dtaad → MedNet.Models:Reproduction via RunProfile"], Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_FullyQualifiedNameInCode_IsAnEdgeAcrossProjects()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/Normalisation.cs", Normalisation),
            ("src/MedNet.Models/Evaluation/Scaling.cs", """
                namespace MedNet.Models.Evaluation;
                public static class Scaling
                {
                    public static object Default => MedNet.Signals.Preprocessing.Normalisation.MinMax;
                    public static object Other => global::MedNet.Signals.Preprocessing.Normalisation.ZScore;
                }
                """));

        Assert.Equal(["MedNet.Models:Evaluation → MedNet.Signals:Preprocessing via Normalisation"], Snippets.Edges(report));
        var project = Assert.Single(report.ProjectEdges);
        Assert.Equal(("MedNet.Models", "MedNet.Signals"), (project.From, project.To));
    }

    [Fact]
    public void Lookup_UnusedUsing_IsNoEdgeButAWarning()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/Normalisation.cs", Normalisation),
            ("src/MedNet.Models/Evaluation/Metrics.cs", """
                using MedNet.Signals.Preprocessing;

                namespace MedNet.Models.Evaluation;
                public sealed class Metrics
                {
                    public int Count { get; set; }
                }
                """));

        Assert.Empty(report.FolderEdges);
        Assert.Empty(report.ProjectEdges);
        var unused = Assert.Single(report.UnusedUsings);
        Assert.Equal(("src/MedNet.Models/Evaluation/Metrics.cs", 1, "MedNet.Signals.Preprocessing"), (unused.File, unused.Line, unused.Namespace));
    }

    [Fact]
    public void Lookup_UsingThatFindsAType_IsAnEdgeAndNotReportedUnused()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/Normalisation.cs", Normalisation),
            ("src/MedNet.Models/Evaluation/Metrics.cs", """
                using MedNet.Signals.Preprocessing;

                namespace MedNet.Models.Evaluation;
                public sealed record Metrics(Normalisation Scaling);
                """));

        Assert.Equal(["MedNet.Models:Evaluation → MedNet.Signals:Preprocessing via Normalisation"], Snippets.Edges(report));
        Assert.Empty(report.UnusedUsings);
    }

    [Fact]
    public void Lookup_UsingOfAParentNamespace_IsReportedAsAlreadyInScope()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/Reproduction/Experiments/Table1.cs", """
                using MedNet.Models.Reproduction;

                namespace MedNet.Models.Reproduction.Experiments;
                public sealed class Table1
                {
                    public EpochLog? Last { get; set; }
                }
                """));

        Assert.Single(report.FolderEdges);
        var unused = Assert.Single(report.UnusedUsings);
        Assert.StartsWith("already in scope", unused.Reason);
    }

    [Fact]
    public void Lookup_TypeOfOwnNamespace_IsNoEdge()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/Reproduction/RunRecord.cs", """
                namespace MedNet.Models.Reproduction;
                public sealed record RunRecord(EpochLog Log, RunProfile Profile);
                """));

        Assert.Empty(report.FolderEdges);
    }

    [Fact]
    public void Lookup_FirstPartNamingANamespaceInside_ResolvesThereAsCSharpDoes()
    {
        // Inside MedNet.Models.AnomalyDetection.*, "MedNet" is the namespace MedNet.Models.AnomalyDetection.MedNet.
        var report = Snippets.Analyze(
            ("src/MedNet.Models/AnomalyDetection/MedNet/MedNetModel.cs", """
                namespace MedNet.Models.AnomalyDetection.MedNet;
                public sealed class MedNetModel;
                """),
            ("src/MedNet.Models/AnomalyDetection/Training/Trainer.cs", """
                namespace MedNet.Models.AnomalyDetection.Training;
                public sealed class Trainer
                {
                    public MedNet.MedNetModel? Model { get; set; }
                }
                """));

        Assert.Equal(["MedNet.Models:AnomalyDetection/Training → MedNet.Models:AnomalyDetection/MedNet via MedNetModel"], Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_GenericArity_MatchesTheTypeWithThatManyParameters()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Tensors/NN/Module.cs", """
                namespace MedNet.Tensors.NN;
                public abstract class Module<T1, T2>;
                """),
            ("src/MedNet.Models/AnomalyDetection/Cae/CaeModel.cs", """
                using MedNet.Tensors.NN;

                namespace MedNet.Models.AnomalyDetection.Cae;
                public sealed class CaeModel : Module<int, int>
                {
                    public object? Plain => typeof(Module);
                }
                """));

        Assert.Equal(["MedNet.Models:AnomalyDetection/Cae → MedNet.Tensors:NN via Module<,>"], Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_NestedTypeOfTheEnclosingClass_HidesTheNamespaceType()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/Reproduction/Experiments/Table1.cs", """
                namespace MedNet.Models.Reproduction.Experiments;
                public sealed class Table1
                {
                    public EpochLog? Last { get; set; }

                    public sealed record EpochLog(int Epoch);
                }
                """));

        Assert.Empty(report.FolderEdges);
    }

    [Fact]
    public void Lookup_MemberOfTheSameName_HidesTheTypeWhereAValueIsExpected()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Models/Reproduction/Experiments/Table1.cs", """
                namespace MedNet.Models.Reproduction.Experiments;
                public sealed class Table1
                {
                    public int EpochLog { get; set; }

                    public int Next() => EpochLog + 1;
                }
                """));

        Assert.Empty(report.FolderEdges);
    }

    [Fact]
    public void Lookup_AttributeWrittenWithoutSuffix_FindsTheAttributeClass()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Viz/Display/TypeFormatterSourceAttribute.cs", """
                namespace MedNet.Viz.Display;
                public sealed class TypeFormatterSourceAttribute : System.Attribute;
                """),
            ("src/MedNet.Viz/Plotly/Figure.cs", """
                using MedNet.Viz.Display;

                namespace MedNet.Viz.Plotly;
                [TypeFormatterSource]
                public sealed class Figure;
                """));

        Assert.Equal(["MedNet.Viz:Plotly → MedNet.Viz:Display via TypeFormatterSourceAttribute"], Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_ExtensionMethodCall_IsAnEdgeToItsClassAndUsesTheUsing()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Notebooks/Runner/Scripting/DisplayExtensions.cs", """
                namespace MedNet.Notebooks.Runner.Scripting;
                public static class DisplayExtensions
                {
                    public static string Display(this object? value) => value?.ToString() ?? "";
                }
                """),
            ("src/MedNet.Notebooks/Runner/Execution/Runner.cs", """
                using MedNet.Notebooks.Runner.Scripting;

                namespace MedNet.Notebooks.Runner.Execution;
                public static class Runner
                {
                    public static string Show(object value) => value.Display();
                }
                """));

        Assert.Equal(["MedNet.Notebooks:Runner/Execution → MedNet.Notebooks:Runner/Scripting via DisplayExtensions"], Snippets.Edges(report));
        Assert.Empty(report.UnusedUsings);
    }

    [Fact]
    public void Lookup_QualifiedCrefInDocs_IsAnEdgeMarkedDocsOnly()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/TableCleaner.cs", """
                namespace MedNet.Signals.Preprocessing;
                public static class TableCleaner;
                """),
            ("src/MedNet.Signals/Tabular/TimeSeriesTable.cs", """
                namespace MedNet.Signals.Tabular;
                /// <summary>Cleaned by <see cref="Preprocessing.TableCleaner"/>.</summary>
                public sealed class TimeSeriesTable;
                """));

        var edge = Assert.Single(report.FolderEdges);
        Assert.Equal(("Tabular", "Preprocessing", "TableCleaner"), (edge.From.Folder, edge.To.Folder, edge.Types[0].Type.Name));
        Assert.True(edge.DocsOnly);
    }

    [Fact]
    public void Lookup_AliasAndStaticUsing_AreEdgesToTheTypesTheyName()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Models/Reproduction/EpochLog.cs", EpochLog),
            ("src/MedNet.Signals/Preprocessing/Normalisation.cs", Normalisation),
            ("src/MedNet.Models/Evaluation/Metrics.cs", """
                using static MedNet.Signals.Preprocessing.Normalisation;
                using Profile = MedNet.Models.Reproduction.RunProfile;

                namespace MedNet.Models.Evaluation;
                public sealed record Metrics(Profile Profile);
                """));

        Assert.Equal(
            [
                "MedNet.Models:Evaluation → MedNet.Models:Reproduction via RunProfile",
                "MedNet.Models:Evaluation → MedNet.Signals:Preprocessing via Normalisation",
            ],
            Snippets.Edges(report));
    }

    [Fact]
    public void Lookup_TypeOfAnotherLibrary_IsNoEdge()
    {
        var report = Snippets.Analyze(
            ("src/MedNet.Signals/Preprocessing/Normalisation.cs", Normalisation),
            ("src/MedNet.Signals/Tabular/Reader.cs", """
                using System.Text;

                namespace MedNet.Signals.Tabular;
                public sealed class Reader
                {
                    public StringBuilder Text { get; } = new();
                }
                """));

        Assert.Empty(report.FolderEdges);
        Assert.Empty(report.UnusedUsings);
    }
}

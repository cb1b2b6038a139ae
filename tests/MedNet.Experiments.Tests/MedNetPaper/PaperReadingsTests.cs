// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;

namespace MedNet.Experiments.Tests.MedNetPaper;

/// <summary>The three-column MBA table is generated from run records: the committed docs block equals what the stored run JSON gives.</summary>
public class PaperReadingsTests
{
    private static string Root => SharedData.RepositoryRoot() ?? throw new InvalidOperationException("MedNet.Notebooks.sln not found above the test assembly.");

    /// <summary>Real run records of `mednet reproduce … --profile paper` (see Fixtures/runs/README.md).</summary>
    private static string Fixtures => Path.Combine(Root, "tests", "MedNet.Experiments.Tests", "Fixtures", "runs");

    [Fact]
    public void ToMarkdown_FromStoredRunRecords_EqualsTheBlockInReproductionResults()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "reproduction-results.md")).ReplaceLineEndings("\n");
        var readings = PaperReadings.Load(Fixtures);

        Assert.Equal(docs, readings.ReplaceBlock(docs));
        Assert.Contains(readings.ToMarkdown(), docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StoredRunRecords_EveryRowHasPaperOrBothReadings()
    {
        var readings = PaperReadings.Load(Fixtures);

        Assert.Equal(PaperReadings.RunIds.Order(), readings.Runs.Keys.Order());
        Assert.Equal(2 * (9 + 6), readings.Rows.Count);
        Assert.All(readings.Rows, r => Assert.True(r.AuthorsCode is not null && r.Kit is not null, $"{r.Table} {r.Metric}"));
        Assert.Equal(9, readings.Rows.Count(r => r.Table.StartsWith("Table 3", StringComparison.Ordinal) && r.Paper is not null));
        Assert.Equal(MedNetTable3Switches.Variants.Count, readings.Switches.Count);
        Assert.Equal(0, readings.Switches[0].DeltaF1.Mean);
        var frame = readings.ToFrame();
        Assert.Equal(readings.Rows.Count, frame.Rows.Count);
        Assert.Equal(0.96501, (double)frame["paper"][0]);
        Assert.Equal(readings.Switches.Count, readings.SwitchFrame().Rows.Count);
    }

    [Fact]
    public void Load_MissingOrEmptyFolder_SaysWhatItExpected()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mednet-no-such-runs-" + Guid.NewGuid().ToString("N"));
        Assert.Contains(missing, Assert.Throws<DirectoryNotFoundException>(() => PaperReadings.Load(missing)).Message);

        var empty = Directory.CreateTempSubdirectory("mednet-empty-runs-").FullName;
        try
        {
            Assert.Contains("mednet-table3-authors", Assert.Throws<InvalidDataException>(() => PaperReadings.Load(empty)).Message);
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void ReplaceBlock_WithoutMarkers_NamesTheMissingMarker()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PaperReadings.Load(Fixtures).ReplaceBlock("# no generated block here\n"));
        Assert.Contains(PaperReadings.BeginMarker, ex.Message);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Frames;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;
using MedNet.Viz.Tables;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Tests.Frames;

public class RunFramesTests
{
    private static ExperimentResult Run(int seed, double f1) =>
        new("mednet-table3", "Table 3", new RunContext(RunProfile.Smoke, seed, 2, null, "abc", Path.GetTempPath()), [], "ab", "data/mba",
            DateTime.UnixEpoch, 1.5 + seed, [new EpochLog(1, 0.25, 0.005, 0.2, "mednet"), new EpochLog(2, 0.125, 0.005, 0.2, "mednet")],
            new Dictionary<string, double> { ["a.f1"] = f1, ["b.f1"] = f1 / 2 }, []);

    [Fact]
    public void Seeds_OneRowPerSeed_FilterableAndSavableAsCsv()
    {
        var frame = RunFrames.Seeds([Run(0, 0.8), Run(1, 0.6), Run(2, 0.9)]);
        Assert.Equal(["seed", "wall_seconds", "data_folder", "a.f1", "b.f1"], frame.Columns.Select(c => c.Name));
        Assert.Equal(3, frame.Rows.Count);

        var good = frame.Filter(frame["a.f1"].ElementwiseGreaterThan(0.7));
        Assert.Equal([0, 2], good["seed"].Cast<int>().ToArray());

        using var csv = new MemoryStream();
        DataFrame.SaveCsv(frame, csv);
        Assert.StartsWith("seed,wall_seconds,data_folder,a.f1,b.f1", System.Text.Encoding.UTF8.GetString(csv.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_PrefixKeepsOnlyThoseMetricsWithMeanAndSd()
    {
        var summary = SeedSummary.Of([Run(0, 0.8), Run(1, 0.6)]);
        var frame = RunFrames.Summary(summary, "a.");
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal("a.f1", frame["metric"][0]);
        Assert.Equal(0.7, (double)frame["mean"][0]!, 12);
        Assert.Equal(Math.Sqrt(0.02), (double)frame["sd"][0]!, 12);
    }

    [Fact]
    public void Epochs_AndComparison_CarryEveryField()
    {
        var epochs = RunFrames.Epochs(Run(0, 0.8).Epochs);
        Assert.Equal(["mednet", "mednet"], epochs["model"].Cast<string>());
        Assert.Equal([0.25, 0.125], epochs["loss"].Cast<double>());

        var table = new PaperComparisonTable("T", 0.02).AddRun("F1", 0.9, 0.95).AddNotRun("TP", 10, "no data");
        var frame = RunFrames.Comparison(table);
        Assert.Equal([true, false], frame["exceeds_tolerance"].Cast<bool>());
        Assert.True(double.IsNaN((double)frame["reproduced"][1]!));
        Assert.Equal("not run: no data", frame["note"][1]);
    }

    [Fact]
    public void DataFrameHtml_RendersHeaderRowsAndMoreRowsNote()
    {
        var html = DataFrameHtml.Render(RunFrames.Seeds([Run(0, 0.8), Run(1, double.NaN)]), maxRows: 1);
        Assert.Contains("<th>a.f1</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0.8</td>", html, StringComparison.Ordinal);
        Assert.Contains("… 1 more rows", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Explainability;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Models.Classification;
using MedNet.Signals.Datasets;
using MedNet.Tensors;

namespace MedNet.Experiments.Tests.Explainability;

public sealed class MsaExplanationTests
{
    /// <summary>Four windows of two leads, 100 samples at 100 Hz, R at 30 and 80; the first two train, the last two are held out.</summary>
    private static ExplainedWindows Synthetic()
    {
        const int n = 4, c = 2, l = 100;
        var random = new Random(5);
        var signals = new float[n * c * l];
        for (var i = 0; i < signals.Length; i++)
        {
            signals[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var peaks = Enumerable.Range(0, n).Select(_ => new[] { 30, 80 }).ToArray();
        return new ExplainedWindows(
            "synthetic", 100, ["II", "V1"], l, ["A", "B"], signals, [0, 1, 0, 1], peaks, ["s0", "s1", "s2", "s3"], [true, true, false, false],
            new MiWall[n], "fixed");
    }

    [Fact]
    public void PeaksFromQrsMask_CentresOfRuns_AndRunsCutByTheEdges()
    {
        var mask = new float[40];
        for (var t = 10; t <= 16; t++)
        {
            mask[t] = 1; // R = 13, half-width 3
        }

        for (var t = 0; t <= 2; t++)
        {
            mask[t] = 1; // run cut at the start: R = 2 − 3 = −1, dropped
        }

        for (var t = 35; t < 40; t++)
        {
            mask[t] = 1; // run cut at the end: R = 35 + 3 = 38
        }

        Assert.Equal([13, 38], ExplainedWindowSets.PeaksFromQrsMask(mask, 3));
    }

    [Fact]
    public void AddZone_AndOverlap_CountHighAttentionInsideTheZone()
    {
        var zone = new bool[20];
        MsaExplanation.AddZone([5], 1000, 20, -2, 3, zone); // 1 kHz: samples 3 … 7
        Assert.Equal([3, 4, 5, 6, 7], Enumerable.Range(0, 20).Where(t => zone[t]));

        var map = new float[20];
        map[4] = 1f;   // high, inside
        map[6] = 0.6f; // high, inside
        map[15] = 0.5f; // high (≥ 0.5), outside
        map[16] = 0.4f; // low
        var (overlap, chance) = MsaExplanation.Overlap(map, zone, 20, 0.5);
        Assert.Equal(2.0 / 3, overlap, 12);
        Assert.Equal(5.0 / 20, chance, 12);
    }

    [Fact]
    public void Windows_PriorsFollowTheRPeaks_AndSidesSplitTrainFromHeldOut()
    {
        var w = Synthetic();
        Assert.Equal([0, 1], w.Side(true));
        Assert.Equal([2, 3], w.Side(false));
        var priors = w.Priors([2]).ToArray(); // (1, 2, 100): QRS R ± 50 ms = ± 5 samples
        Assert.Equal(1f, priors[30]);
        Assert.Equal(0f, priors[40]);
        Assert.Equal(1f, priors[100 + 30 + 20]); // ST-T R + 100 … 300 ms
        Assert.Equal([2, 2], w.ClassCounts([0, 1, 2, 3]));
    }

    [Fact]
    public void Fit_GradCamMapsAndGates_HaveTheWindowShape_AndMapsAreMaxNormalised()
    {
        var w = Synthetic();
        var settings = MsaExplanationSettings.For(RunProfile.Smoke) with { Epochs = 1, Width = 4 };
        var model = MsaExplanation.Fit(w, SpatialAttentionKind.Guided, settings, 3);
        Assert.False(model.training);
        var maps = MsaExplanation.GradCamMaps(model, w, [2, 3]);
        Assert.Equal(2 * w.Length, maps.Length);
        Assert.All(maps, v => Assert.InRange(v, 0f, 1f));
        var gates = MsaExplanation.Gates(model, w, [2, 3]);
        Assert.Equal(2 * w.Length, gates.Length);
        Assert.InRange(MsaExplanation.Accuracy(model, w), 0, 1);
    }

    [Fact]
    public void Rows_TakeEveryPaperValueFromTheReportedResults()
    {
        var r = new MsaExplanationResult(
            ["QRS", "ST-T", "PR", "baseline"], [0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.15, 0.55], 8, 0, 0.7, 0.4, 5, 0.6, 0.45, 4, 0.5, 0.3, 0.32, 0.55, 0.3,
            ExplainedWindowSets.PtbXlLeads, Enumerable.Repeat(1.0 / 12, 12).ToArray(), 0.3, 0.35, 3, new Dictionary<string, double>(), []);
        var rows = MsaExplanation.Rows(r);
        Assert.Equal(ReportedResults.Get("MSA/S3.3/SHAP QRS/Share").Value, rows[0].PaperPercent);
        Assert.Equal(42, rows[0].PaperPercent);
        Assert.Equal(40, rows[0].ReproducedPercent, 9);
        Assert.Contains(rows, row => row.Quantity == "Lead V1 share" && row.PaperPercent == 14);
        Assert.Contains(rows, row => row.Quantity.StartsWith("Inferior MI", StringComparison.Ordinal) && row.PaperPercent == 41 && Math.Abs(row.ReproducedPercent - 35) < 1e-9);
        Assert.Equal(rows.Count, ExplanationFrames.Section33(rows).Rows.Count);
    }
}

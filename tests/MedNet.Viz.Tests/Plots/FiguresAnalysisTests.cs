using System.Text.Json;
using MedNet.Viz.Plots;
using static MedNet.Viz.Tests.Plots.FigureJson;

namespace MedNet.Viz.Tests.Plots;

public class FiguresAnalysisTests
{
    [Fact]
    public void AnomalyScore_MarksTruePositivesAndFalsePositivesAndShadesLabels()
    {
        double[] scores = [0.1, 0.9, 0.8, 0.1, 0.7, 0.1];
        bool[] labels = [false, true, true, true, false, false];

        var root = Parse(Figures.AnomalyScore(scores, 0.5, labels));

        var names = root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["anomaly score", "threshold = 0.5", "true positives (2)", "false positives (1)"], names);
        Assert.Equal([1.0, 2.0], Numbers(Trace(root, 2).GetProperty("x")));
        Assert.Equal([0.9, 0.8], Numbers(Trace(root, 2).GetProperty("y")));
        Assert.Equal("#2ca02c", Trace(root, 2).GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal([4.0], Numbers(Trace(root, 3).GetProperty("x")));
        Assert.Equal("x", Trace(root, 3).GetProperty("marker").GetProperty("symbol").GetString());
        var region = Assert.Single(Shapes(root));
        Assert.Equal(0.5, region.GetProperty("x0").GetDouble());
        Assert.Equal(3.5, region.GetProperty("x1").GetDouble());
        Assert.Equal("y domain", region.GetProperty("yref").GetString());
        Assert.Equal("Window index", AxisTitle(root, "xaxis"));
    }

    [Fact]
    public void AnomalyScore_LengthMismatch_ThrowsListingLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.AnomalyScore([1.0, 2], 0.5, [true]));

        Assert.Contains("scores 2, thresholds 2, labels 1", ex.Message);
    }

    [Fact]
    public void AnomalyScore_DynamicThreshold_DrawsThresholdSeries()
    {
        var root = Parse(Figures.AnomalyScore([0.1, 0.9], [0.5, 0.85], samplingRateHz: 2));

        Assert.Equal("threshold", root.GetProperty("data")[1].GetProperty("name").GetString());
        Assert.Equal("Time (s)", AxisTitle(root, "xaxis"));
        Assert.Equal("detections (1)", root.GetProperty("data")[2].GetProperty("name").GetString());
        Assert.Equal([0.5], Numbers(Trace(root, 2).GetProperty("x"))); // window 1 at 2 windows/s
    }

    [Fact]
    public void AnomalyScore_LongRecord_DecimatesTheScoreAndThinsMarkersWithNotes()
    {
        var scores = Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? 1.0 : 0.0).ToArray();

        var root = Parse(Figures.AnomalyScore(scores, 0.5, maxPoints: 1000));

        Assert.True(Trace(root, 0).GetProperty("y").GetArrayLength() <= 1000);
        Assert.True(Trace(root, 2).GetProperty("x").GetArrayLength() <= 1000);
        var note = Assert.Single(Notes(root));
        Assert.Contains("score displayed: ", note);
        Assert.Contains("detections: every 15th of 14,286 marked", note);
    }

    [Fact]
    public void TrainingCurve_LearningRate_OnLogAxisOnTheRight()
    {
        var root = Parse(Figures.TrainingCurve([1.0, 0.5], [1e-3, 1e-4]));

        var y2 = root.GetProperty("layout").GetProperty("yaxis2");
        Assert.Equal("log", y2.GetProperty("type").GetString());
        Assert.Equal("right", y2.GetProperty("side").GetString());
        Assert.Equal("y", y2.GetProperty("overlaying").GetString());
        Assert.Equal("y2", root.GetProperty("data")[1].GetProperty("yaxis").GetString());
        Assert.Equal("Epoch", AxisTitle(root, "xaxis"));
        Assert.Equal([1.0, 2.0], Numbers(Trace(root, 0).GetProperty("x")));
    }

    [Fact]
    public void TrainingCurve_OneEpoch_EveryCurveHasAMarker()
    {
        var root = Parse(Figures.TrainingCurve([0.7], [1e-3], [0.8]));

        Assert.All(root.GetProperty("data").EnumerateArray(), t => Assert.Equal("lines+markers", t.GetProperty("mode").GetString()));
        Assert.Equal([1.0], Numbers(Trace(root, 0).GetProperty("x")));
    }

    [Fact]
    public void RocCurve_WithoutAuc_ComputesTrapezoidInLegend()
    {
        var root = Parse(Figures.RocCurve(new RocSeries("model", [0, 0.5, 1], [0, 1, 1])));

        Assert.Equal("model (AUC = 0.7500, trapezoid)", root.GetProperty("data")[0].GetProperty("name").GetString());
        Assert.Equal("chance", root.GetProperty("data")[1].GetProperty("name").GetString());
        Assert.Equal([0.0, 1.0], Numbers(Layout(root).GetProperty("xaxis").GetProperty("range")));
        Assert.Equal("x", Layout(root).GetProperty("yaxis").GetProperty("scaleanchor").GetString());
    }

    [Fact]
    public void RocCurve_RateOutsideUnitInterval_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.RocCurve(new RocSeries("bad", [0, 2], [0, 1])));

        Assert.Contains("curve 'bad'", ex.Message);
    }

    [Fact]
    public void ConfusionMatrix_Normalised_ColoursByRowFractionAndShowsCounts()
    {
        var root = Parse(Figures.ConfusionMatrix(new long[,] { { 3, 1 }, { 0, 0 } }, ["N", "V"]));

        var trace = root.GetProperty("data")[0];
        Assert.Equal(0.75, trace.GetProperty("z")[0][0].GetDouble());
        Assert.True(trace.GetProperty("z")[1][0].ValueKind is JsonValueKind.Null or JsonValueKind.String, "an empty row has no fraction"); // plotly: gap
        Assert.Equal(1.0, trace.GetProperty("zmax").GetDouble());
        Assert.Equal("3<br>75.0 %", trace.GetProperty("text")[0][0].GetString());
        Assert.Equal("reversed", root.GetProperty("layout").GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("Predicted class", AxisTitle(root, "xaxis"));
    }

    [Fact]
    public void ConfusionMatrix_NotSquare_Throws()
    {
        Assert.Throws<ArgumentException>(() => Figures.ConfusionMatrix(new long[2, 3], ["a", "b"]));
    }

    [Fact]
    public void AttentionHeatmap_WritesRowsAndViridis()
    {
        var root = Parse(Figures.AttentionHeatmap(new double[,] { { 0.9, 0.1 }, { 0.2, 0.8 } }));

        var trace = root.GetProperty("data")[0];
        Assert.Equal(0.8, trace.GetProperty("z")[1][1].GetDouble());
        Assert.Equal("Viridis", trace.GetProperty("colorscale").GetString());
        Assert.Equal("Key position (time step)", AxisTitle(root, "xaxis"));
        Assert.Equal("reversed", Layout(root).GetProperty("yaxis").GetProperty("autorange").GetString());
    }

    [Fact]
    public void AttentionHeatmap_LabelCountMismatch_ThrowsNamingShapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.AttentionHeatmap(new double[2, 3], keyLabels: ["a", "b"]));

        Assert.Contains("(2, 3)", ex.Message);
        Assert.Contains("2 key labels", ex.Message);
    }

    [Fact]
    public void ImportanceOverlay_SignedUsesDivergingScaleCentredOnZero()
    {
        var signal = SyntheticEcg.Lead(720, 360);
        var importance = Enumerable.Range(0, 720).Select(i => Math.Sin(i / 50.0)).ToArray();

        var root = Parse(Figures.ImportanceOverlay(signal, importance, 360, "SHAP", signed: true, maxPoints: 100));

        var band = root.GetProperty("data")[0];
        Assert.Equal("heatmap", band.GetProperty("type").GetString());
        Assert.Equal(0.0, band.GetProperty("zmid").GetDouble());
        Assert.Equal(48, band.GetProperty("z")[0].GetArrayLength()); // 720 samples in cells of ceil(720/50) = 15
        Assert.Equal(-band.GetProperty("zmin").GetDouble(), band.GetProperty("zmax").GetDouble());
        Assert.Contains(Notes(root), n => n.EndsWith("importance: largest |value| of every 15 samples (48 cells)", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportanceOverlay_LengthMismatch_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.ImportanceOverlay(new double[10], new double[9], 360));

        Assert.Contains("10 samples and 9 importances", ex.Message);
    }

    [Fact]
    public void MetricCurves_OneTracePerModel_EmptySeriesNamed()
    {
        var root = Parse(Figures.MetricCurves("Validation accuracy (%)", ("full", [95.0, 98.7]), ("baseline", [93.0, 95.5])));

        Assert.Equal(2, root.GetProperty("data").GetArrayLength());
        Assert.Equal("Validation accuracy (%)", AxisTitle(root, "yaxis"));
        var ex = Assert.Throws<ArgumentException>(() => Figures.MetricCurves("acc (%)", ("full", [1.0]), ("ablation", [])));
        Assert.Contains("series 1 'ablation' has none", ex.Message);
    }

    [Fact]
    public void MetricCurves_OneEpoch_DrawsAMarkerNotAnInvisibleLine()
    {
        var shortRun = Parse(Figures.MetricCurves("Loss", ("smoke", [0.5])));
        var longRun = Parse(Figures.MetricCurves("Loss", ("paper", Enumerable.Range(1, 50).Select(e => 1.0 / e).ToArray())));

        Assert.Equal("lines+markers", shortRun.GetProperty("data")[0].GetProperty("mode").GetString());
        Assert.Equal("lines", longRun.GetProperty("data")[0].GetProperty("mode").GetString());
    }

    [Fact]
    public void MeanSdBars_ErrorBarsPerSeries_GroupedAndLengthChecked()
    {
        var root = Parse(Figures.MeanSdBars("F1 per variant", "F1", ["full", "no attention"],
            ("point-adjusted", [0.9, 0.8], [0.01, double.NaN]), ("raw", [0.5, 0.4], [0.02, 0.03])));

        Assert.Equal(["point-adjusted", "raw"], TraceNames(root));
        var error = Trace(root, 0).GetProperty("error_y");
        Assert.Equal("data", error.GetProperty("type").GetString());
        Assert.True(error.GetProperty("visible").GetBoolean());
        Assert.Equal(0.01, error.GetProperty("array")[0].GetDouble());
        Assert.Equal([0.02, 0.03], Numbers(Trace(root, 1).GetProperty("error_y").GetProperty("array")));
        Assert.Equal("group", Layout(root).GetProperty("barmode").GetString());
        Assert.Equal("F1", AxisTitle(root, "yaxis"));

        var ex = Assert.Throws<ArgumentException>(() => Figures.MeanSdBars("t", "F1", ["a", "b"], ("raw", [0.9, 0.8], [0.01])));
        Assert.Contains("series 'raw' to have 2 means and sds (one per category) but got 2 and 1", ex.Message);
    }

    [Fact]
    public void EfficiencyComparison_ThreePanelsWithUnits()
    {
        var root = Parse(Figures.EfficiencyComparison(["baseline", "ours"], [2.1, 0.9], [1.2, double.NaN], [12, 7]));

        Assert.Equal(["bar", "bar", "bar"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray());
        Assert.Equal("FLOPs (G)", AxisTitle(root, "yaxis2"));
        Assert.True(root.GetProperty("data")[1].GetProperty("y")[1].ValueKind is JsonValueKind.Null or JsonValueKind.String, "not measured: no bar");
        Assert.Equal(["x", "x2", "x3"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("xaxis").GetString()!).ToArray());
        Assert.True(Numbers(Layout(root).GetProperty("xaxis").GetProperty("domain"))[1] < Numbers(Layout(root).GetProperty("xaxis2").GetProperty("domain"))[0]);
    }

    [Fact]
    public void EfficiencyComparison_MissingValue_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.EfficiencyComparison(["a", "b"], [1, 2], [1], [1, 2]));

        Assert.Contains("2 models, 2 parameter counts, 1 FLOPs, 2 times", ex.Message);
    }
}

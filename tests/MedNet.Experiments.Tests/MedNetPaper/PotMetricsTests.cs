// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Metrics;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.Tests.MedNetPaper;

public class PotMetricsTests
{
    // The DetectionMetricsValuesTests example: TP 3, FN 1, FP 2, TN 5, every metric a different value.
    private static readonly bool[] Predicted = [true, true, true, false, true, true, false, false, false, false, false];
    private static readonly bool[] Actual = [true, true, true, true, false, false, false, false, false, false, false];
    private static readonly double[] Scores = [0.9, 0.8, 0.6, 0.2, 0.7, 0.5, 0.4, 0.3, 0.1, 0.05, 0.01];

    [Fact]
    public void Values_NamesAndScopesMatchPotMetricsKeys()
    {
        // PotMetrics writes "<view>.<adjusted|raw>.<metric>" from the typed rows: every row is found there under the same
        // scope and name, with the same value, and nothing else is written for that view.
        var adjusted = DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: true);
        var raw = DetectionMetrics.Compute([false, true, true, false, true, false, false, false, false, false, false], Actual, Scores, 0.45, pointAdjusted: false);
        var channel = new PotResult(0.45, 0.99, 0, adjusted, raw, Predicted);
        var average = new ChannelAverage(0.5, 0.25, 0.75, 3, 5, 2, 1, null, 0.9, 0.45);
        var metrics = new Dictionary<string, double>();
        PotMetrics.Add(metrics, new MultichannelPotResult([channel], average, average, channel), ["ECG1"]);

        foreach (var m in new[] { adjusted, raw })
        {
            var listed = 0;
            foreach (var row in m.Values())
            {
                var key = $"{PotMetrics.Combined}.{row.Scope}.{row.Metric}";
                Assert.True(metrics.ContainsKey(key), $"PotMetrics has no {key}");
                Assert.Equal(metrics[key], row.Value);
                listed++;
            }

            var scope = m.PointAdjusted ? PotMetrics.Adjusted : PotMetrics.Raw;
            Assert.Equal(metrics.Keys.Count(k => k.StartsWith($"{PotMetrics.Combined}.{scope}.", StringComparison.Ordinal)), listed);
        }
    }

    [Fact]
    public void Add_ChannelAverage_WritesItsRowsUnderAdjustedAndRaw()
    {
        var adjusted = DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: true);
        var channel = new PotResult(0.45, 0.99, 0, adjusted, adjusted with { PointAdjusted = false }, Predicted);
        var averageAdjusted = new ChannelAverage(0.5, 0.25, 0.75, 3, 5, 2, 1, null, 0.9, 0.45);
        var averageRaw = averageAdjusted with { F1 = 0.4, PointAdjusted = false };
        var metrics = new Dictionary<string, double>();
        PotMetrics.Add(metrics, new MultichannelPotResult([channel], averageAdjusted, averageRaw, channel), ["ECG1"]);

        Assert.Equal(0.5, metrics["channel_average.adjusted.f1"]);
        Assert.Equal(0.4, metrics["channel_average.raw.f1"]);
        Assert.True(double.IsNaN(metrics["channel_average.adjusted.roc_auc"]));
        Assert.Equal(0.9, metrics["channel_average.adjusted.score_roc_auc"]);
        Assert.Equal(averageAdjusted.Values().Count, metrics.Keys.Count(k => k.StartsWith("channel_average.adjusted.", StringComparison.Ordinal)));
        Assert.True(metrics.ContainsKey("ecg1.adjusted.specificity"));
    }
}

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
        // PotMetrics writes "<view>.<adjusted|raw>.<metric>"; every row but specificity (which PotMetrics does not print)
        // must be found there under the same scope and name, with the same value.
        var adjusted = DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: true);
        var raw = DetectionMetrics.Compute([false, true, true, false, true, false, false, false, false, false, false], Actual, Scores, 0.45, pointAdjusted: false);
        var channel = new PotResult(0.45, 0.99, 0, adjusted, raw, Predicted);
        var average = new ChannelAverage(0, 0, 0, 0, 0, 0, 0, null, null, 0);
        var metrics = new Dictionary<string, double>();
        PotMetrics.Add(metrics, new MultichannelPotResult([channel], average, average, channel), ["ECG1"]);

        foreach (var m in new[] { adjusted, raw })
        {
            var listed = 0;
            foreach (var row in m.Values())
            {
                if (row.Metric == MetricName.Specificity)
                {
                    continue;
                }

                var key = $"{PotMetrics.Combined}.{row.Scope}.{row.Metric}";
                Assert.True(metrics.ContainsKey(key), $"PotMetrics has no {key}");
                Assert.Equal(metrics[key], row.Value);
                listed++;
            }

            var scope = m.PointAdjusted ? PotMetrics.Adjusted : PotMetrics.Raw;
            Assert.Equal(metrics.Keys.Count(k => k.StartsWith($"{PotMetrics.Combined}.{scope}.", StringComparison.Ordinal)), listed);
        }
    }
}

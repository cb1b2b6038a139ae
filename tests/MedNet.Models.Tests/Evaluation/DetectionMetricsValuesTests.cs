// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Evaluation;

namespace MedNet.Models.Tests.Evaluation;

public class DetectionMetricsValuesTests
{
    // TP = 3 (0–2), FN = 1 (3), FP = 2 (4, 5), TN = 5 (6–10): every metric has a different value, so a swapped row fails.
    // precision 3/5, recall 3/4, specificity 5/7, F1 = 2·3 / (2·3 + 2 + 1) = 2/3, roc_auc = (3/4 + 5/7) / 2 = 41/56;
    // score_roc_auc: positives 0.9, 0.8, 0.6, 0.2 beat 7 + 7 + 6 + 3 of the 4 × 7 negatives = 23/28.
    private static readonly bool[] Predicted = [true, true, true, false, true, true, false, false, false, false, false];
    private static readonly bool[] Actual = [true, true, true, true, false, false, false, false, false, false, false];
    private static readonly double[] Scores = [0.9, 0.8, 0.6, 0.2, 0.7, 0.5, 0.4, 0.3, 0.1, 0.05, 0.01];

    [Fact]
    public void Values_ListsTheSameNumbersAsTheProperties()
    {
        var m = DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: true);
        var rows = m.Values();
        Assert.All(rows, r => Assert.Equal(MetricScope.Adjusted, r.Scope));
        Assert.Equal(
            ["f1", "precision", "recall", "specificity", "tp", "tn", "fp", "fn", "roc_auc", "score_roc_auc", "threshold"],
            rows.Select(r => r.Metric));
        Assert.Equal(m.F1, Get(rows, "f1"));
        Assert.Equal(m.Precision, Get(rows, "precision"));
        Assert.Equal(m.Recall, Get(rows, "recall"));
        Assert.Equal(m.Counts.Specificity, Get(rows, "specificity"));
        Assert.Equal(m.Counts.TruePositives, Get(rows, "tp"));
        Assert.Equal(m.Counts.TrueNegatives, Get(rows, "tn"));
        Assert.Equal(m.Counts.FalsePositives, Get(rows, "fp"));
        Assert.Equal(m.Counts.FalseNegatives, Get(rows, "fn"));
        Assert.Equal(m.BinaryRocAuc!.Value, Get(rows, "roc_auc"));
        Assert.Equal(m.ScoreRocAuc!.Value, Get(rows, "score_roc_auc"));
        Assert.Equal(m.Threshold, Get(rows, "threshold"));

        // And the hand-computed numbers, so that a wrong property cannot hide behind a matching row.
        double[] expected = [2.0 / 3, 3.0 / 5, 3.0 / 4, 5.0 / 7, 3, 5, 2, 1, 41.0 / 56, 23.0 / 28, 0.45];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - rows[i].Value) < 1e-12, $"{rows[i].Metric}: expected {expected[i]} but got {rows[i].Value}");
        }
    }

    [Fact]
    public void Values_NotPointAdjusted_ScopeIsRaw()
    {
        var m = DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: false);
        Assert.All(m.Values(), r => Assert.Equal(MetricScope.Raw, r.Scope));
    }

    [Fact]
    public void Values_UndefinedRocAuc_IsNaN()
    {
        var m = DetectionMetrics.Compute([true, false], [true, true], [0.9, 0.1], 0.5, pointAdjusted: false);
        Assert.True(double.IsNaN(Get(m.Values(), "roc_auc")));
        Assert.True(double.IsNaN(Get(m.Values(), "score_roc_auc")));
    }

    [Fact]
    public void DetectionAndClassification_ShareOneShape()
    {
        IMetricSet[] sets =
        [
            DetectionMetrics.Compute(Predicted, Actual, Scores, 0.45, pointAdjusted: true),
            ClassificationMetrics.Compute([0, 1, 1], [0, 1, 0], ["normal", "AF"]),
        ];
        var rows = sets.SelectMany(s => s.Values()).ToList();
        Assert.Contains(rows, r => r is { Metric: "f1", Scope: "adjusted" });
        Assert.Contains(rows, r => r is { Metric: "f1", Scope: "AF" });
        Assert.All(rows, r => Assert.Equal(r.Metric.ToLowerInvariant(), r.Metric));
    }

    private static double Get(IReadOnlyList<MetricValue> rows, string metric) => rows.Single(r => r.Metric == metric).Value;
}

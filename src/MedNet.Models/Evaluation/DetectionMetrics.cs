// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>Point-wise anomaly-detection metrics at one threshold, as the papers' tables report them.</summary>
/// <param name="Counts">TP, TN, FP, FN.</param>
/// <param name="Threshold">The score threshold used (score &gt; threshold ⇒ anomalous).</param>
/// <param name="PointAdjusted">Whether DTAAD's point adjustment was applied before counting.</param>
/// <param name="BinaryRocAuc">ROC-AUC of the binary predictions, (TPR + TNR) / 2, as DTAAD's <c>pot_eval</c> reports it;
/// <see langword="null"/> when only one class is labelled.</param>
/// <param name="ScoreRocAuc">ROC-AUC of the continuous scores (threshold-free); <see langword="null"/> when only one class is labelled.</param>
public sealed record DetectionMetrics(ConfusionCounts Counts, double Threshold, bool PointAdjusted, double? BinaryRocAuc, double? ScoreRocAuc)
    : IMetricSet
{
    /// <summary>F1 score.</summary>
    public double F1 => Counts.F1;

    /// <summary>Precision.</summary>
    public double Precision => Counts.Precision;

    /// <summary>Recall.</summary>
    public double Recall => Counts.Recall;

    /// <summary>Computes the metrics of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    /// <param name="predicted">Binary predictions, one per point.</param>
    /// <param name="actual">True labels.</param>
    /// <param name="scores">The continuous scores behind the predictions, for the score ROC-AUC.</param>
    /// <param name="threshold">The threshold that produced the raw predictions.</param>
    /// <param name="pointAdjusted">Whether <paramref name="predicted"/> is point-adjusted.</param>
    /// <returns>The metrics.</returns>
    public static DetectionMetrics Compute(ReadOnlySpan<bool> predicted, ReadOnlySpan<bool> actual, ReadOnlySpan<double> scores, double threshold, bool pointAdjusted) =>
        new(ConfusionCounts.From(predicted, actual), threshold, pointAdjusted,
            RocCurve.BinaryAuc(predicted, actual), RocCurve.Compute(scores, actual)?.Auc);

    /// <summary>
    /// Lists the metrics under the scope <c>adjusted</c> (when <see cref="PointAdjusted"/>) or <c>raw</c>, with the names
    /// <c>PotMetrics</c> prints: f1, precision, recall, specificity, tp, tn, fp, fn, roc_auc (<see cref="BinaryRocAuc"/>),
    /// score_roc_auc (<see cref="ScoreRocAuc"/>) and threshold.
    /// </summary>
    /// <returns>11 rows; an undefined ROC-AUC is NaN, as in <c>PotMetrics</c>.</returns>
    public IReadOnlyList<MetricValue> Values()
    {
        var scope = PointAdjusted ? MetricScope.Adjusted : MetricScope.Raw;
        return
        [
            new(MetricName.F1, scope, F1),
            new(MetricName.Precision, scope, Precision),
            new(MetricName.Recall, scope, Recall),
            new(MetricName.Specificity, scope, Counts.Specificity),
            new(MetricName.TruePositives, scope, Counts.TruePositives),
            new(MetricName.TrueNegatives, scope, Counts.TrueNegatives),
            new(MetricName.FalsePositives, scope, Counts.FalsePositives),
            new(MetricName.FalseNegatives, scope, Counts.FalseNegatives),
            new(MetricName.RocAuc, scope, BinaryRocAuc ?? double.NaN),
            new(MetricName.ScoreRocAuc, scope, ScoreRocAuc ?? double.NaN),
            new(MetricName.Threshold, scope, Threshold),
        ];
    }
}

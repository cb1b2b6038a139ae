// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>Metrics averaged over channels, as [MEDNET] §5.2 reports MBA (counts are means, not sums).</summary>
/// <param name="F1">Mean F1 over channels.</param>
/// <param name="Precision">Mean precision.</param>
/// <param name="Recall">Mean recall.</param>
/// <param name="TruePositives">Mean TP count (may be fractional).</param>
/// <param name="TrueNegatives">Mean TN count.</param>
/// <param name="FalsePositives">Mean FP count.</param>
/// <param name="FalseNegatives">Mean FN count.</param>
/// <param name="BinaryRocAuc">Mean of DTAAD's binary ROC-AUC over the channels where it is defined, or null.</param>
/// <param name="ScoreRocAuc">Mean score-based ROC-AUC over the channels where it is defined, or null.</param>
/// <param name="Threshold">Mean threshold.</param>
/// <param name="PointAdjusted">Whether the averaged metrics were point-adjusted. Default: true.</param>
/// <remarks>Source: [MEDNET] §5.2 and Tables 3–4 ("Averaged across channels"). Differs: D-MN-04.</remarks>
public sealed record ChannelAverage(
    double F1, double Precision, double Recall,
    double TruePositives, double TrueNegatives, double FalsePositives, double FalseNegatives,
    double? BinaryRocAuc, double? ScoreRocAuc, double Threshold, bool PointAdjusted = true) : IMetricSet
{
    /// <summary>The averages as rows with the names and scope of <see cref="DetectionMetrics.Values"/>; no specificity row, because
    /// the mean of per-channel specificities is not recoverable from mean counts.</summary>
    /// <returns>f1, precision, recall, tp, tn, fp, fn, roc_auc, score_roc_auc, threshold; undefined ROC-AUCs as NaN.</returns>
    public IReadOnlyList<MetricValue> Values()
    {
        var scope = PointAdjusted ? MetricScope.Adjusted : MetricScope.Raw;
        return
        [
            new(MetricName.F1, scope, F1),
            new(MetricName.Precision, scope, Precision),
            new(MetricName.Recall, scope, Recall),
            new(MetricName.TruePositives, scope, TruePositives),
            new(MetricName.TrueNegatives, scope, TrueNegatives),
            new(MetricName.FalsePositives, scope, FalsePositives),
            new(MetricName.FalseNegatives, scope, FalseNegatives),
            new(MetricName.RocAuc, scope, BinaryRocAuc ?? double.NaN),
            new(MetricName.ScoreRocAuc, scope, ScoreRocAuc ?? double.NaN),
            new(MetricName.Threshold, scope, Threshold),
        ];
    }
}

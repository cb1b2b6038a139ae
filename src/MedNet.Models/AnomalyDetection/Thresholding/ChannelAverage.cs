// SPDX-License-Identifier: MIT
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
/// <remarks>Source: [MEDNET] §5.2 and Tables 3–4 ("Averaged across channels"). Differs: D-MN-04.</remarks>
public sealed record ChannelAverage(
    double F1, double Precision, double Recall,
    double TruePositives, double TrueNegatives, double FalsePositives, double FalseNegatives,
    double? BinaryRocAuc, double? ScoreRocAuc, double Threshold);

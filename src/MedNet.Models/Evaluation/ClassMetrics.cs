// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>One-vs-rest metrics of one class of a multi-class classifier.</summary>
/// <param name="Class">The class name.</param>
/// <param name="Counts">One-vs-rest counts: this class is positive, every other class negative
/// (<see cref="ConfusionMatrix.OneVsRest"/>).</param>
/// <param name="Auroc">One-vs-rest AUROC of this class's score column; <see langword="null"/> when no scores were given
/// or when the class is absent or the only class present (the AUROC is undefined).</param>
/// <remarks>
/// Source: [MSA] §3.1 A (per-class sensitivity, specificity and F1 of the AAMI classes); sensitivity and positive
/// predictivity per class as [AAMI-EC57] reports them. Ratios with a zero denominator are 0, as in
/// <see cref="ConfusionCounts"/>.
/// </remarks>
public sealed record ClassMetrics(string Class, ConfusionCounts Counts, double? Auroc)
{
    /// <summary>Number of samples of this class, TP + FN.</summary>
    public long Support => Counts.TruePositives + Counts.FalseNegatives;

    /// <summary>Sensitivity (recall) TP / (TP + FN); 0 when the class has no samples.</summary>
    public double Sensitivity => Counts.Recall;

    /// <summary>Specificity TN / (TN + FP); 0 when every sample is of this class.</summary>
    public double Specificity => Counts.Specificity;

    /// <summary>Precision (positive predictive value, +P) TP / (TP + FP); 0 when nothing is predicted as this class.</summary>
    public double Precision => Counts.Precision;

    /// <summary>F1 = 2PR / (P + R); 0 when P + R = 0.</summary>
    public double F1 => Counts.F1;
}

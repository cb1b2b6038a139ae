// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>Counts of a binary confusion matrix (anomaly = positive).</summary>
/// <param name="TruePositives">Predicted anomalous and labelled anomalous.</param>
/// <param name="TrueNegatives">Predicted normal and labelled normal.</param>
/// <param name="FalsePositives">Predicted anomalous but labelled normal.</param>
/// <param name="FalseNegatives">Predicted normal but labelled anomalous.</param>
public readonly record struct ConfusionCounts(long TruePositives, long TrueNegatives, long FalsePositives, long FalseNegatives)
{
    /// <summary>Total number of points.</summary>
    public long Total => TruePositives + TrueNegatives + FalsePositives + FalseNegatives;

    /// <summary>Precision TP / (TP + FP); 0 when nothing was predicted anomalous.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Recall (sensitivity) TP / (TP + FN); 0 when nothing is labelled anomalous.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Specificity TN / (TN + FP); 0 when nothing is labelled normal.</summary>
    public double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    /// <summary>F1 = 2PR / (P + R); 0 when P + R = 0.</summary>
    /// <remarks>
    /// DTAAD's <c>calc_point2point</c> adds 1e-5 to each denominator; that changes reported values by less than
    /// 1e-5 for the counts in the papers' tables, so the kit uses the exact formulas.
    /// </remarks>
    public double F1
    {
        get
        {
            var p = Precision;
            var r = Recall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /// <summary>Counts the confusion matrix of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    /// <param name="predicted">Predicted labels, one per point.</param>
    /// <param name="actual">True labels, same length.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static ConfusionCounts From(ReadOnlySpan<bool> predicted, ReadOnlySpan<bool> actual)
    {
        if (predicted.Length != actual.Length)
        {
            throw new ArgumentException(
                $"ConfusionCounts: expected predictions and labels of equal length but got {predicted.Length} and {actual.Length}.",
                nameof(predicted));
        }

        long tp = 0, tn = 0, fp = 0, fn = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            if (predicted[i])
            {
                if (actual[i])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }
            }
            else if (actual[i])
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionCounts(tp, tn, fp, fn);
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

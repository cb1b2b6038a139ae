// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>A receiver operating characteristic curve and its area, computed from continuous scores.</summary>
/// <param name="FalsePositiveRates">FPR at each distinct threshold, from (0) to (1), non-decreasing.</param>
/// <param name="TruePositiveRates">TPR at the same thresholds.</param>
/// <param name="Thresholds">The score thresholds (a point is positive when score ≥ threshold); the first is +∞.</param>
/// <param name="Auc">Area under the curve (trapezoidal rule; ties between scores count one half).</param>
public sealed record RocCurve(double[] FalsePositiveRates, double[] TruePositiveRates, double[] Thresholds, double Auc)
{
    /// <summary>Builds the ROC curve of <paramref name="scores"/> against <paramref name="actual"/>.</summary>
    /// <param name="scores">Anomaly scores (higher = more anomalous); must be finite.</param>
    /// <param name="actual">True labels, same length; both classes must be present.</param>
    /// <returns>The curve, or <see langword="null"/> when only one class is present (the AUC is undefined).</returns>
    /// <exception cref="ArgumentException">Lengths differ or a score is NaN/infinite (the message gives the index).</exception>
    /// <remarks>Equals scikit-learn's <c>roc_curve</c> (without dropping collinear points) and <c>roc_auc_score</c>.</remarks>
    public static RocCurve? Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> actual)
    {
        if (scores.Length != actual.Length)
        {
            throw new ArgumentException(
                $"RocCurve: expected scores and labels of equal length but got {scores.Length} and {actual.Length}.", nameof(scores));
        }

        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        long positives = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                throw new ArgumentException($"RocCurve: expected finite scores but score[{i}] = {scores[i]}.", nameof(scores));
            }

            order[i] = i;
            keys[i] = -scores[i];
            if (actual[i])
            {
                positives++;
            }
        }

        long negatives = scores.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        Array.Sort(keys, order);
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        var thr = new List<double> { double.PositiveInfinity };
        long tp = 0, fp = 0;
        double auc = 0;
        for (var k = 0; k < order.Length;)
        {
            var score = -keys[k];
            long dtp = 0, dfp = 0;
            while (k < order.Length && -keys[k] == score)
            {
                if (actual[order[k]])
                {
                    dtp++;
                }
                else
                {
                    dfp++;
                }

                k++;
            }

            // Trapezoid between the previous point and this one: ties contribute one half.
            auc += dfp * (tp + (dtp / 2.0));
            tp += dtp;
            fp += dfp;
            fpr.Add((double)fp / negatives);
            tpr.Add((double)tp / positives);
            thr.Add(score);
        }

        return new RocCurve([.. fpr], [.. tpr], [.. thr], auc / ((double)positives * negatives));
    }

    /// <summary>
    /// The AUC that DTAAD's <c>calc_point2point</c> reports: scikit-learn's <c>roc_auc_score</c> applied to binary
    /// predictions, i.e. (TPR + TNR) / 2. It is not the ROC-AUC of the scores.
    /// </summary>
    /// <param name="predicted">Binary predictions (after point adjustment in DTAAD's <c>pot_eval</c>).</param>
    /// <param name="actual">True labels, same length.</param>
    /// <returns>The binary AUC, or <see langword="null"/> when only one class is labelled (DTAAD then reports 0).</returns>
    /// <remarks>Source: [DTAAD] <c>src/pot.py</c> <c>calc_point2point</c>.</remarks>
    public static double? BinaryAuc(ReadOnlySpan<bool> predicted, ReadOnlySpan<bool> actual)
    {
        var c = ConfusionCounts.From(predicted, actual);
        if (c.TruePositives + c.FalseNegatives == 0 || c.TrueNegatives + c.FalsePositives == 0)
        {
            return null;
        }

        return (c.Recall + c.Specificity) / 2;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>
/// The alternatives to POT: a fixed threshold, a quantile of the calibration (training) scores, or the threshold that
/// maximises F1 on a labelled validation series; each scored with and without DTAAD's point adjustment.
/// </summary>
/// <remarks>
/// Source: TranAD/DTAAD evaluate only with POT; a fixed or validation-chosen threshold is the usual comparison (e.g. the
/// "best-F1" threshold of Xu et al., WWW 2018, which is optimistic when chosen on the test labels — choose it on a
/// validation series). Labels &gt; 0.1 are anomalous, as <see cref="PeaksOverThreshold"/> reads them.
/// </remarks>
public static class FixedThreshold
{
    /// <summary>Scores <paramref name="score"/> &gt; <paramref name="threshold"/> against the labels.</summary>
    /// <param name="score">Test scores, one per point, finite.</param>
    /// <param name="labels">Point labels, same length, finite.</param>
    /// <param name="threshold">The threshold (finite).</param>
    /// <returns>A result shaped like POT's (level and retries 0), adjusted and raw metrics.</returns>
    /// <exception cref="ArgumentException">Lengths differ, no scores, or a non-finite score, label or threshold (the message names the index).</exception>
    public static PotResult Evaluate(ReadOnlySpan<double> score, ReadOnlySpan<double> labels, double threshold)
    {
        Check(score, labels, nameof(Evaluate));
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentException($"FixedThreshold.Evaluate: expected a finite threshold but got {threshold}.", nameof(threshold));
        }

        var actual = new bool[labels.Length];
        var raw = new bool[score.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            actual[i] = labels[i] > 0.1;
            raw[i] = score[i] > threshold;
        }

        var (adjusted, _) = PointAdjustment.Adjust(raw, actual);
        return new PotResult(
            threshold, 0, 0,
            DetectionMetrics.Compute(adjusted, actual, score, threshold, pointAdjusted: true),
            DetectionMetrics.Compute(raw, actual, score, threshold, pointAdjusted: false),
            adjusted);
    }

    /// <summary>The <paramref name="quantile"/> of the calibration scores (linear interpolation, as numpy's default).</summary>
    /// <param name="calibration">Calibration scores, e.g. the training scores of the channel; at least one, finite.</param>
    /// <param name="quantile">In [0, 1], e.g. 0.99.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentException">No scores, a non-finite score, or a quantile outside [0, 1].</exception>
    public static double FromQuantile(ReadOnlySpan<double> calibration, double quantile)
    {
        if (calibration.IsEmpty)
        {
            throw new ArgumentException("FixedThreshold.FromQuantile: expected at least one calibration score but got none.", nameof(calibration));
        }

        if (!(quantile >= 0 && quantile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "FixedThreshold.FromQuantile: expected a quantile in [0, 1].");
        }

        var sorted = calibration.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]))
            {
                throw new ArgumentException($"FixedThreshold.FromQuantile: expected finite scores but calibration[{i}] = {sorted[i]}.", nameof(calibration));
            }
        }

        Array.Sort(sorted);
        var position = quantile * (sorted.Length - 1);
        var lo = (int)Math.Floor(position);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((position - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The threshold, just below one of the validation scores, that maximises F1 on the validation series.</summary>
    /// <param name="score">Validation scores, finite.</param>
    /// <param name="labels">Validation labels, same length.</param>
    /// <param name="pointAdjusted">Maximise the point-adjusted F1 (DTAAD's protocol) instead of the raw F1.</param>
    /// <returns>The threshold (a prediction is score &gt; threshold) and the F1 it reaches on the validation series; ties go to the lowest threshold.</returns>
    /// <exception cref="ArgumentException">As <see cref="Evaluate"/>, or no anomalous validation label (F1 is then undefined).</exception>
    /// <remarks>Raw F1 is found in O(n log n) by one sweep over the sorted scores; point-adjusted F1 evaluates each candidate (O(n) each), so it subsamples to at most 512 candidate quantiles.</remarks>
    public static (double Threshold, double F1) BestF1(ReadOnlySpan<double> score, ReadOnlySpan<double> labels, bool pointAdjusted = false)
    {
        Check(score, labels, nameof(BestF1));
        var positives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            positives += labels[i] > 0.1 ? 1 : 0;
        }

        if (positives == 0)
        {
            throw new ArgumentException("FixedThreshold.BestF1: expected at least one anomalous validation label but got none; F1 is undefined.", nameof(labels));
        }

        return pointAdjusted ? BestAdjusted(score, labels) : BestRaw(score, labels, positives);
    }

    private static (double, double) BestRaw(ReadOnlySpan<double> score, ReadOnlySpan<double> labels, int positives)
    {
        var order = new int[score.Length];
        var keys = score.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        // Sweep thresholds from high to low: predicting score > keys[k-1] flags every point above it.
        double bestF1 = 0, bestThreshold = keys[^1];
        long tp = 0, fp = 0;
        for (var k = keys.Length - 1; k >= 0; k--)
        {
            if (labels[order[k]] > 0.1)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k > 0 && keys[k - 1] == keys[k])
            {
                continue; // equal scores share one threshold
            }

            var threshold = k > 0 ? keys[k - 1] : keys[0] - 1;
            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (positives - tp));
            if (f1 >= bestF1)
            {
                bestF1 = f1;
                bestThreshold = threshold;
            }
        }

        return (bestThreshold, bestF1);
    }

    private static (double, double) BestAdjusted(ReadOnlySpan<double> score, ReadOnlySpan<double> labels)
    {
        const int MaxCandidates = 512;
        var sorted = score.ToArray();
        Array.Sort(sorted);
        double bestF1 = -1, bestThreshold = sorted[^1];
        var steps = Math.Min(MaxCandidates, sorted.Length);
        for (var s = steps - 1; s >= 0; s--)
        {
            var index = (int)((long)s * (sorted.Length - 1) / Math.Max(1, steps - 1));
            var threshold = index > 0 ? sorted[index - 1] : sorted[0] - 1;
            var f1 = Evaluate(score, labels, threshold).Adjusted.F1;
            if (f1 >= bestF1)
            {
                bestF1 = f1;
                bestThreshold = threshold;
            }
        }

        return (bestThreshold, bestF1);
    }

    private static void Check(ReadOnlySpan<double> score, ReadOnlySpan<double> labels, string method)
    {
        if (score.Length != labels.Length)
        {
            throw new ArgumentException($"FixedThreshold.{method}: expected one label per score but got {score.Length} scores and {labels.Length} labels.", nameof(labels));
        }

        if (score.IsEmpty)
        {
            throw new ArgumentException($"FixedThreshold.{method}: expected at least one score but got none.", nameof(score));
        }

        for (var i = 0; i < score.Length; i++)
        {
            if (!double.IsFinite(score[i]) || !double.IsFinite(labels[i]))
            {
                throw new ArgumentException($"FixedThreshold.{method}: expected finite scores and labels but index {i} has score {score[i]}, label {labels[i]}.", nameof(score));
            }
        }
    }
}

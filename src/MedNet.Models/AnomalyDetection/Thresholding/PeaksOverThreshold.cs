// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>
/// DTAAD's threshold selection and scoring (<c>pot_eval</c>): SPOT calibrated on training scores, run without
/// refitting on test scores, threshold = mean of SPOT's thresholds × lm[1], then point-adjusted metrics.
/// </summary>
/// <remarks>
/// Source: [DTAAD] <c>src/pot.py</c> <c>pot_eval</c>; [SPOT]. Labels count as anomalous when &gt; 0.1, as the
/// reference does. The initial level is lowered ×0.999 until SPOT initialises (at most
/// <see cref="MaxRetries"/> times, then a clear error instead of the reference's endless loop).
/// </remarks>
public static class PeaksOverThreshold
{
    /// <summary>Upper bound on level retries (0.999^20000 ≈ 2e-9, far below any usable level).</summary>
    public const int MaxRetries = 20_000;

    /// <summary>Chooses a threshold for <paramref name="score"/> and scores it against <paramref name="labels"/>.</summary>
    /// <param name="initScore">Calibration scores (DTAAD: the training-set scores of the same channel).</param>
    /// <param name="score">Test scores, one per point.</param>
    /// <param name="labels">Point labels, same length as <paramref name="score"/>; &gt; 0.1 means anomalous.</param>
    /// <param name="parameters">q, initial level and scale; e.g. <see cref="PotParameters.Mba"/>.</param>
    /// <returns>Threshold, level used, adjusted and raw metrics.</returns>
    /// <exception cref="ArgumentException">Lengths differ, no calibration or test scores, or a score or label is not finite (the message names the index).</exception>
    /// <exception cref="InvalidOperationException">SPOT never initialises (e.g. a constant calibration series).</exception>
    public static PotResult Evaluate(ReadOnlySpan<double> initScore, ReadOnlySpan<double> score, ReadOnlySpan<double> labels, PotParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (score.Length != labels.Length)
        {
            throw new ArgumentException(
                $"PeaksOverThreshold.Evaluate: expected one label per test score but got {score.Length} scores and {labels.Length} labels.",
                nameof(labels));
        }

        if (score.IsEmpty)
        {
            throw new ArgumentException("PeaksOverThreshold.Evaluate: expected at least one test score but got none.", nameof(score));
        }

        if (initScore.IsEmpty)
        {
            throw new ArgumentException("PeaksOverThreshold.Evaluate: expected at least one calibration score but got none.", nameof(initScore));
        }

        for (var i = 0; i < score.Length; i++)
        {
            if (!double.IsFinite(score[i]))
            {
                throw new ArgumentException($"PeaksOverThreshold.Evaluate: expected finite test scores but score[{i}] = {score[i]}.", nameof(score));
            }

            if (!double.IsFinite(labels[i]))
            {
                throw new ArgumentException($"PeaksOverThreshold.Evaluate: expected finite labels but labels[{i}] = {labels[i]}; NaN would silently count as normal.", nameof(labels));
            }
        }

        var level = parameters.InitialLevel;
        var retries = 0;
        Spot spot;
        while (true)
        {
            spot = new Spot(parameters.Q);
            if (spot.Initialize(initScore, level))
            {
                break;
            }

            if (++retries > MaxRetries)
            {
                throw new InvalidOperationException(
                    $"PeaksOverThreshold.Evaluate: SPOT did not initialise from level {parameters.InitialLevel} down to {level}: " +
                    "no calibration score exceeds the initial threshold (is the training score constant?).");
            }

            level *= 0.999;
        }

        var (thresholds, _) = spot.Run(score, dynamic: false);
        double sum = 0;
        foreach (var t in thresholds)
        {
            sum += t;
        }

        var threshold = sum / thresholds.Length * parameters.ThresholdScale;
        var actual = new bool[labels.Length];
        var raw = new bool[score.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            actual[i] = labels[i] > 0.1;
            raw[i] = score[i] > threshold;
        }

        var (adjusted, _) = PointAdjustment.Adjust(raw, actual);
        return new PotResult(
            threshold,
            level,
            retries,
            DetectionMetrics.Compute(adjusted, actual, score, threshold, pointAdjusted: true),
            DetectionMetrics.Compute(raw, actual, score, threshold, pointAdjusted: false),
            adjusted);
    }
}

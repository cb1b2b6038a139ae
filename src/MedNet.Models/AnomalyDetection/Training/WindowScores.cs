// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Training;

/// <summary>Copies one batch of per-window, per-channel errors into a run's score array, refusing non-finite values.</summary>
internal static class WindowScores
{
    /// <summary>Writes <paramref name="errors"/> (b, C) row-major into <paramref name="scores"/> from window <paramref name="start"/>.</summary>
    /// <param name="errors">The batch's errors, (b, C) row-major.</param>
    /// <param name="scores">All scores, (N, C) row-major.</param>
    /// <param name="start">Index of the batch's first window.</param>
    /// <param name="channels">C.</param>
    /// <param name="owner">The scoring method, named in the error, e.g. <c>CaeTrainer.Score</c>.</param>
    /// <exception cref="InvalidOperationException">An error is NaN or ∞; the message names the window and channel.</exception>
    public static void CopyFinite(ReadOnlySpan<float> errors, double[] scores, long start, long channels, string owner)
    {
        for (var i = 0; i < errors.Length; i++)
        {
            var v = errors[i];
            if (!float.IsFinite(v))
            {
                throw new InvalidOperationException(
                    $"{owner}: expected finite scores but window {start + (i / channels)}, channel {i % channels} gave {v}. Check the test data for NaN or ∞.");
            }

            scores[(start * channels) + i] = v;
        }
    }

    /// <summary>As <see cref="CopyFinite(ReadOnlySpan{float}, double[], long, long, string)"/> for a float64 run's errors (kept without rounding).</summary>
    /// <param name="errors">The batch's errors, (b, C) row-major.</param>
    /// <param name="scores">All scores, (N, C) row-major.</param>
    /// <param name="start">Index of the batch's first window.</param>
    /// <param name="channels">C.</param>
    /// <param name="owner">The scoring method, named in the error.</param>
    /// <exception cref="InvalidOperationException">An error is NaN or ∞; the message names the window and channel.</exception>
    public static void CopyFinite(ReadOnlySpan<double> errors, double[] scores, long start, long channels, string owner)
    {
        for (var i = 0; i < errors.Length; i++)
        {
            var v = errors[i];
            if (!double.IsFinite(v))
            {
                throw new InvalidOperationException(
                    $"{owner}: expected finite scores but window {start + (i / channels)}, channel {i % channels} gave {v}. Check the test data for NaN or ∞.");
            }

            scores[(start * channels) + i] = v;
        }
    }
}

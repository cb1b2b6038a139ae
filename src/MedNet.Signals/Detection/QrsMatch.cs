// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>How detected beats compare with reference beats of one record.</summary>
/// <param name="Reference">Reference beats.</param>
/// <param name="Detected">Detected beats.</param>
/// <param name="TruePositives">Detections matched to a reference beat within the tolerance.</param>
/// <param name="FalseNegatives">Reference beats without a matching detection.</param>
/// <param name="FalsePositives">Detections without a matching reference beat.</param>
public sealed record QrsMatch(int Reference, int Detected, int TruePositives, int FalseNegatives, int FalsePositives)
{
    /// <summary>Sensitivity TP / (TP + FN); 1 when there is no reference beat.</summary>
    public double Sensitivity => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Positive predictivity TP / (TP + FP); 1 when there is no detection.</summary>
    public double PositivePredictivity => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Sums counts over records (gross statistics, as EC57 reports them).</summary>
    /// <param name="other">Another record's match.</param>
    /// <returns>The summed counts.</returns>
    public QrsMatch Add(QrsMatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new QrsMatch(Reference + other.Reference, Detected + other.Detected, TruePositives + other.TruePositives,
            FalseNegatives + other.FalseNegatives, FalsePositives + other.FalsePositives);
    }

    /// <summary>Matches detections to reference beats one-to-one within ±<paramref name="tolerance"/> samples.</summary>
    /// <param name="reference">Reference beat samples, ascending.</param>
    /// <param name="detected">Detected beat samples, ascending.</param>
    /// <param name="tolerance">Match window in samples each side (150 ms = 54 samples at 360 Hz), ≥ 0.</param>
    /// <returns>The counts.</returns>
    /// <remarks>
    /// Source: ANSI/AAMI EC57 beat-by-beat comparison with a 150 ms match window. Both lists are walked in time order; a reference
    /// beat takes the nearest unmatched detection within the window, so each detection matches at most one beat.
    /// </remarks>
    public static QrsMatch Compare(ReadOnlySpan<long> reference, ReadOnlySpan<int> detected, int tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        int tp = 0, j = 0;
        foreach (var r in reference)
        {
            while (j < detected.Length && detected[j] < r - tolerance)
            {
                j++; // unmatched detection: a false positive
            }

            if (j < detected.Length && detected[j] <= r + tolerance)
            {
                // Take the next detection instead when it is nearer and still in the window.
                if (j + 1 < detected.Length && Math.Abs(detected[j + 1] - r) < Math.Abs(detected[j] - r))
                {
                    j++;
                }

                tp++;
                j++;
            }
        }

        return new QrsMatch(reference.Length, detected.Length, tp, reference.Length - tp, detected.Length - tp);
    }
}

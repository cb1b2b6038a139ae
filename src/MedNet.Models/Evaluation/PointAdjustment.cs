// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>
/// DTAAD/TranAD point adjustment: once any point of a labelled anomaly segment is detected, every point of that
/// segment counts as detected.
/// </summary>
/// <remarks>
/// Source: [DTAAD] <c>src/pot.py</c> <c>adjust_predicts</c> (same as [TRANAD]). The reference walks back from the
/// first detected point with <c>range(i, 0, -1)</c>, which never revisits index 0; this implementation keeps that
/// behaviour so the counts match the reference exactly. Point adjustment inflates recall and F1; the kit reports
/// metrics with and without it.
/// </remarks>
public static class PointAdjustment
{
    /// <summary>Returns point-adjusted predictions; the input is not modified.</summary>
    /// <param name="predicted">Raw predictions (score &gt; threshold), one per point.</param>
    /// <param name="actual">True labels, same length.</param>
    /// <returns>Adjusted predictions and the mean detection latency in points per detected segment.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static (bool[] Adjusted, double MeanLatency) Adjust(ReadOnlySpan<bool> predicted, ReadOnlySpan<bool> actual)
    {
        if (predicted.Length != actual.Length)
        {
            throw new ArgumentException(
                $"PointAdjustment: expected predictions and labels of equal length but got {predicted.Length} and {actual.Length}.",
                nameof(predicted));
        }

        var predict = predicted.ToArray();
        var anomalyState = false;
        var anomalyCount = 0;
        var latency = 0;
        for (var i = 0; i < predict.Length; i++)
        {
            if (actual[i] && predict[i] && !anomalyState)
            {
                anomalyState = true;
                anomalyCount++;
                for (var j = i; j > 0; j--)
                {
                    if (!actual[j])
                    {
                        break;
                    }

                    if (!predict[j])
                    {
                        predict[j] = true;
                        latency++;
                    }
                }
            }
            else if (!actual[i])
            {
                anomalyState = false;
            }

            if (anomalyState)
            {
                predict[i] = true;
            }
        }

        return (predict, latency / (anomalyCount + 1e-4));
    }
}

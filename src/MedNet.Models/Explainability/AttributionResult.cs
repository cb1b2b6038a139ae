// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>A per-sample attribution map of one window with the quantities its completeness check needs.</summary>
/// <param name="Channels">C.</param>
/// <param name="Length">L.</param>
/// <param name="Values">Attribution per input element, row-major (C, L).</param>
/// <param name="Output">f(x).</param>
/// <param name="Reference">f(baseline) for Integrated Gradients.</param>
/// <param name="Evaluations">Model evaluations spent (one per window in a forward; a forward + backward of a batch of n counts n).</param>
public sealed record AttributionResult(int Channels, int Length, float[] Values, double Output, double Reference, long Evaluations)
{
    /// <summary>Σ of the attributions, which completeness says equals f(x) − reference.</summary>
    public double Total
    {
        get
        {
            var s = 0.0;
            foreach (var v in Values)
            {
                s += v;
            }

            return s;
        }
    }

    /// <summary>Total − (f(x) − reference): zero for exact completeness; for IG it shrinks as the step count grows.</summary>
    public double CompletenessGap => Total - (Output - Reference);
}

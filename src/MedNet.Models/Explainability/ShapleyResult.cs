// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>Shapley values of feature groups for one window.</summary>
/// <param name="Names">Group names.</param>
/// <param name="Values">φ per group.</param>
/// <param name="Output">f(x).</param>
/// <param name="Expected">E[f(background)], the base value φ₀.</param>
/// <param name="Coalitions">Coalitions whose value was computed (2^M for exact enumeration).</param>
/// <param name="Evaluations">Model evaluations (windows through a forward): coalitions × background size.</param>
/// <param name="Exact">True for exact enumeration, false for KernelSHAP.</param>
public sealed record ShapleyResult(IReadOnlyList<string> Names, double[] Values, double Output, double Expected, long Coalitions, long Evaluations, bool Exact)
{
    /// <summary>Σφ − (f(x) − E[f(background)]): zero up to rounding (efficiency axiom; KernelSHAP imposes it as a constraint).</summary>
    public double CompletenessGap
    {
        get
        {
            var s = 0.0;
            foreach (var v in Values)
            {
                s += v;
            }

            return s - (Output - Expected);
        }
    }

    /// <summary>Share of each group in Σ|φ| (the "SHAP mass" of [MSA] §3.3); zeros when all values are zero.</summary>
    /// <returns>Shares summing to 1.</returns>
    public double[] AbsoluteShares()
    {
        var total = 0.0;
        foreach (var v in Values)
        {
            total += Math.Abs(v);
        }

        var shares = new double[Values.Length];
        for (var i = 0; i < shares.Length && total > 0; i++)
        {
            shares[i] = Math.Abs(Values[i]) / total;
        }

        return shares;
    }
}

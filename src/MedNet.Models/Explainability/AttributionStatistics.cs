// SPDX-License-Identifier: MIT
using MathNet.Numerics.Statistics;

namespace MedNet.Models.Explainability;

/// <summary>Numbers that summarise and compare attribution maps: region mass shares and rank correlation.</summary>
public static class AttributionStatistics
{
    /// <summary>Share of Σ|map| that falls inside a region: the planted-signal check and the region shares of [MSA] §3.3.</summary>
    /// <param name="map">Attribution or saliency values.</param>
    /// <param name="region">Region mask, same length.</param>
    /// <returns>Σ_{i ∈ region} |map_i| / Σ_i |map_i|, or 0 when the map is zero everywhere.</returns>
    public static double MassShare(ReadOnlySpan<float> map, ReadOnlySpan<bool> region)
    {
        if (map.Length != region.Length)
        {
            throw new ArgumentException($"AttributionStatistics.MassShare: map has {map.Length} values but region has {region.Length}.", nameof(region));
        }

        double inside = 0, total = 0;
        for (var i = 0; i < map.Length; i++)
        {
            var a = Math.Abs((double)map[i]);
            total += a;
            if (region[i])
            {
                inside += a;
            }
        }

        return total > 0 ? inside / total : 0;
    }

    /// <summary>Spearman rank correlation of two maps (ties get average ranks), as in the randomisation test of Adebayo et al., "Sanity Checks for Saliency Maps", NeurIPS 2018, §3.</summary>
    /// <param name="a">First map.</param>
    /// <param name="b">Second map, same length ≥ 2.</param>
    /// <returns>ρ in [−1, 1]; NaN when a map is constant.</returns>
    public static double Spearman(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length || a.Length < 2)
        {
            throw new ArgumentException($"AttributionStatistics.Spearman: expected two maps of equal length ≥ 2 but got {a.Length} and {b.Length}.", nameof(b));
        }

        var x = new double[a.Length];
        var y = new double[b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            x[i] = a[i];
            y[i] = b[i];
        }

        return Correlation.Spearman(x, y);
    }
}

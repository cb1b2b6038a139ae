// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Experiments.Runs;

/// <summary>Mean, sample standard deviation and range of one metric over seeds.</summary>
/// <param name="Mean">Arithmetic mean; NaN when any value is NaN.</param>
/// <param name="Sd">Sample standard deviation (n − 1 in the denominator); null for a single value.</param>
/// <param name="Count">Number of values (seeds).</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
public sealed record MetricSummary(double Mean, double? Sd, int Count, double Min, double Max)
{
    /// <summary>Summarises values.</summary>
    /// <param name="values">One value per seed, at least one.</param>
    /// <returns>Mean, sample sd (null when there is one value), count, min, max.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    public static MetricSummary Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("MetricSummary.Of: expected at least one value but got none.", nameof(values));
        }

        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var mean = sum / values.Count;
        double? sd = null;
        if (values.Count > 1)
        {
            double ss = 0;
            foreach (var v in values)
            {
                ss += (v - mean) * (v - mean);
            }

            sd = Math.Sqrt(ss / (values.Count - 1));
        }

        return new MetricSummary(mean, sd, values.Count, min, max);
    }

    /// <summary>"mean ± sd" with <paramref name="digits"/> decimals, or just the value for one seed.</summary>
    /// <param name="digits">Decimals, ≥ 0. Default: 5.</param>
    /// <returns>E.g. <c>0.97912 ± 0.00081</c>.</returns>
    public string Format(int digits = 5)
    {
        var f = "F" + digits.ToString(CultureInfo.InvariantCulture);
        return Sd is { } sd
            ? $"{Mean.ToString(f, CultureInfo.InvariantCulture)} ± {sd.ToString(f, CultureInfo.InvariantCulture)}"
            : Mean.ToString(f, CultureInfo.InvariantCulture);
    }

    /// <summary>A protocol note for a comparison row: "mean of n seeds, sd …, range …", or null for one seed.</summary>
    /// <returns>The note or null.</returns>
    public string? Describe() => Sd is { } sd
        ? string.Create(CultureInfo.InvariantCulture, $"mean of {Count} seeds, sd {sd:G3}, range {Min:G5}–{Max:G5}")
        : null;
}

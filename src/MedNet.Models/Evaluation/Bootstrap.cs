// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>Seeded percentile bootstrap over groups (records, patients): whole groups are drawn with replacement, so the
/// samples of one record stay together and the interval reflects between-record variation.</summary>
/// <remarks>
/// Source: Efron &amp; Tibshirani, "An Introduction to the Bootstrap" (1993), ch. 13 (percentile interval); the cluster
/// (group) bootstrap of Field &amp; Welsh (2007). Percentiles are linearly interpolated (NumPy's default "linear" method).
/// </remarks>
public static class Bootstrap
{
    /// <summary>Confidence intervals of several statistics from the same resamples.</summary>
    /// <param name="groups">Group of each sample, (N); samples of a group are kept together.</param>
    /// <param name="statistics">Each maps the drawn sample indices (with repeats) to a value; NaN marks an undefined value
    /// (e.g. a class absent from the resample), which is left out of the percentiles and counted in <see cref="BootstrapInterval.Valid"/>.</param>
    /// <param name="resamples">Resamples B ≥ 1.</param>
    /// <param name="seed">Seed of the draws.</param>
    /// <param name="level">Coverage in (0, 1). Default: 0.95.</param>
    /// <returns>One interval per statistic.</returns>
    /// <exception cref="ArgumentException">No samples, an empty or null group, B &lt; 1 or a level outside (0, 1).</exception>
    public static IReadOnlyList<BootstrapInterval> OverGroups(
        IReadOnlyList<string> groups, IReadOnlyList<Func<int[], double>> statistics, int resamples, int seed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(statistics);
        if (groups.Count == 0)
        {
            throw new ArgumentException("Bootstrap.OverGroups: expected at least one sample but got none.", nameof(groups));
        }

        if (resamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "Bootstrap.OverGroups: expected at least 1 resample.");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Bootstrap.OverGroups: expected a level in (0, 1), e.g. 0.95.");
        }

        // Group → its sample indices, groups in order of first appearance (deterministic).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (string.IsNullOrEmpty(g))
            {
                throw new ArgumentException($"Bootstrap.OverGroups: sample {i} has no group (null or empty).", nameof(groups));
            }

            if (!index.TryGetValue(g, out var k))
            {
                k = members.Count;
                index[g] = k;
                members.Add([]);
            }

            members[k].Add(i);
        }

        var all = new int[groups.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        var estimates = new double[statistics.Count];
        var draws = new List<double>[statistics.Count];
        for (var s = 0; s < statistics.Count; s++)
        {
            estimates[s] = statistics[s](all);
            draws[s] = new List<double>(resamples);
        }

        var random = new Random(seed);
        var drawn = new List<int>(groups.Count);
        for (var b = 0; b < resamples; b++)
        {
            drawn.Clear();
            for (var j = 0; j < members.Count; j++)
            {
                drawn.AddRange(members[random.Next(members.Count)]);
            }

            var sample = drawn.ToArray();
            for (var s = 0; s < statistics.Count; s++)
            {
                var v = statistics[s](sample);
                if (!double.IsNaN(v))
                {
                    draws[s].Add(v);
                }
            }
        }

        var result = new BootstrapInterval[statistics.Count];
        for (var s = 0; s < statistics.Count; s++)
        {
            var sorted = draws[s];
            sorted.Sort();
            var lower = sorted.Count == 0 ? double.NaN : Percentile(sorted, (1 - level) / 2);
            var upper = sorted.Count == 0 ? double.NaN : Percentile(sorted, (1 + level) / 2);
            result[s] = new BootstrapInterval(estimates[s], lower, upper, level, resamples, sorted.Count, members.Count);
        }

        return result;
    }

    /// <summary>The q-quantile of ascending values with linear interpolation between order statistics.</summary>
    /// <param name="sorted">Ascending values, at least one.</param>
    /// <param name="q">Quantile in [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException">No values or q outside [0, 1].</exception>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("Bootstrap.Percentile: expected at least one value.", nameof(sorted));
        }

        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "Bootstrap.Percentile: expected q in [0, 1].");
        }

        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}

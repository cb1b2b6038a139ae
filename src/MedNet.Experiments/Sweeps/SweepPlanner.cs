// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Sweeps;

/// <summary>Expands a <see cref="SweepSpec"/> into numbered tasks: for each id, each option combination (in the order given),
/// each seed.</summary>
public static class SweepPlanner
{
    /// <summary>Plans the sweep.</summary>
    /// <param name="spec">The grid.</param>
    /// <param name="commit">The kit's commit (recorded in the manifest).</param>
    /// <param name="knownIds">Registered experiment ids; an id outside them is named.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentException">The spec is invalid; the message lists every problem.</exception>
    public static SweepManifest Plan(SweepSpec spec, string commit, IReadOnlyCollection<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(knownIds);
        var problems = new List<string>(spec.Validate());
        foreach (var id in spec.Ids)
        {
            if (!knownIds.Contains(id))
            {
                problems.Add($"ids: expected a registered experiment ({string.Join(", ", knownIds)}) but got '{id}'.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"SweepPlanner.Plan: invalid sweep: {string.Join(" ", problems)}", nameof(spec));
        }

        var combinations = new List<List<KeyValuePair<string, string>>> { new() };
        foreach (var (key, values) in spec.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var next = new List<List<KeyValuePair<string, string>>>();
            foreach (var prefix in combinations)
            {
                foreach (var value in values)
                {
                    next.Add([.. prefix, new KeyValuePair<string, string>(key, value)]);
                }
            }

            combinations = next;
        }

        var tasks = new List<SweepTask>();
        foreach (var id in spec.Ids)
        {
            foreach (var options in combinations)
            {
                foreach (var seed in spec.Seeds)
                {
                    tasks.Add(new SweepTask(tasks.Count, id, seed, options, SweepTask.Hash(id, seed, options)));
                }
            }
        }

        return new SweepManifest(1, commit, DateTimeOffset.UtcNow, tasks);
    }
}

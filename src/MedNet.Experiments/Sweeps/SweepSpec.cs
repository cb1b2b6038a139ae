// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Sweeps;

/// <summary>A grid of <c>mednet reproduce</c> runs: experiment ids × seeds × every combination of the option values.</summary>
/// <param name="Ids">Registered experiment ids (e.g. <c>mednet-table3</c>).</param>
/// <param name="Seeds">Seeds, each a separate task.</param>
/// <param name="Options">Options of <c>mednet reproduce</c> to vary or fix, by name without dashes (e.g. <c>profile</c> →
/// [smoke], <c>dtype</c> → [float32, float64]); the grid is their Cartesian product.</param>
public sealed record SweepSpec(IReadOnlyList<string> Ids, IReadOnlyList<int> Seeds, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Options)
{
    /// <summary>Options a task may set: those <c>mednet reproduce</c> takes per run (seed is a grid axis of its own;
    /// out is chosen by the sweep).</summary>
    public static IReadOnlyList<string> KnownOptions { get; } = ["profile", "dtype"];

    /// <summary>Returns every problem; empty when the spec is valid.</summary>
    /// <returns>Problem descriptions naming the field.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Ids.Count == 0)
        {
            problems.Add("ids: expected at least one experiment id but got none.");
        }

        if (Seeds.Count == 0)
        {
            problems.Add("seeds: expected at least one seed but got none.");
        }

        var seen = new HashSet<int>();
        foreach (var s in Seeds)
        {
            if (s < 0 || !seen.Add(s))
            {
                problems.Add($"seeds: expected distinct seeds ≥ 0 but {s} is negative or repeated.");
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, values) in Options)
        {
            if (!KnownOptions.Contains(key))
            {
                problems.Add($"set: expected one of {string.Join(", ", KnownOptions)} but got '{key}'.");
            }

            if (!keys.Add(key))
            {
                problems.Add($"set: '{key}' is given twice; list its values once, comma-separated.");
            }

            if (values.Count == 0 || values.Any(v => string.IsNullOrWhiteSpace(v) || v.Contains(' ', StringComparison.Ordinal)))
            {
                problems.Add($"set: expected non-empty values without spaces for '{key}' but got [{string.Join(",", values)}].");
            }
        }

        return problems;
    }
}

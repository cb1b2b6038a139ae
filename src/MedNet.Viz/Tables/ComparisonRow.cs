// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Tables;

/// <summary>One metric of a reported table next to our reproduction of it.</summary>
/// <param name="Metric">Row label, e.g. "MBA / F1" or a registry key such as "MEDNET/T2/MED-Net/F1".</param>
/// <param name="Paper">The paper's value; null when the paper does not report it.</param>
/// <param name="Reproduced">Our value; null when not run (then <paramref name="NotRunReason"/> is required).</param>
/// <param name="Note">How our protocol differs for this row (split, epochs, data), or null.</param>
/// <param name="NotRunReason">Why there is no reproduced value, e.g. "PTB-XL not downloaded"; null when run.</param>
public sealed record ComparisonRow(string Metric, double? Paper, double? Reproduced, string? Note = null, string? NotRunReason = null)
{
    /// <summary>Reproduced − paper, or null when either is missing.</summary>
    public double? Difference => Paper is { } p && Reproduced is { } r ? r - p : null;

    /// <summary>True when the absolute difference exceeds the tolerance (or is NaN).</summary>
    /// <param name="tolerance">Absolute tolerance, ≥ 0.</param>
    /// <returns>Whether the row should be highlighted.</returns>
    public bool Exceeds(double tolerance) => Difference is { } d && !(Math.Abs(d) <= tolerance);

    /// <summary>Every problem with the row (empty when valid).</summary>
    /// <returns>Messages naming the row.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Metric))
        {
            problems.Add("ComparisonRow: expected a metric name but got an empty one.");
        }

        if (Reproduced is null && string.IsNullOrWhiteSpace(NotRunReason))
        {
            problems.Add($"ComparisonRow '{Metric}': expected a reason for the missing reproduced value but got none. " +
                         "Say why it was not run (never leave a silent blank).");
        }

        if (Reproduced is not null && NotRunReason is not null)
        {
            problems.Add($"ComparisonRow '{Metric}': expected either a reproduced value or a not-run reason but got both.");
        }

        return problems;
    }
}

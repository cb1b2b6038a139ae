// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.PaperTables;

/// <summary>One reported number beside its reproduction; the same fields as MedNet.Viz's <c>ComparisonRow</c>, which renders it as HTML.</summary>
/// <param name="Metric">Row label, e.g. <c>F1</c>.</param>
/// <param name="Paper">The paper's value; null when the paper does not report it.</param>
/// <param name="Reproduced">The reproduced value (the seed mean); null when not run.</param>
/// <param name="Note">Protocol note (seeds and sd, epochs, metric definition), or null.</param>
/// <param name="NotRunReason">Why there is no reproduced value; null when run.</param>
public sealed record PaperComparisonRow(string Metric, double? Paper, double? Reproduced, string? Note = null, string? NotRunReason = null)
{
    /// <summary>Reproduced − paper, or null when either is missing.</summary>
    public double? Difference => Paper is { } p && Reproduced is { } r ? r - p : null;
}

// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MedNetPaper;

/// <summary>A training-time claim of [MEDNET]: MED-Net's time per epoch as a fraction of another model's.</summary>
/// <param name="Model">The other model's short name, e.g. <c>dtaad</c>.</param>
/// <param name="Label">Its display name.</param>
/// <param name="Ratio">Claimed MED-Net time / the model's time (e.g. 0.5 for "50 % less").</param>
/// <param name="Quote">The paper's words and where they are.</param>
/// <remarks>Source: [MEDNET] Abstract and §6. The claims are prose, not a table, so they live here rather than in <c>reported-results.tsv</c>.</remarks>
public sealed record TrainingTimeClaim(string Model, string Label, double Ratio, string Quote)
{
    /// <summary>The paper's claims, one per compared model.</summary>
    public static IReadOnlyList<TrainingTimeClaim> All { get; } =
    [
        new("dtaad", "DTAAD", 0.5, "Abstract: \"reduced training time of about … 50% over DTAAD\"; §6: \"up to 50% compared to DTAAD\""),
        new("cae", "CAE", 0.01, "Abstract: \"reduced training time of about 99% compared to CAE\"; §6: \"99% compared to CAE\""),
    ];
}

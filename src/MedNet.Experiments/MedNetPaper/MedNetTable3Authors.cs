// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;

namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table3-authors</c>: MED-Net on MBA as the authors' MBA code computes it (every <see cref="AuthorsCodeSwitches"/> switch on), 50 epochs at the paper profile.</summary>
/// <remarks>
/// Source: EhsaasN/DUAL_TCN_ATTN branch <c>copilot/fix-multivariate-data-compatibility</c> (569f3e53): row shuffle, the fork's
/// backbone, never-trained heads, first-step streams, single-token attention, the loss broadcast; [MEDNET] Table 3.
/// Differs: D-MN-03, D-MN-04, D-MN-07, D-MN-12, D-MN-21, D-MN-22, D-MN-23 (float32, not the fork's float64: D-MN-10).
/// </remarks>
public sealed class MedNetTable3Authors : MbaTableExperiment
{
    /// <inheritdoc/>
    public override string Id => "mednet-table3-authors";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] Table 3 as the authors' MBA code computes it: MED-Net with every switch of that code on";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T3/MED-Net-MBA-50ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile) => ForecastRecipe.MedNetAuthors(profile, AuthorsCodeSwitches.AuthorsCode);
}

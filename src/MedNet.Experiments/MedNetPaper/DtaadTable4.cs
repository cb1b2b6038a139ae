// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table4</c>: the original DTAAD on MBA, 50 epochs at the paper profile, as [MEDNET] Table 4.</summary>
/// <remarks>
/// Source: [MEDNET] §5.2, Table 4; [DTAAD] repository defaults (the laptop profile's 5 epochs are DTAAD's <c>num_epochs</c>;
/// its printed combined point-adjusted F1 is <c>combined.adjusted.f1</c>). Differs: D-MN-03, D-MN-04, D-MN-07, D-MN-21.
/// </remarks>
public sealed class DtaadTable4 : MbaTableExperiment
{
    /// <inheritdoc/>
    public override string Id => "mednet-table4";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] Table 4: original DTAAD on MBA (averaged across channels)";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T4/DTAAD-MBA-50ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile) => ForecastRecipe.Dtaad(profile);
}

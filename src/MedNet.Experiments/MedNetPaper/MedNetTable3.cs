// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table3</c>: MED-Net on MBA, 50 epochs at the paper profile, as [MEDNET] Table 3.</summary>
/// <remarks>Source: [MEDNET] §5.2, §6.1, Table 3. Differs: D-MN-01, D-MN-03, D-MN-04, D-MN-07, D-MN-11, D-MN-13, D-MN-21.</remarks>
public sealed class MedNetTable3 : MbaTableExperiment
{
    /// <inheritdoc/>
    public override string Id => "mednet-table3";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] Table 3: MED-Net on MBA (averaged across channels)";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T3/MED-Net-MBA-50ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile) => ForecastRecipe.MedNet(profile);
}

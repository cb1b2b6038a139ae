// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;

namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table4-shuffled</c>: the original DTAAD on MBA with the training rows shuffled before windowing, as MED-Net's MBA loader does.</summary>
/// <remarks>
/// Tests whether that protocol explains [MEDNET] Table 4 (F1 0.93844, recall 0.954) where <c>mednet-table4</c> (ordered
/// rows) gives ≈ 0.968. Source: [MEDNET] Table 4; EhsaasN/DUAL_TCN_ATTN <c>main.py</c> <c>load_dataset</c> (branch
/// <c>copilot/fix-multivariate-data-compatibility</c>). Differs: D-MN-03, D-MN-04, D-MN-07, D-MN-21, D-MN-23.
/// </remarks>
public sealed class DtaadTable4Shuffled : MbaTableExperiment
{
    /// <inheritdoc/>
    public override string Id => "mednet-table4-shuffled";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] Table 4 with shuffled training rows: original DTAAD, rows permuted before windowing";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T4/DTAAD-MBA-50ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile) => ForecastRecipe.Dtaad(profile) with { TrainingRows = TrainingRowOrder.Shuffled };
}

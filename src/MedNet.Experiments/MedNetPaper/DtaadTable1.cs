// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Dtaad;

namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table1</c> (CinC 2017 substitute) and <c>mednet-table1-mitdb</c>: DTAAD on an ECG_DATA substitute, 20 epochs at the paper profile.</summary>
/// <remarks>
/// Source: [MEDNET] §5.1, Table 1, Fig. 2; [DTAAD] repository defaults (lr 1e-3 = the fork's <c>lr_d["ecg_data"]</c>, wd 1e-5,
/// StepLR(5, 0.9), batch 128, W = 10). Epochs: smoke 1, laptop 5, paper 20. Differs: D-MN-07, D-MN-14.
/// </remarks>
/// <param name="substitute">Which public substitute replaces ECG_DATA.</param>
public sealed class DtaadTable1(EcgSubstitute substitute) : EcgTableExperiment(substitute)
{
    /// <inheritdoc/>
    public override string Title => $"[MEDNET] Table 1: DTAAD on ECG data — run on the {SubstituteName}";

    /// <inheritdoc/>
    public override int PaperEpochs => 20;

    /// <inheritdoc/>
    protected override string TableId => "table1";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T1/DTAAD-ECG_DATA-20ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile)
    {
        // The recipe's normalisation is not used here: the substitute scales its recordings itself (RecordingScaling, D-MN-14).
        return ForecastRecipe.Dtaad(DtaadTraining.Reference with { Epochs = Epochs(profile, laptop: DtaadTraining.Reference.Epochs) });
    }
}

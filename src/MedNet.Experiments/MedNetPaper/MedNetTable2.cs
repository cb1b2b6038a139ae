// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.MedNet;

namespace MedNet.Experiments.MedNetPaper;

/// <summary><c>mednet-table2</c> (CinC 2017 substitute) and <c>mednet-table2-mitdb</c>: MED-Net on an ECG_DATA substitute, 5 epochs.</summary>
/// <remarks>
/// Source: [MEDNET] §5.1, §6.1 (ECG settings: AdamW lr 4e-4, wd 1e-5, StepLR(5, 0.9), 5 epochs), Table 2, Fig. 3.
/// Epochs: smoke 1, laptop and paper 5. Differs: D-MN-01, D-MN-07, D-MN-11, D-MN-13, D-MN-14.
/// </remarks>
/// <param name="substitute">Which public substitute replaces ECG_DATA.</param>
public sealed class MedNetTable2(EcgSubstitute substitute) : EcgTableExperiment(substitute)
{
    /// <inheritdoc/>
    public override string Title => $"[MEDNET] Table 2: MED-Net on ECG data — run on the {SubstituteName}";

    /// <inheritdoc/>
    public override int PaperEpochs => 5;

    /// <inheritdoc/>
    protected override string TableId => "table2";

    /// <inheritdoc/>
    protected override string ReportedRow => "MEDNET/T2/MED-Net-ECG_DATA-5ep";

    /// <inheritdoc/>
    public override ForecastRecipe Recipe(RunProfile profile)
    {
        // The recipe's normalisation is not used here: the substitute scales its recordings itself (RecordingScaling, D-MN-14).
        return ForecastRecipe.MedNet(MedNetConfig.Reference, MedNetTraining.Ecg with { Epochs = Epochs(profile, laptop: PaperEpochs) });
    }
}

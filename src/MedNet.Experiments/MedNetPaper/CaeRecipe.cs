// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>The CAE baseline composed for a run: architecture, training, window and which reconstruction error becomes the score.</summary>
/// <param name="Architecture">The CAE sizes.</param>
/// <param name="Training">Optimiser, plateau schedule, batch size and epochs.</param>
/// <param name="WindowLength">Window length W of the data; the model is built for it.</param>
/// <param name="Score">Last element of the window (comparable with DTAAD's score) or the window mean.</param>
public sealed record CaeRecipe(CaeConfig Architecture, TrainingOptions Training, int WindowLength, ReconstructionScore Score = ReconstructionScore.LastElement)
{
    /// <summary>The recipe as a run record writes it (DTAAD's min-max normalisation, MSE loss).</summary>
    public ModelSetup Setup => new("cae", Architecture, Training, null, WindowLength, nameof(Normalisation.DtaadMinMax));

    /// <summary>
    /// The CAE settings <c>mednet-timing</c> uses: the reference architecture with <see cref="ProfileConfigs.Cae"/> and
    /// <see cref="ProfileConfigs.CaeWindowLength"/> at smoke and laptop; at the paper profile the laptop window (64) and batch
    /// (64) for 50 epochs (MBA's budget in [MEDNET] §6.1), because the reference's 2,000-sample window takes minutes per MBA
    /// epoch on a CPU (D-MN-15).
    /// </summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe.</returns>
    public static CaeRecipe Timing(RunProfile profile) => profile == RunProfile.Paper
        ? new CaeRecipe(CaeConfig.Reference, ProfileConfigs.Cae(RunProfile.Laptop) with { Epochs = 50 }, ProfileConfigs.CaeWindowLength(RunProfile.Laptop))
        : new CaeRecipe(CaeConfig.Reference, ProfileConfigs.Cae(profile), ProfileConfigs.CaeWindowLength(profile));
}

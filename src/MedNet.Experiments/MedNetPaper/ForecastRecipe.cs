// SPDX-License-Identifier: MIT
using MedNet.Experiments;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>How to build and train one dual-forecast model (DTAAD, MED-Net) for a profile: config, training settings, preprocessing.</summary>
/// <param name="Model">Short name used in metric names and logs, e.g. <c>dtaad</c>.</param>
/// <param name="Label">Display name, e.g. <c>MED-Net</c>.</param>
/// <param name="Config">The model configuration record, written to the run's JSON.</param>
/// <param name="Training">λ, optimiser, scheduler, batch size and epochs for <c>DualForecastTrainer</c>.</param>
/// <param name="Normalisation">Per-channel normalisation fitted on the training table.</param>
/// <param name="WindowSize">Window length W.</param>
/// <param name="Build">Builds the model for C channels from the default generator (seed it first).</param>
public sealed record ForecastRecipe(
    string Model, string Label, object Config, DtaadConfig Training, Normalisation Normalisation, int WindowSize,
    Func<int, Module<Tensor, (Tensor X1, Tensor X2)>> Build)
{
    /// <summary>DTAAD as its repository trains it on MBA, with <see cref="ProfileConfigs.Dtaad"/> epochs (smoke 1, laptop 5, paper 50).</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe: min-max as DTAAD's <c>normalize3</c> (D-MN-03), W = 10.</returns>
    /// <remarks>Source: [DTAAD] <c>main.py</c>, <c>src/models.py</c>; [MEDNET] §5.2 Table 4 (50 epochs).</remarks>
    public static ForecastRecipe Dtaad(RunProfile profile)
    {
        var config = ProfileConfigs.Dtaad(profile);
        return new ForecastRecipe("dtaad", "DTAAD", config, config, Signals.Preprocessing.Normalisation.DtaadMinMax, config.WindowSize,
            channels => new DtaadModel(channels, config));
    }

    /// <summary>MED-Net with every enhancement, §6.1 MBA optimiser settings and <see cref="ProfileConfigs.MedNet"/> epochs.</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe: the config's normalisation (D-MN-03) and window (D-MN-01).</returns>
    /// <remarks>Source: [MEDNET] §3.4–3.5, §6.1; Table 3 (50 epochs).</remarks>
    public static ForecastRecipe MedNet(RunProfile profile)
    {
        var config = ProfileConfigs.MedNet(profile);
        return new ForecastRecipe("mednet", "MED-Net", config, config.Backbone, config.Normalisation, config.WindowSize,
            channels => new MedNetModel(channels, config));
    }
}

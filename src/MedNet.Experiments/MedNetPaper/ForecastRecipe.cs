// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>One dual-forecast model (DTAAD, MED-Net) composed for a run: architecture, training, loss, window and normalisation, each from its own concern.</summary>
/// <param name="Model">Short name used in metric names and logs, e.g. <c>dtaad</c>.</param>
/// <param name="Label">Display name, e.g. <c>MED-Net</c>.</param>
/// <param name="Architecture">The architecture record, written to the run's JSON.</param>
/// <param name="Training">Optimiser, schedule, batch size and epochs.</param>
/// <param name="Loss">The λ-weighted dual-forecast loss.</param>
/// <param name="Normalisation">Per-channel normalisation fitted on the training table.</param>
/// <param name="WindowLength">Window length W the data is cut into.</param>
/// <param name="Build">Builds the model for the windows it will train on, (N, C, W): channels and length are read from the data. Uses the default generator (seed it first).</param>
public sealed record ForecastRecipe(
    string Model, string Label, object Architecture, TrainingOptions Training, DualForecastLoss Loss, Normalisation Normalisation, int WindowLength,
    Func<Tensor, Module<Tensor, (Tensor X1, Tensor X2)>> Build)
{
    /// <summary>Order of the training rows before windowing. Default <see cref="TrainingRowOrder.Ordered"/>; <see cref="TrainingRowOrder.Shuffled"/> is MED-Net's MBA loader (D-MN-23).</summary>
    public TrainingRowOrder TrainingRows { get; init; } = TrainingRowOrder.Ordered;

    /// <summary>This recipe training in <paramref name="dtype"/> (float64: as the DTAAD repository runs; recorded in the run record).</summary>
    /// <param name="dtype">torch.float32 or torch.float64.</param>
    /// <returns>The recipe with <see cref="TrainingOptions.DType"/> set.</returns>
    public ForecastRecipe InDType(MedNet.Tensors.ScalarType dtype) => dtype == Training.DType ? this : this with { Training = Training with { DType = dtype } };

    /// <summary>The recipe as a run record writes it.</summary>
    public ModelSetup Setup => new(Model, Architecture, Training, Loss, WindowLength, Normalisation.ToString(), TrainingRows.ToString());

    /// <summary>DTAAD as its repository trains it on MBA, with <see cref="ProfileConfigs.Dtaad"/> epochs (smoke 1, laptop 5, paper 50).</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe: min-max as DTAAD's <c>normalize3</c> (D-MN-03), W = 10.</returns>
    /// <remarks>Source: [DTAAD] <c>main.py</c>, <c>src/models.py</c>; [MEDNET] §5.2 Table 4 (50 epochs).</remarks>
    public static ForecastRecipe Dtaad(RunProfile profile) => Dtaad(ProfileConfigs.Dtaad(profile));

    /// <summary>DTAAD's reference architecture, loss and window with the given training options.</summary>
    /// <param name="training">Optimiser, schedule, batch size and epochs.</param>
    /// <returns>The recipe.</returns>
    public static ForecastRecipe Dtaad(TrainingOptions training)
    {
        var config = DtaadConfig.Reference;
        const int window = DtaadTraining.WindowLength;
        return new ForecastRecipe("dtaad", "DTAAD", config, training, DtaadTraining.Loss, Signals.Preprocessing.Normalisation.DtaadMinMax, window,
            windows => new DtaadModel(Channels(windows), Length(windows), config));
    }

    /// <summary>MED-Net with every enhancement, §6.1 MBA optimiser settings and <see cref="ProfileConfigs.MedNet"/> epochs.</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe: <see cref="MedNetTraining.Normalisation"/> (D-MN-03) and the reading's window (D-MN-01).</returns>
    /// <remarks>Source: [MEDNET] §3.4–3.5, §6.1; Table 3 (50 epochs).</remarks>
    public static ForecastRecipe MedNet(RunProfile profile) => MedNet(MedNetConfig.Reference, ProfileConfigs.MedNet(profile));

    /// <summary>MED-Net with the given architecture and training options, DTAAD's loss and the reading's window.</summary>
    /// <param name="config">The architecture (enhancements, fusion, window reading, decoder).</param>
    /// <param name="training">Optimiser, schedule, batch size and epochs.</param>
    /// <returns>The recipe.</returns>
    public static ForecastRecipe MedNet(MedNetConfig config, TrainingOptions training) => MedNet(config, training, DtaadTraining.Loss);

    /// <summary>MED-Net with the given architecture, training options and loss, and the reading's window.</summary>
    /// <param name="config">The architecture.</param>
    /// <param name="training">Optimiser, schedule, batch size and epochs.</param>
    /// <param name="loss">The dual-forecast loss (its <see cref="DualForecastLoss.Pairing"/> also sets the test score).</param>
    /// <returns>The recipe.</returns>
    public static ForecastRecipe MedNet(MedNetConfig config, TrainingOptions training, DualForecastLoss loss)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(loss);
        var window = MedNetTraining.WindowLength(config.Window);
        return new ForecastRecipe("mednet", "MED-Net", config, training, loss, MedNetTraining.Normalisation, window,
            windows => new MedNetModel(Channels(windows), Length(windows), config));
    }

    /// <summary>MED-Net as the authors' MBA code computes it, switch by switch (<see cref="AuthorsCodeSwitches"/>), with §6.1 MBA settings and <see cref="ProfileConfigs.MedNet"/> epochs.</summary>
    /// <param name="profile">The run profile.</param>
    /// <param name="switches">Which of the authors' code's departures to apply; <see cref="AuthorsCodeSwitches.AuthorsCode"/> for all.</param>
    /// <returns>The recipe, with the switches' architecture, loss and training-row order.</returns>
    /// <remarks>Source: EhsaasN/DUAL_TCN_ATTN branch <c>copilot/fix-multivariate-data-compatibility</c> (569f3e53). Differs: D-MN-12, D-MN-22, D-MN-23.</remarks>
    public static ForecastRecipe MedNetAuthors(RunProfile profile, AuthorsCodeSwitches switches)
    {
        ArgumentNullException.ThrowIfNull(switches);
        var recipe = MedNet(switches.Architecture(MedNetConfig.Reference), ProfileConfigs.MedNet(profile), switches.Loss(DtaadTraining.Loss));
        return recipe with { TrainingRows = switches.Rows };
    }

    /// <summary>C of channel-first windows (N, C, W), checked.</summary>
    private static int Channels(Tensor windows) => (int)Check(windows).size(1);

    /// <summary>W of channel-first windows (N, C, W), checked.</summary>
    private static int Length(Tensor windows) => (int)Check(windows).size(2);

    private static Tensor Check(Tensor windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return windows.dim() == 3
            ? windows
            : throw new ArgumentException($"ForecastRecipe.Build: expected channel-first windows (N, C, W) but got ({string.Join(", ", windows.shape)}).", nameof(windows));
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>How MED-Net is trained and fed: §6.1's optimiser settings per dataset, the window length of each reading, the normalisation.</summary>
/// <remarks>
/// Source: [MEDNET] §6.1 "Training Hyperparameters"; EhsaasN/DUAL_TCN_ATTN <c>train_optimized_enhanced_dtaad.py</c>. The MBA
/// settings come from the unmerged branch <c>copilot/fix-multivariate-data-compatibility</c> (569f3e53, commits by an
/// automated coding agent), the only code that trains MED-Net on MBA: main crashes on MBA and carries the ECG settings
/// (D-MN-23). The loss is DTAAD's (<see cref="DtaadTraining.Loss"/>).
/// </remarks>
public static class MedNetTraining
{
    /// <summary>§6.1 MBA: 50 epochs, AdamW lr 5e-3, weight decay 1e-4, StepLR(10, 0.9); batch 128 in window order as DTAAD's loader.</summary>
    public static TrainingOptions Mba { get; } = new(
        new OptimizerSettings(OptimizerKind.AdamW, 5e-3, 1e-4), new StepSchedule(10, 0.9), BatchSize: 128, Epochs: 50);

    /// <summary>§6.1 ECG_DATA: 5 epochs, AdamW lr 4e-4, weight decay 1e-5, StepLR(5, 0.9), batch 64.</summary>
    public static TrainingOptions Ecg { get; } = new(
        new OptimizerSettings(OptimizerKind.AdamW, 4e-4, 1e-5), new StepSchedule(5, 0.9), BatchSize: 64, Epochs: 5);

    /// <summary>Normalisation of the input series: <see cref="Normalisation.DtaadMinMax"/>, as the authors' code that produced Tables 2–3.</summary>
    /// <remarks>
    /// Differs: D-MN-03. §3.2 and §5 say z-score; the code trains on DTAAD's min-max (<c>normalize3</c>). MED-Net's heads are
    /// Linear + Sigmoid with outputs in (0, 1), so they cannot fit the negative half of z-scored targets (the training loss
    /// stays high); <see cref="Normalisation.ZScore"/> remains available for the ablation.
    /// </remarks>
    public const Normalisation Normalisation = Signals.Preprocessing.Normalisation.DtaadMinMax;

    /// <summary>The window length W a reading of "window size 128" feeds the model (D-MN-01).</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>128 for <see cref="WindowReading.Window128"/>, else the code's <see cref="DtaadTraining.WindowLength"/> (10).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined reading.</exception>
    public static int WindowLength(WindowReading reading) => reading switch
    {
        WindowReading.CodeWindow10 or WindowReading.Width128 => DtaadTraining.WindowLength,
        WindowReading.Window128 => 128,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, $"MedNetTraining.WindowLength: expected one of {string.Join(", ", Enum.GetNames<WindowReading>())}."),
    };
}

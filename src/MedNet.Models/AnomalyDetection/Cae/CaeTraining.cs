// SPDX-License-Identifier: MIT
using MedNet.Models.Training;

namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>How the CAE reference trains: Adam with reduce-on-plateau on reconstruction MSE, its window length and batch size.</summary>
/// <remarks>
/// Source: [CAE2025] <c>train_PTBXL.ipynb</c> <c>ECGADLightning</c>: Adam(lr 1e-3); <c>ReduceLROnPlateau(mode="min", factor=0.2,
/// patience=10, min_lr=5e-5)</c> on the epoch's mean loss; <c>DataLoader(batch_size = 8)</c> without shuffling; 4-s windows at
/// 500 Hz. Epochs: [MEDNET] §6.1 trains the MBA models for 50 (the reference ran 1000 on PTB-XL). Differs: D-MN-15.
/// </remarks>
public static class CaeTraining
{
    /// <summary>Window length W of the reference: 2000 samples, its input (B, 1, 15, 2000).</summary>
    public const int WindowLength = 2000;

    /// <summary>Adam lr 1e-3, plateau (0.2, 10, 5e-5), batch 8 in window order, 50 epochs.</summary>
    public static TrainingOptions Reference { get; } = new(
        new OptimizerSettings(OptimizerKind.Adam, 1e-3), new PlateauSchedule(0.2, 10, 5e-5), BatchSize: 8, Epochs: 50);
}

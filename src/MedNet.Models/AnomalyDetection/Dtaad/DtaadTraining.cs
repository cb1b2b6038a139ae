// SPDX-License-Identifier: MIT
using MedNet.Models.Training;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>How the DTAAD reference implementation trains: optimiser, schedule, batches, epochs, loss and window length.</summary>
/// <remarks>Source: [DTAAD] <c>main.py</c> (<c>load_model</c>, <c>backprop</c>, <c>num_epochs</c>), <c>src/models.py</c> (<c>n_window</c>, <c>batch</c>), <c>src/constants.py</c> (<c>lr_d['MBA']</c>).</remarks>
public static class DtaadTraining
{
    /// <summary>Window length W of the reference: <c>DTAAD.n_window = 10</c>.</summary>
    public const int WindowLength = 10;

    /// <summary>AdamW(lr 1e-3 = <c>lr_d['MBA']</c>, weight decay 1e-5), StepLR(5, 0.9), batch 128 in window order, 5 epochs (<c>num_epochs = 5</c>).</summary>
    public static TrainingOptions Reference { get; } = new(
        new OptimizerSettings(OptimizerKind.AdamW, 1e-3, 1e-5), new StepSchedule(5, 0.9), BatchSize: 128, Epochs: 5);

    /// <summary>The dual-forecast loss with λ = 0.8: <c>_lambda = 0.8</c>.</summary>
    public static DualForecastLoss Loss { get; } = new(0.8);
}

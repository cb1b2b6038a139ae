// SPDX-License-Identifier: MIT
using MedNet.Tensors.Optim;
using MedNet.Tensors.Optim.LRScheduler;

namespace MedNet.Models.Training;

/// <summary>Reduce-on-plateau on the epoch's mean training loss, as <c>ReduceLROnPlateau(mode="min", factor, patience, min_lr)</c>.</summary>
/// <param name="Factor">Scale applied on a plateau, in (0, 1).</param>
/// <param name="Patience">Epochs without improvement tolerated, ≥ 0.</param>
/// <param name="MinLearningRate">Lowest learning rate, ≥ 0.</param>
public sealed record PlateauSchedule(double Factor, int Patience, double MinLearningRate) : LRSchedule
{
    /// <inheritdoc/>
    public override Action<double> Attach(Optimizer optimizer)
    {
        var scheduler = new ReduceLROnPlateau(optimizer, Factor, Patience, min_lr: MinLearningRate);
        return scheduler.step;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (Factor is not (> 0 and < 1))
        {
            p.Add($"Schedule.Factor: expected in (0, 1) but got {Factor}.");
        }

        if (Patience < 0)
        {
            p.Add($"Schedule.Patience: expected ≥ 0 but got {Patience}.");
        }

        if (!(MinLearningRate >= 0) || !double.IsFinite(MinLearningRate))
        {
            p.Add($"Schedule.MinLearningRate: expected ≥ 0 but got {MinLearningRate}.");
        }

        return p;
    }
}

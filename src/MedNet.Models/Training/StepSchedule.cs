// SPDX-License-Identifier: MIT
using MedNet.Tensors.Optim;
using MedNet.Tensors.Optim.LRScheduler;

namespace MedNet.Models.Training;

/// <summary>Step decay η_t = η0·γ^⌊t / T_d⌋ ([MEDNET] Eq. (7)), as <c>StepLR(optimizer, StepSize, Gamma)</c> stepped once per epoch.</summary>
/// <param name="StepSize">Epochs between decays T_d ≥ 1.</param>
/// <param name="Gamma">Decay factor γ in (0, 1].</param>
public sealed record StepSchedule(int StepSize, double Gamma) : LRSchedule
{
    /// <inheritdoc/>
    public override Action<double> Attach(Optimizer optimizer)
    {
        var scheduler = new StepLR(optimizer, StepSize, Gamma);
        return _ => scheduler.step();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (StepSize < 1)
        {
            p.Add($"Schedule.StepSize: expected ≥ 1 but got {StepSize}.");
        }

        if (Gamma is not (> 0 and <= 1))
        {
            p.Add($"Schedule.Gamma: expected in (0, 1] but got {Gamma}.");
        }

        return p;
    }
}

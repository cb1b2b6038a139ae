// SPDX-License-Identifier: MIT
using MedNet.Tensors.Optim;

namespace MedNet.Models.Training;

/// <summary>A constant learning rate (no scheduler).</summary>
public sealed record ConstantSchedule : LRSchedule
{
    /// <inheritdoc/>
    public override Action<double> Attach(Optimizer optimizer) => static _ => { };

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() => [];
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Models.Training;

/// <summary>What a <see cref="ITrainingCallback"/> sees of a running <see cref="Trainer.Fit"/>: the model and a stop switch.</summary>
/// <param name="model">The model being trained.</param>
public sealed class TrainingControl(Module model)
{
    /// <summary>The model being trained.</summary>
    public Module Model { get; } = model;

    /// <summary>Whether a callback asked to stop after the current epoch.</summary>
    public bool StopRequested => StopReason is not null;

    /// <summary>Why training stops early, or null while it runs to its last epoch.</summary>
    public string? StopReason { get; private set; }

    /// <summary>Stops training after the current epoch (the first reason given is kept).</summary>
    /// <param name="reason">Why, e.g. "no improvement for 5 epochs".</param>
    public void Stop(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        StopReason ??= reason;
    }
}

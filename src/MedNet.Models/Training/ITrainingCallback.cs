// SPDX-License-Identifier: MIT
namespace MedNet.Models.Training;

/// <summary>Something <see cref="Trainer"/> calls after every epoch: progress display, early stopping, checkpoints.</summary>
public interface ITrainingCallback
{
    /// <summary>Called once after each epoch, after the learning-rate schedule has stepped.</summary>
    /// <param name="log">The epoch just finished.</param>
    /// <param name="control">The run's model and a way to stop it.</param>
    void OnEpochEnd(EpochLog log, TrainingControl control);
}

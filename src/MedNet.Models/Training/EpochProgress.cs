// SPDX-License-Identifier: MIT
namespace MedNet.Models.Training;

/// <summary>Reports every finished epoch, e.g. as one console line (long runs show progress per epoch).</summary>
/// <param name="report">Receives each epoch's log.</param>
public sealed class EpochProgress(Action<EpochLog> report) : ITrainingCallback
{
    private readonly Action<EpochLog> _report = report ?? throw new ArgumentNullException(nameof(report));

    /// <inheritdoc/>
    public void OnEpochEnd(EpochLog log, TrainingControl control) => _report(log);
}

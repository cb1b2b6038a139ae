// SPDX-License-Identifier: MIT
namespace MedNet.Models.Training;

/// <summary>Saves the model's <c>state_dict</c> as safetensors after epochs: every epoch, or only when the training loss reaches a new best.</summary>
/// <param name="path">File to write (e.g. <c>artifacts/run/best.safetensors</c>); <c>{epoch}</c> in the name is replaced by the epoch number.</param>
/// <param name="bestOnly">Save only when the epoch's loss is the lowest so far. Default true.</param>
public sealed class ModelCheckpoint(string path, bool bestOnly = true) : ITrainingCallback
{
    private readonly string _path = string.IsNullOrWhiteSpace(path) ? throw new ArgumentException("ModelCheckpoint: expected a file path but got an empty one.", nameof(path)) : path;
    private double _best = double.PositiveInfinity;

    /// <summary>The files written so far, in order.</summary>
    public List<string> Saved { get; } = [];

    /// <inheritdoc/>
    public void OnEpochEnd(EpochLog log, TrainingControl control)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(control);
        if (bestOnly && !(log.Loss < _best))
        {
            return;
        }

        _best = Math.Min(_best, log.Loss);
        var file = _path.Replace("{epoch}", log.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        control.Model.save(file);
        Saved.Add(file);
    }
}

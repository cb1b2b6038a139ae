// SPDX-License-Identifier: MIT
namespace MedNet.Models.Training;

/// <summary>Stops training when a monitored value (the training loss, or e.g. a validation loss) has not fallen for <see cref="Patience"/> epochs.</summary>
/// <remarks>An epoch improves when value &lt; best − <see cref="MinDelta"/>.</remarks>
public sealed class EarlyStopping : ITrainingCallback
{
    private readonly Func<TrainingControl, double>? _monitor;
    private int _badEpochs;

    /// <summary>Creates the callback.</summary>
    /// <param name="patience">Epochs without improvement tolerated, ≥ 1.</param>
    /// <param name="minDelta">Smallest decrease that counts as an improvement, ≥ 0. Default 0.</param>
    /// <param name="monitor">Computes the monitored value after an epoch (lower is better); null monitors the epoch's training loss.</param>
    /// <exception cref="ArgumentOutOfRangeException">patience &lt; 1 or minDelta &lt; 0.</exception>
    public EarlyStopping(int patience, double minDelta = 0, Func<TrainingControl, double>? monitor = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(patience, 1);
        if (!(minDelta >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, "EarlyStopping: expected minDelta ≥ 0.");
        }

        Patience = patience;
        MinDelta = minDelta;
        _monitor = monitor;
    }

    /// <summary>Epochs without improvement tolerated.</summary>
    public int Patience { get; }

    /// <summary>Smallest decrease that counts.</summary>
    public double MinDelta { get; }

    /// <summary>The best monitored value so far (∞ before the first epoch).</summary>
    public double Best { get; private set; } = double.PositiveInfinity;

    /// <summary>The epoch that reached <see cref="Best"/>, 0 before the first epoch.</summary>
    public int BestEpoch { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The monitored value is NaN.</exception>
    public void OnEpochEnd(EpochLog log, TrainingControl control)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(control);
        var value = _monitor is null ? log.Loss : _monitor(control);
        if (double.IsNaN(value))
        {
            throw new InvalidOperationException($"EarlyStopping: expected a monitored value but got NaN after epoch {log.Epoch}.");
        }

        if (value < Best - MinDelta)
        {
            Best = value;
            BestEpoch = log.Epoch;
            _badEpochs = 0;
            return;
        }

        if (++_badEpochs >= Patience)
        {
            control.Stop($"no improvement of more than {MinDelta} for {Patience} epoch(s); best {Best:G6} at epoch {BestEpoch}");
        }
    }
}

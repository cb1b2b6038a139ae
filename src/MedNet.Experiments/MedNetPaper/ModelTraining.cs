// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Experiments.Metrics;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Training;
using MedNet.Tensors;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>One model trained and evaluated on MBA: its epochs, its POT evaluation and timings.</summary>
/// <param name="Model">Short model name, e.g. <c>mednet</c>.</param>
/// <param name="Label">Display name, e.g. <c>MED-Net</c>.</param>
/// <param name="Setup">The model as composed for the run (architecture, training, loss, window, normalisation).</param>
/// <param name="Epochs">Per-epoch logs, tagged with <paramref name="Model"/>.</param>
/// <param name="Pot">DTAAD's POT (<see cref="PotParameters.Mba"/>) per channel, averaged and combined.</param>
/// <param name="TrainSeconds">Wall time of training (all epochs) in seconds.</param>
public sealed record ModelTraining(
    string Model, string Label, ModelSetup Setup, IReadOnlyList<EpochLog> Epochs, MultichannelPotResult Pot, double TrainSeconds)
{
    /// <summary>Median epoch time in seconds, leaving out the first epoch (JIT and cache warm-up) when there are more than one.</summary>
    public double MedianEpochSeconds
    {
        get
        {
            var times = new List<double>();
            for (var i = Epochs.Count > 1 ? 1 : 0; i < Epochs.Count; i++)
            {
                times.Add(Epochs[i].Seconds);
            }

            times.Sort();
            var n = times.Count;
            return n % 2 == 1 ? times[n / 2] : (times[(n / 2) - 1] + times[n / 2]) / 2;
        }
    }

    /// <summary>Seeds the default generator, builds the recipe's model, trains it on the MBA training windows, scores and thresholds.</summary>
    /// <param name="recipe">Model, config and training settings.</param>
    /// <param name="data">MBA.</param>
    /// <param name="seed">Seed of initialisation and dropout (<c>torch.manual_seed</c>).</param>
    /// <param name="log">Receives one line per epoch; may be null.</param>
    /// <returns>The trained model's logs and evaluation.</returns>
    /// <remarks>Source: [DTAAD] <c>main.py</c> (<c>backprop</c>, test branch, <c>pot_eval</c>); [MEDNET] §5.2.</remarks>
    public static ModelTraining Run(ForecastRecipe recipe, MbaData data, int seed, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(data);
        var (train, test) = data.Windows(recipe.Normalisation, recipe.WindowLength, recipe.TrainingRows, seed);
        torch.manual_seed(seed);
        var model = recipe.Build(train);
        var clock = Stopwatch.StartNew();
        var logs = DualForecastTrainer.Train(model, train, recipe.Training, recipe.Loss, Progress(recipe.Model, seed, recipe.Training.Epochs, log));
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var pot = MultichannelPot.Evaluate(
            DualForecastTrainer.Score(model, train, recipe.Loss), DualForecastTrainer.Score(model, test, recipe.Loss), data.Labels, data.Channels, PotParameters.Mba);
        return new ModelTraining(recipe.Model, recipe.Label, recipe.Setup, Tag(logs, recipe.Model), pot, trainSeconds);
    }

    /// <summary>The progress callback of a run: one line per epoch, <c>model seed=… epoch=e/E loss=… lr=… seconds=…</c>.</summary>
    /// <param name="model">Short model name.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="epochs">Epochs planned.</param>
    /// <param name="log">Receives the lines; may be null.</param>
    /// <returns>The callback.</returns>
    internal static EpochProgress Progress(string model, int seed, int epochs, Action<string>? log) =>
        new(e => log?.Invoke(FormattableString.Invariant(
            $"{model} seed={seed} epoch={e.Epoch}/{epochs} loss={e.Loss:G6} lr={e.LearningRate:G4} seconds={e.Seconds:F3}")));

    /// <summary>The epoch logs with <see cref="EpochLog.Model"/> set, so runs that train several models keep them apart.</summary>
    /// <param name="logs">Logs from a trainer.</param>
    /// <param name="model">Short model name, e.g. <c>dtaad</c>.</param>
    /// <returns>A copy of each log, tagged.</returns>
    internal static List<EpochLog> Tag(IReadOnlyList<EpochLog> logs, string model)
    {
        var tagged = new List<EpochLog>(logs.Count);
        foreach (var e in logs)
        {
            tagged.Add(e with { Model = model });
        }

        return tagged;
    }

    /// <summary>Adds the POT metrics and the training figures (<c>train.final_loss</c>, <c>train.seconds_per_epoch</c>, <c>train.seconds</c>).</summary>
    /// <param name="metrics">Receives the metrics.</param>
    /// <param name="channelNames">Channel names of the data.</param>
    /// <param name="prefix">Prefix of every name (e.g. <c>dtaad.</c>) or empty.</param>
    public void AddMetrics(IDictionary<string, double> metrics, IReadOnlyList<string> channelNames, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        PotMetrics.Add(metrics, Pot, channelNames, prefix);
        metrics[$"{prefix}train.final_loss"] = Epochs[^1].Loss;
        metrics[$"{prefix}train.seconds_per_epoch"] = MedianEpochSeconds;
        metrics[$"{prefix}train.seconds"] = TrainSeconds;
    }
}

// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Models.Classification;
using MedNet.Models.Training;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary>Trains one network on a record task's training side through <see cref="Trainer.Fit"/> and predicts its test side.</summary>
/// <remarks>Source: [MSA] §3.2 (Adam, lr 1e-3). Fixed epochs; the validation side is not used for selection (D-MS-50). No SMOTE-Tomek
/// on whole records: the loss's class weights (from the training side) carry the imbalance (D-MS-56).</remarks>
public static class MsaRecordFit
{
    /// <summary>Seeds the generator, builds, trains and evaluates.</summary>
    /// <param name="spec">The network (its leads must equal the data's).</param>
    /// <param name="data">The task data.</param>
    /// <param name="training">Optimiser, batch, epochs (the shuffle seed is replaced by <paramref name="seed"/>).</param>
    /// <param name="loss">The loss.</param>
    /// <param name="seed">Seed of initialisation, dropout and batch order.</param>
    /// <param name="log">Receives one line per epoch; may be null.</param>
    /// <returns>Test predictions and logs.</returns>
    /// <exception cref="ArgumentException">The network's leads differ from the data's, or a side is empty.</exception>
    public static MsaFitResult Run(MsaModelSpec spec, MsaRecordData data, TrainingOptions training, ClassificationLossSettings loss, int seed, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(loss);
        if (spec.Leads != data.Leads || !spec.Priors)
        {
            throw new ArgumentException($"MsaRecordFit: expected a guided-attention network of {data.Leads} lead(s) but got {spec.Leads} lead(s), priors {spec.Priors}.", nameof(spec));
        }

        if (data.Train.Count == 0 || data.Test.Count == 0)
        {
            throw new ArgumentException($"MsaRecordFit: {data.Task} has {data.Train.Count} training and {data.Test.Count} test samples; both must be non-empty.", nameof(data));
        }

        torch.manual_seed(seed);
        var model = spec.Build();
        var x = Inputs(data.Train, data);
        var y = MsaTrainingSet.Targets(data.Train.Samples);
        var criterion = loss.Create(data.Train.ClassCounts(data.ClassNames.Count));
        var epochs = training.Epochs;
        var progress = new EpochProgress(e => log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Id} seed={seed} epoch={e.Epoch}/{epochs} loss={e.Loss:G6} seconds={e.Seconds:F2}")));
        var clock = Stopwatch.StartNew();
        var logs = Trainer.Fit(model, x, y, (batch, target) => criterion.call(model.call(batch), target!), training with { ShuffleSeed = seed }, [progress], nameof(MsaRecordFit));
        var seconds = clock.Elapsed.TotalSeconds;
        var tagged = new List<EpochLog>(logs.Count);
        foreach (var e in logs)
        {
            tagged.Add(e with { Model = spec.Id });
        }

        var (predicted, probabilities) = MsaFit.Predict(model, Inputs(data.Test, data));
        return new MsaFitResult(data.Test.Samples.Labels, predicted, probabilities, tagged, seconds, model.parameter_count(), data.Train.Count);
    }

    /// <summary>(N, C + 2, L) inputs of one side: the leads followed by the two prior channels.</summary>
    /// <param name="set">The side.</param>
    /// <param name="data">The task data (shape).</param>
    /// <returns>The tensor.</returns>
    public static Tensor Inputs(MsaRecordSet set, MsaRecordData data)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(data);
        return torch.tensor((float[])set.Samples.Features.Clone(), [set.Count, data.Channels, data.Length]);
    }
}

// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Models.Classification;
using MedNet.Models.Training;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary>Trains one network on one fold through the kit's one loop (<see cref="Trainer.Fit"/>) and predicts the fold's test beats.</summary>
/// <remarks>Source: [MSA] §3.2 (Adam, lr 1e-3; loss comparison). The loss's class weights come from the balanced training fold only.</remarks>
public static class MsaFit
{
    /// <summary>Test beats per inference batch.</summary>
    public const int EvaluationBatch = 128;

    /// <summary>Seeds the generator, builds, trains and evaluates.</summary>
    /// <param name="spec">The network.</param>
    /// <param name="fold">Training and test samples.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="training">Optimiser, batch, epochs (its shuffle seed is replaced by <paramref name="seed"/>).</param>
    /// <param name="loss">The loss.</param>
    /// <param name="seed">Seed of initialisation, dropout and batch order.</param>
    /// <param name="log">Receives one line per epoch; may be null.</param>
    /// <returns>Predictions and logs.</returns>
    public static MsaFitResult Run(
        MsaModelSpec spec, MsaFoldData fold, int windowLength, TrainingOptions training, ClassificationLossSettings loss, int seed, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(loss);
        torch.manual_seed(seed);
        var model = spec.Build();
        var x = MsaTrainingSet.Inputs(fold.Train, windowLength, spec.Priors);
        var y = MsaTrainingSet.Targets(fold.Train);
        var criterion = loss.Create(fold.TrainCounts(MsaBeatData.ClassNames.Count));
        var epochs = training.Epochs;
        var progress = new EpochProgress(e => log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Id} fold={fold.Fold} seed={seed} epoch={e.Epoch}/{epochs} loss={e.Loss:G6} lr={e.LearningRate:G4} seconds={e.Seconds:F2}")));
        var clock = Stopwatch.StartNew();
        var logs = Trainer.Fit(model, x, y, (batch, target) => criterion.call(model.call(batch), target!), training with { ShuffleSeed = seed }, [progress], nameof(MsaFit));
        var seconds = clock.Elapsed.TotalSeconds;
        var tagged = new List<EpochLog>(logs.Count);
        foreach (var e in logs)
        {
            tagged.Add(e with { Model = $"{spec.Id}/fold{fold.Fold}" });
        }

        var test = MsaTrainingSet.Inputs(fold.Test, windowLength, spec.Priors);
        var (predicted, probabilities) = Predict(model, test);
        return new MsaFitResult(fold.Test.Labels, predicted, probabilities, tagged, seconds, model.parameter_count(), fold.Train.Count) { Model = model, TestInputs = test };
    }

    /// <summary>Arg-max classes and softmax probabilities in eval mode without gradients.</summary>
    /// <param name="model">The trained network.</param>
    /// <param name="inputs">(N, C, L).</param>
    /// <returns>Predicted classes (N) and probabilities (N, K) row-major.</returns>
    public static (int[] Predicted, float[] Probabilities) Predict(Tensors.NN.Module<Tensor, Tensor> model, Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        model.eval();
        using var _ = torch.no_grad();
        var n = (int)inputs.size(0);
        var probabilities = new List<float>();
        for (var start = 0; start < n; start += EvaluationBatch)
        {
            using var scope = torch.NewDisposeScope(); // this batch's tensors return to the pool at its end
            var count = Math.Min(EvaluationBatch, n - start);
            var p = torch.nn.functional.softmax(model.call(inputs.narrow(0, start, count).contiguous()), 1);
            probabilities.AddRange(p.ToArray());
        }

        var k = probabilities.Count / Math.Max(n, 1);
        var predicted = new int[n];
        for (var i = 0; i < n; i++)
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                if (probabilities[(i * k) + c] > probabilities[(i * k) + best])
                {
                    best = c;
                }
            }

            predicted[i] = best;
        }

        return (predicted, [.. probabilities]);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.Data;
using MedNet.Models.Training;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Training;

/// <summary>Trains and scores a dual-forecast model (DTAAD, MED-Net) as DTAAD's <c>backprop</c> does.</summary>
/// <remarks>
/// Source: [DTAAD] <c>main.py</c> <c>backprop</c> (DTAAD branch) and <c>load_model</c>. Loss per batch:
/// λ·MSE(x1, x_W) + (1 − λ)·MSE(x2, x_W) against the last row x_W of each window, mean over batch and channels;
/// batches in window order (no shuffling); AdamW(lr, weight_decay); StepLR stepped once per epoch (<see cref="DtaadTraining.Reference"/>). Test score: the
/// squared error (x2 − x_W)² per window and channel, in eval mode (dropout off).
/// </remarks>
public static class DualForecastTrainer
{
    /// <summary>Trains <paramref name="model"/> with the dual-forecast loss through the kit's one <see cref="Trainer"/>.</summary>
    /// <param name="model">The model; put in training mode.</param>
    /// <param name="windows">Training windows (N, C, W), channel-first (see <see cref="WindowTensors.ChannelFirst"/>).</param>
    /// <param name="options">Optimiser, schedule, batch size and epochs (DTAAD: <see cref="DtaadTraining.Reference"/>).</param>
    /// <param name="loss">The λ-weighted loss (DTAAD: <see cref="DtaadTraining.Loss"/>).</param>
    /// <param name="callbacks">Progress, early stopping or checkpoints, called after each epoch; may be null.</param>
    /// <returns>One entry per epoch: mean batch loss, the learning rate used during the epoch, wall seconds.</returns>
    public static IReadOnlyList<EpochLog> Train(
        Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor windows, TrainingOptions options, DualForecastLoss loss, params ITrainingCallback[] callbacks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loss);
        var problems = loss.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"DualForecastTrainer: invalid loss: {string.Join(" ", problems)}", nameof(loss));
        }

        RequireWindows(windows);
        var w = windows.size(2);
        return Trainer.Fit(
            model,
            windows,
            null,
            (batch, _) =>
            {
                var target = batch.select(2, w - 1);
                var (x1, x2) = model.call(batch);
                return loss.Compute(x1, x2, target);
            },
            options,
            callbacks,
            nameof(DualForecastTrainer));
    }

    /// <summary>Squared error of the second forecast per window and channel, (x2 − x_W)², in eval mode.</summary>
    /// <param name="model">A trained model; left in eval mode.</param>
    /// <param name="windows">Windows (N, C, W), channel-first.</param>
    /// <param name="batchSize">Windows per forward pass (memory only; results agree across batch sizes up to float32 rounding). Default 4096.</param>
    /// <returns>Scores, row-major (N, C).</returns>
    public static double[] Score(Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor windows, int batchSize = 4096) =>
        Score(model, windows, DtaadTraining.Loss, batchSize);

    /// <summary>The test score of <paramref name="loss"/> per window and channel (<see cref="DualForecastLoss.Score"/>), in eval mode.</summary>
    /// <param name="model">A trained model; left in eval mode.</param>
    /// <param name="windows">Windows (N, C, W), channel-first.</param>
    /// <param name="loss">The loss the model was trained with; its <see cref="DualForecastLoss.Pairing"/> decides which forecast channel scores which channel.</param>
    /// <param name="batchSize">Windows per forward pass. Default 4096.</param>
    /// <returns>Scores, row-major (N, C).</returns>
    public static double[] Score(Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor windows, DualForecastLoss loss, int batchSize = 4096)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        RequireWindows(windows);
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "DualForecastTrainer.Score: expected batchSize ≥ 1.");
        }

        model.eval();
        foreach (var p in model.parameters())
        {
            windows = windows.to(p.dtype); // a float64 model (TrainingOptions.DType) scores float64 windows
            break;
        }

        long n = windows.size(0), c = windows.size(1), w = windows.size(2);
        var scores = new double[n * c];
        using var noGrad = torch.no_grad();
        for (long start = 0; start < n; start += batchSize)
        {
            using var scope = torch.NewDisposeScope(); // this batch's tensors return to the pool at its end
            var batch = windows.narrow(0, start, Math.Min(batchSize, n - start));
            var target = batch.select(2, w - 1);
            var (_, x2) = model.call(batch);
            var batchScores = loss.Score(x2, target);
            if (batchScores.dtype == ScalarType.Float64)
            {
                WindowScores.CopyFinite(batchScores.data<double>(), scores, start, c, "DualForecastTrainer.Score");
            }
            else
            {
                WindowScores.CopyFinite(batchScores.data(), scores, start, c, "DualForecastTrainer.Score");
            }
        }

        return scores;
    }

    private static void RequireWindows(Tensor windows)
    {
        if (windows.dim() != 3 || windows.size(0) < 1)
        {
            throw new ArgumentException(
                $"DualForecastTrainer: expected windows (N ≥ 1, C, W) but got ({string.Join(", ", windows.shape)}).", nameof(windows));
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.Training;
using MedNet.Signals.Preprocessing;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;
using MedNet.Tensors.Optim.LRScheduler;

namespace MedNet.Models.AnomalyDetection.Training;

/// <summary>Trains and scores a dual-forecast model (DTAAD, MED-Net) as DTAAD's <c>backprop</c> does.</summary>
/// <remarks>
/// Source: [DTAAD] <c>main.py</c> <c>backprop</c> (DTAAD branch) and <c>load_model</c>. Loss per batch:
/// λ·MSE(x1, x_W) + (1 − λ)·MSE(x2, x_W) against the last row x_W of each window, mean over batch and channels;
/// batches in window order (no shuffling); AdamW(lr, weight_decay); StepLR stepped once per epoch. Test score: the
/// squared error (x2 − x_W)² per window and channel, in eval mode (dropout off).
/// </remarks>
public static class DualForecastTrainer
{
    /// <summary>Converts (N, W, C) windows to one channel-first tensor (N, C, W).</summary>
    /// <param name="windows">Windows from <see cref="SlidingWindows"/>.</param>
    /// <returns>(N, C, W).</returns>
    /// <exception cref="ArgumentException">No windows.</exception>
    public static Tensor ToChannelFirst(WindowTensor windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Count == 0)
        {
            throw new ArgumentException("DualForecastTrainer: expected at least one window but got none. The series is shorter than one window.", nameof(windows));
        }

        return torch.tensor(windows.Data, [windows.Count, windows.Length, windows.Channels]).permute(0, 2, 1);
    }

    /// <summary>Trains <paramref name="model"/> for <see cref="DtaadConfig.Epochs"/> epochs.</summary>
    /// <param name="model">The model; put in training mode.</param>
    /// <param name="windows">Training windows (N, C, W), channel-first (see <see cref="ToChannelFirst"/>).</param>
    /// <param name="settings">λ, optimiser, scheduler, batch size and epochs.</param>
    /// <param name="onEpoch">Called after each epoch (progress display); may be null.</param>
    /// <returns>One entry per epoch: mean batch loss, the learning rate used during the epoch, wall seconds.</returns>
    public static IReadOnlyList<EpochLog> Train(
        Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor windows, DtaadConfig settings, Action<EpochLog>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid();
        RequireWindows(windows);
        var optimizer = new AdamW(model.parameters(), settings.LearningRate, weight_decay: settings.WeightDecay);
        var scheduler = new StepLR(optimizer, settings.StepSize, settings.Gamma);
        var logs = new List<EpochLog>(settings.Epochs);
        model.train();
        var n = windows.size(0);
        var w = windows.size(2);
        var lambda = (float)settings.Lambda;
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var lr = optimizer.param_groups[0].lr;
            double sum = 0;
            var batches = 0;
            for (long start = 0; start < n; start += settings.BatchSize)
            {
                var batch = windows.narrow(0, start, Math.Min(settings.BatchSize, n - start));
                var target = batch.select(2, w - 1);
                var (x1, x2) = model.call(batch);
                var loss = (torch.nn.functional.mse_loss(x1, target) * lambda) + (torch.nn.functional.mse_loss(x2, target) * (1f - lambda));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                var value = loss.item();
                if (!float.IsFinite(value))
                {
                    throw new InvalidOperationException(
                        $"DualForecastTrainer: expected a finite loss but got {value} in epoch {epoch}, batch {batches}. Check the input for NaN and lower the learning rate.");
                }

                sum += value;
                batches++;
            }

            scheduler.step();
            var log = new EpochLog(epoch, sum / batches, lr, clock.Elapsed.TotalSeconds);
            logs.Add(log);
            onEpoch?.Invoke(log);
        }

        return logs;
    }

    /// <summary>Squared error of the second forecast per window and channel, (x2 − x_W)², in eval mode.</summary>
    /// <param name="model">A trained model; left in eval mode.</param>
    /// <param name="windows">Windows (N, C, W), channel-first.</param>
    /// <param name="batchSize">Windows per forward pass (memory only; results agree across batch sizes up to float32 rounding). Default 4096.</param>
    /// <returns>Scores, row-major (N, C).</returns>
    public static double[] Score(Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor windows, int batchSize = 4096)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        RequireWindows(windows);
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "DualForecastTrainer.Score: expected batchSize ≥ 1.");
        }

        model.eval();
        long n = windows.size(0), c = windows.size(1), w = windows.size(2);
        var scores = new double[n * c];
        using var noGrad = torch.no_grad();
        for (long start = 0; start < n; start += batchSize)
        {
            var batch = windows.narrow(0, start, Math.Min(batchSize, n - start));
            var target = batch.select(2, w - 1);
            var (_, x2) = model.call(batch);
            WindowScores.CopyFinite((x2 - target).square().data(), scores, start, c, "DualForecastTrainer.Score");
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

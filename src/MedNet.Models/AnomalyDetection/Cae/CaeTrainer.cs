// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Models.Training;
using MedNet.Tensors;
using MedNet.Tensors.Optim;

namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>Trains the CAE on window reconstruction and scores windows in the protocol of the dual-forecast trainer.</summary>
/// <remarks>
/// Source: [CAE2025] <c>train_PTBXL.ipynb</c> <c>ECGADLightning</c>: loss MSE(x̂, x) over the whole window (mean over
/// B, C, W); Adam(lr); <c>ReduceLROnPlateau(min, factor 0.2, patience 10, min_lr 5e-5)</c> on the epoch's mean loss;
/// batches in window order (<c>DataLoader</c> without shuffling). Scores: one value per window and channel, as
/// <see cref="Training.DualForecastTrainer.Score"/> gives, so <see cref="Thresholding.MultichannelPot"/> applies unchanged.
/// Differs: D-MN-15 (float32, not 16-bit mixed precision).
/// </remarks>
public static class CaeTrainer
{
    /// <summary>Trains <paramref name="model"/> for <see cref="CaeConfig.Epochs"/> epochs.</summary>
    /// <param name="model">The model; put in training mode.</param>
    /// <param name="windows">Training windows (N, C, W), channel-first (see <see cref="Training.DualForecastTrainer.ToChannelFirst"/>).</param>
    /// <param name="settings">Optimiser, plateau schedule, batch size and epochs.</param>
    /// <param name="onEpoch">Called after each epoch (progress display); may be null.</param>
    /// <returns>One entry per epoch: mean batch loss, the learning rate used during the epoch, wall seconds.</returns>
    public static IReadOnlyList<EpochLog> Train(CaeModel model, Tensor windows, CaeConfig settings, Action<EpochLog>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid();
        model.CheckInput(windows);
        var optimizer = new Adam(model.parameters(), settings.LearningRate);
        var logs = new List<EpochLog>(settings.Epochs);
        model.train();
        var n = windows.size(0);
        var best = double.PositiveInfinity;
        var badEpochs = 0;
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var lr = optimizer.param_groups[0].lr;
            double sum = 0;
            var batches = 0;
            for (long start = 0; start < n; start += settings.BatchSize)
            {
                var batch = windows.narrow(0, start, Math.Min(settings.BatchSize, n - start));
                var loss = torch.nn.functional.mse_loss(model.call(batch), batch);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                var value = loss.item();
                if (!float.IsFinite(value))
                {
                    throw new InvalidOperationException(
                        $"CaeTrainer: expected a finite loss but got {value} in epoch {epoch}, batch {batches}. Check the input for NaN and lower the learning rate.");
                }

                sum += value;
                batches++;
            }

            var mean = sum / batches;
            (best, badEpochs) = StepPlateau(optimizer, settings, mean, best, badEpochs);
            var log = new EpochLog(epoch, mean, lr, clock.Elapsed.TotalSeconds);
            logs.Add(log);
            onEpoch?.Invoke(log);
        }

        return logs;
    }

    /// <summary>Squared reconstruction error per window and channel, in eval mode.</summary>
    /// <param name="model">A trained model; left in eval mode.</param>
    /// <param name="windows">Windows (N, C, W), channel-first.</param>
    /// <param name="reading">Last element (default, comparable with DTAAD's score) or the mean over the window.</param>
    /// <param name="batchSize">Windows per forward pass (memory only). Default 256.</param>
    /// <returns>Scores, row-major (N, C).</returns>
    /// <exception cref="InvalidOperationException">A score is NaN or ∞ (names the window and channel).</exception>
    public static double[] Score(CaeModel model, Tensor windows, ReconstructionScore reading = ReconstructionScore.LastElement, int batchSize = 256)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        model.CheckInput(windows);
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "CaeTrainer.Score: expected batchSize ≥ 1.");
        }

        model.eval();
        long n = windows.size(0), c = windows.size(1), w = windows.size(2);
        var scores = new double[n * c];
        using var noGrad = torch.no_grad();
        for (long start = 0; start < n; start += batchSize)
        {
            var batch = windows.narrow(0, start, Math.Min(batchSize, n - start));
            var sq = (model.call(batch) - batch).square(); // (b, C, W)
            var perChannel = reading switch
            {
                ReconstructionScore.LastElement => sq.select(2, w - 1),
                ReconstructionScore.WindowMean => sq.mean(2),
                _ => throw new ArgumentOutOfRangeException(nameof(reading), reading,
                    $"CaeTrainer.Score: expected one of {string.Join(", ", Enum.GetNames<ReconstructionScore>())}."),
            };
            Training.WindowScores.CopyFinite(perChannel.contiguous().data(), scores, start, c, "CaeTrainer.Score"); // (b, C)
        }

        return scores;
    }

    /// <summary>PyTorch's <c>ReduceLROnPlateau</c> (mode min, relative threshold 1e-4, cooldown 0) stepped with one epoch's loss.</summary>
    private static (double Best, int BadEpochs) StepPlateau(Optimizer optimizer, CaeConfig settings, double loss, double best, int badEpochs)
    {
        const double relativeThreshold = 1e-4;
        if (loss < best * (1 - relativeThreshold))
        {
            return (loss, 0);
        }

        badEpochs++;
        if (badEpochs > settings.PlateauPatience)
        {
            foreach (var group in optimizer.param_groups)
            {
                group.lr = Math.Max(group.lr * settings.PlateauFactor, settings.MinLearningRate);
            }

            badEpochs = 0;
        }

        return (best, badEpochs);
    }
}

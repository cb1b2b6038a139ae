// SPDX-License-Identifier: MIT
using MedNet.Models.Data;
using MedNet.Models.Training;
using MedNet.Tensors;

namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>Trains the CAE on window reconstruction and scores windows in the protocol of the dual-forecast trainer.</summary>
/// <remarks>
/// Source: [CAE2025] <c>train_PTBXL.ipynb</c> <c>ECGADLightning</c>: loss MSE(x̂, x) over the whole window (mean over
/// B, C, W); Adam(lr); <c>ReduceLROnPlateau(min, factor 0.2, patience 10, min_lr 5e-5)</c> on the epoch's mean loss;
/// batches in window order (<c>DataLoader</c> without shuffling). Scores: one value per window and channel, as
/// <see cref="AnomalyDetection.Training.DualForecastTrainer"/>.Score gives, so <see cref="Thresholding.MultichannelPot"/> applies unchanged.
/// Differs: D-MN-15 (float32, not 16-bit mixed precision).
/// </remarks>
public static class CaeTrainer
{
    /// <summary>Trains <paramref name="model"/> on window reconstruction through the kit's one <see cref="Trainer"/>.</summary>
    /// <param name="model">The model; put in training mode.</param>
    /// <param name="windows">Training windows (N, C, W), channel-first (see <see cref="WindowTensors.ChannelFirst"/>).</param>
    /// <param name="options">Optimiser, plateau schedule, batch size and epochs (reference: <see cref="CaeTraining.Reference"/>).</param>
    /// <param name="callbacks">Progress, early stopping or checkpoints, called after each epoch; may be null.</param>
    /// <returns>One entry per epoch: mean batch loss, the learning rate used during the epoch, wall seconds.</returns>
    public static IReadOnlyList<EpochLog> Train(CaeModel model, Tensor windows, TrainingOptions options, params ITrainingCallback[] callbacks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(options);
        model.CheckInput(windows);
        return Trainer.Fit(model, windows, null, (batch, _) => torch.nn.functional.mse_loss(model.call(batch), batch), options, callbacks, nameof(CaeTrainer));
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
            var sq = (model.call(batch) - batch).square(); // (b, C, W)
            var perChannel = reading switch
            {
                ReconstructionScore.LastElement => sq.select(2, w - 1),
                ReconstructionScore.WindowMean => sq.mean(2),
                _ => throw new ArgumentOutOfRangeException(nameof(reading), reading,
                    $"CaeTrainer.Score: expected one of {string.Join(", ", Enum.GetNames<ReconstructionScore>())}."),
            };
            if (perChannel.dtype == ScalarType.Float64)
            {
                AnomalyDetection.Training.WindowScores.CopyFinite(perChannel.data<double>(), scores, start, c, "CaeTrainer.Score"); // (b, C), a float64 model
            }
            else
            {
                AnomalyDetection.Training.WindowScores.CopyFinite(perChannel.contiguous().data(), scores, start, c, "CaeTrainer.Score"); // (b, C)
            }
        }

        return scores;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Data;
using MedNet.Models.Training;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;
using MedNet.Tensors;

namespace MedNet.Models.AnomalyDetection.Training;

/// <summary>One DTAAD run from normalised tables to POT metrics: DTAAD windows, a freshly seeded model, training, scores, POT.</summary>
/// <remarks>
/// Source: [DTAAD] <c>main.py</c> (windows by <c>convert_to_windows</c>, <c>backprop</c> for training and testing, then
/// <c>pot_eval</c> per channel with the training scores as calibration). The same steps as notebook 02's cells, in one call,
/// so a notebook can rerun them with one fact of the reference implementation changed and compare.
/// </remarks>
public static class DtaadExperiment
{
    /// <summary>Trains a DTAAD model on <paramref name="train"/> and evaluates it on <paramref name="test"/>.</summary>
    /// <param name="train">Normalised training table (T_train, C).</param>
    /// <param name="test">Normalised test table (T, C), same columns.</param>
    /// <param name="labels">Point labels of the test table (T, C), 0/1.</param>
    /// <param name="config">The architecture, e.g. <see cref="DtaadConfig.Reference"/>.</param>
    /// <param name="options">Optimiser, schedule, batches and epochs, e.g. <see cref="DtaadTraining.Reference"/>.</param>
    /// <param name="seed">Seed of the model's initialisation and of dropout.</param>
    /// <param name="pot">POT parameters, e.g. <see cref="PotParameters.Mba"/>.</param>
    /// <param name="windowLength">Window length W. Default <see cref="DtaadTraining.WindowLength"/>.</param>
    /// <param name="loss">The λ-weighted loss. Default <see cref="DtaadTraining.Loss"/>.</param>
    /// <returns>The trained model, its epoch logs and the POT result.</returns>
    /// <exception cref="ArgumentException">The tables' columns differ, or the labels' shape is not the test table's.</exception>
    public static DtaadExperimentResult Run(
        TimeSeriesTable train, TimeSeriesTable test, TimeSeriesTable labels, DtaadConfig config, TrainingOptions options, int seed, PotParameters pot,
        int windowLength = DtaadTraining.WindowLength, DualForecastLoss? loss = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        if (test.Columns != train.Columns || labels.Shape != test.Shape)
        {
            throw new ArgumentException(
                $"DtaadExperiment.Run: expected test and labels of shape (T, {train.Columns}) like the training columns but got test {test.Shape} and labels {labels.Shape}.",
                nameof(labels));
        }

        var windowing = WindowSpec.Dtaad(windowLength);
        var trainWindows = WindowTensors.ChannelFirst(WindowCutter.Cut(train, windowing)); // (N, C, W)
        var testWindows = WindowTensors.ChannelFirst(WindowCutter.Cut(test, windowing));   // (N, C, W)
        torch.manual_seed(seed);
        var model = new DtaadModel(train.Columns, (int)trainWindows.size(2), config);   // the length of the windows it is given
        var logs = DualForecastTrainer.Train(model, trainWindows, options, loss ?? DtaadTraining.Loss);
        var result = MultichannelPot.Evaluate(
            DualForecastTrainer.Score(model, trainWindows), DualForecastTrainer.Score(model, testWindows), labels.Values, train.Columns, pot);
        return new DtaadExperimentResult(model, logs, result);
    }
}

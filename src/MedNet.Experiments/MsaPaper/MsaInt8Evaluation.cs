// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.Runs;
using MedNet.Models.Compression;
using MedNet.Tensors;
using MedNet.Tensors.IO;

namespace MedNet.Experiments.MsaPaper;

/// <summary>
/// Table 3's int8 row: each fold's trained network quantised by <see cref="Int8Quantizer"/>, rebuilt with the dequantised
/// weights and scored on the fold's test beats; sizes are the lengths of the stored files.
/// </summary>
/// <remarks>
/// Source: [MSA] §4.1 ("potential for further reduction to 3.5MB through 8-bit quantization, resulting in minimal accuracy
/// impact"). Metrics under <c>compressed_int8.</c>: the <see cref="MsaMetrics"/> set of the int8 predictions,
/// <c>accuracy_change_pp</c> (int8 − float32, percentage points, same beats), <c>changed_predictions</c> (share of beats whose
/// class changed), <c>size_mb</c> / <c>float_size_mb</c> (trained widths, last fold's file) and <c>paper_width_size_mb</c> /
/// <c>paper_width_float_size_mb</c> (paper widths, 10^6 bytes). Differs: D-MS-40.
/// </remarks>
/// <param name="trained">The network as trained (its widths).</param>
public sealed class MsaInt8Evaluation(MsaModelSpec trained)
{
    private readonly List<int> _actual = [];
    private readonly List<int> _predicted = [];
    private readonly List<int> _floatPredicted = [];
    private readonly List<float> _probabilities = [];
    private long _bytes;
    private long _floatBytes;

    /// <summary>Quantises one fold's trained network and predicts its test beats (the <c>onFold</c> hook of TrainAndScore).</summary>
    /// <param name="fold">The fold.</param>
    /// <param name="fit">Its fit, with the trained model and test inputs.</param>
    /// <exception cref="InvalidOperationException">The fit kept no model or test inputs.</exception>
    public void Add(MsaFoldData fold, MsaFitResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var model = fit.Model ?? throw new InvalidOperationException($"MsaInt8Evaluation: fold {fold?.Fold} kept no trained model.");
        var inputs = fit.TestInputs ?? throw new InvalidOperationException($"MsaInt8Evaluation: fold {fold?.Fold} kept no test inputs.");
        var quantised = Int8Quantizer.Quantize(model);
        _bytes = quantised.StoredBytes();
        _floatBytes = FloatBytes(model);
        var copy = trained.Build();
        quantised.LoadInto(copy);
        var (predicted, probabilities) = MsaFit.Predict(copy, inputs);
        _actual.AddRange(fit.Actual);
        _predicted.AddRange(predicted);
        _floatPredicted.AddRange(fit.Predicted);
        _probabilities.AddRange(probabilities);
    }

    /// <summary>Writes the int8 metrics and curves after all folds, and the sizes at the paper's widths.</summary>
    /// <param name="paper">The network at the paper's widths.</param>
    /// <param name="metrics">Receives <c>compressed_int8.*</c> and the float sizes.</param>
    /// <param name="curves">Receives the int8 ROC curves.</param>
    /// <param name="notes">Receives one line on the scheme and the result.</param>
    /// <param name="log">Progress; may be null.</param>
    public void Report(MsaModelSpec paper, Dictionary<string, double> metrics, List<RunCurve> curves, List<string> notes, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(notes);
        if (_actual.Count == 0)
        {
            throw new InvalidOperationException("MsaInt8Evaluation: Report called before any fold was added.");
        }

        const string id = "compressed_int8";
        MsaMetrics.Add(metrics, id, [.. _actual], [.. _predicted], [.. _probabilities]);
        curves.AddRange(MsaRocCurves.Compute(id, [.. _actual], [.. _probabilities]));
        var changed = 0;
        for (var i = 0; i < _predicted.Count; i++)
        {
            changed += _predicted[i] != _floatPredicted[i] ? 1 : 0;
        }

        var floatAccuracy = metrics.TryGetValue($"{paper.Id}.accuracy", out var a) ? a : double.NaN;
        metrics[$"{id}.accuracy_change_pp"] = 100 * (metrics[$"{id}.accuracy"] - floatAccuracy);
        metrics[$"{id}.changed_predictions"] = changed / (double)_predicted.Count;
        metrics[$"{id}.size_mb"] = _bytes / 1e6;
        metrics[$"{paper.Id}.float_size_mb"] = _floatBytes / 1e6;
        torch.manual_seed(0);
        var wide = paper.Build();
        var wideQuantised = Int8Quantizer.Quantize(wide);
        metrics[$"{id}.paper_width_size_mb"] = wideQuantised.StoredBytes() / 1e6;
        metrics[$"{paper.Id}.paper_width_float_size_mb"] = FloatBytes(wide) / 1e6;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"int8 post-training quantisation of the compressed network (D-MS-40): weights of Conv1d, Linear, LSTM and attention projections int8 with one symmetric scale per output channel, biases and BatchNorm float32, dequantised float32 compute; " +
            $"{wideQuantised.Int8Values:N0} int8 + {wideQuantised.Float32Values:N0} float32 values at the paper's widths = {metrics[$"{id}.paper_width_size_mb"]:F2} MB file vs {metrics[$"{paper.Id}.paper_width_float_size_mb"]:F2} MB float32 (paper: 3.5 MB); " +
            $"trained widths {metrics[$"{id}.size_mb"]:F3} MB vs {metrics[$"{paper.Id}.float_size_mb"]:F3} MB; accuracy {100 * metrics[$"{id}.accuracy"]:F2} % vs {100 * floatAccuracy:F2} % float32 " +
            $"({metrics[$"{id}.accuracy_change_pp"]:+0.00;-0.00;0.00} pp), {changed} of {_predicted.Count} test beats change class");
        notes.Add(line);
        log?.Invoke(line);
    }

    private static long FloatBytes(MedNet.Tensors.NN.Module model)
    {
        using var ms = new MemoryStream();
        SafeTensors.Save(model.state_dict(), ms);
        return ms.Length;
    }
}

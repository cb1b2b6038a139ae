// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Models.Compression;
using MedNet.Models.Training;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-table3</c>: [MSA] Table 3's efficiency comparison: parameters, FLOPs, CPU inference time (1 and 2 threads), memory and accuracy.</summary>
/// <remarks>
/// Source: [MSA] §4.1, Table 3. Parameters and FLOPs are counted on the paper-width networks (1 lead, one 10 s segment of
/// 3600 samples, <c>FlopCounter</c>); inference time and memory are measured on the paper-width networks at laptop and paper
/// profiles (the trained narrow ones at smoke), batch 1, no gradients; accuracy comes from the networks trained at the
/// profile's widths on the 0.5–150 Hz data with focal loss. The trained compressed network of each fold is also quantised
/// to int8 (<see cref="Int8Quantizer"/>: per-output-channel weights, float biases and normalisation, dequantised float32
/// compute) and scored on the same test beats (<c>compressed_int8.*</c>); its size is the length of the stored file, at the
/// trained and at the paper's widths. Differs: D-MS-12, D-MS-13, D-MS-31, D-MS-32, D-MS-33, D-MS-40.
/// </remarks>
public sealed class MsaTable3 : MsaExperiment
{
    private static readonly (string Id, string Row)[] Names =
    [
        ("baseline", "Standard CNN-LSTM"), ("resnet34", "ResNet-34"), ("cnn_transformer", "CNN-Transformer"), ("full", "Proposed (Full)"), ("compressed", "Proposed (Compressed)"),
    ];

    /// <inheritdoc/>
    public override string Id => "msa-table3";

    /// <inheritdoc/>
    public override string Title => "[MSA] Table 3: computational efficiency (parameters, FLOPs, CPU time, memory, accuracy)";

    /// <inheritdoc/>
    protected override string HeadlineId => "full";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics
    {
        get
        {
            var list = new List<PaperMetric>();
            foreach (var (id, row) in Names)
            {
                list.Add(new($"MSA/T3/{row}/Parameters", $"{id}.paper_width_parameters_m", "paper widths, 1 lead"));
                list.Add(new($"MSA/T3/{row}/FLOPs", $"{id}.paper_width_gflops", "2·MAC + element-wise, 10 s segment (D-MS-33)"));
                list.Add(new($"MSA/T3/{row}/Inference Time", $"{id}.inference_ms_1t", "CPU, batch 1; paper: GPU"));
                list.Add(new($"MSA/T3/{row}/Inference Time", $"{id}.inference_ms_2t", "CPU, batch 1; paper: GPU"));
                list.Add(new($"MSA/T3/{row}/Memory", $"{id}.memory_mb", "parameters + one pass's managed allocations (D-MS-12)"));
                list.Add(new($"MSA/T3/{row}/Accuracy", $"{id}.accuracy"));
            }

            list.Add(new("MSA/S4.1/8-bit quantization/Memory", "compressed_int8.paper_width_size_mb", "int8 weights + per-channel scales + float32 biases/BN, file bytes (D-MS-40)"));
            list.Add(new("MSA/T3/Proposed (Compressed)/Accuracy", "compressed_int8.accuracy", "int8 weights, dequantised compute; paper: \"minimal accuracy impact\" (D-MS-40)"));

            return list;
        }
    }

    /// <inheritdoc/>
    protected override IReadOnlyDictionary<string, string> NotRun(Profiles.RunProfile profile)
    {
        var reasons = new Dictionary<string, string>();
        if (Settings(profile).TimingRepeats == 0)
        {
            foreach (var (id, _) in Names)
            {
                reasons[$"{id}.inference_ms_1t"] = NotTimed;
                reasons[$"{id}.inference_ms_2t"] = NotTimed;
                reasons[$"{id}.memory_mb"] = NotTimed;
            }
        }

        return reasons;
    }

    /// <summary>The five networks at the paper's widths (1 lead).</summary>
    /// <returns>The specs.</returns>
    public static IReadOnlyList<MsaModelSpec> Rows() =>
    [
        new("baseline", "Standard CNN-LSTM", MsaLadder.Baseline(), true),
        new("resnet34", "ResNet-34", new ResNet1dConfig(), true),
        new("cnn_transformer", "CNN-Transformer", new CnnTransformerConfig(), true),
        new("full", "Proposed (Full)", MsaLadder.Full(), true),
        new("compressed", "Proposed (Compressed)", MsaLadder.Compressed(), true),
    ];

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var settings = Settings(ctx.Profile);
        var loss = new ClassificationLossSettings();
        return Wrap(ctx, settings, (metrics, epochs, notes, curves) =>
        {
            var data = LoadData(ctx, settings, highFrequencyPreservation: true);
            notes.AddRange(data.Notes);
            var folds = PrepareFolds(data, settings, ctx.Seed, notes);
            var models = new List<ModelSetup>();
            foreach (var paper in Rows())
            {
                var trained = paper.With(paper.Architecture switch
                {
                    MsaClassifierConfig c => settings.Widths.Apply(c),
                    ResNet1dConfig => settings.Widths.ResNet(1),
                    CnnTransformerConfig => settings.Widths.Transformer(1),
                    _ => paper.Architecture,
                });
                var int8 = paper.Id == "compressed" ? new MsaInt8Evaluation(trained) : null;
                TrainAndScore(trained, folds, data.WindowLength, settings.Training, loss, ctx.Seed, metrics, epochs, log, curves, int8 is null ? null : int8.Add);
                CountPaperWidth(paper, metrics);
                if (int8 is not null)
                {
                    int8.Report(paper, metrics, curves, notes, log);
                }

                if (settings.TimingRepeats == 0)
                {
                    models.Add(Setup(trained, settings, loss, data));
                    continue;
                }

                var timed = settings.TimePaperWidths ? paper : trained;
                torch.manual_seed(ctx.Seed);
                var model = timed.Build();
                var input = timed.ExampleInput(SegmentLength, data.SamplingRate);
                var one = MsaInference.Measure(model, input, 1, settings.TimingRepeats);
                var two = MsaInference.Measure(model, input, 2, settings.TimingRepeats);
                metrics[$"{paper.Id}.inference_ms_1t"] = one.Milliseconds;
                metrics[$"{paper.Id}.inference_ms_2t"] = two.Milliseconds;
                metrics[$"{paper.Id}.memory_mb"] = one.MemoryMegabytes;
                metrics[$"{paper.Id}.parameter_mb"] = one.ParameterMegabytes;
                log?.Invoke(FormattableString.Invariant($"{paper.Id}: {one.Milliseconds:F1} ms (1 thread), {two.Milliseconds:F1} ms (2 threads), {one.MemoryMegabytes:F1} MB"));
                models.Add(Setup(trained, settings, loss, data));
            }

            notes.Add($"inference time and memory: {(settings.TimePaperWidths ? "paper-width" : "trained (narrow)")} networks, batch 1, 3600 samples, median of {settings.TimingRepeats}; machine load shared with other jobs");
            return (models, data.Fingerprint, data.Folder);
        });
    }
}

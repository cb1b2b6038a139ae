// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Models.Training;
using MedNet.Signals.Datasets;
using MedNet.Tensors;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-table2</c>: the ablation ladder of [MSA] Table 2 on MIT-BIH, with the §3.2 spectral check of the HF switch.</summary>
/// <remarks>
/// Source: [MSA] §3.2, Table 2. Rows 1–5 train on the conventional 0.5–40 Hz data, rows 6–7 on the 0.5–150 Hz data
/// (<see cref="MsaLadder"/>); all with focal loss (the paper's best, D-MS-13). Accuracy, sensitivity and specificity come from
/// the trained networks; parameters and inference time (batch 1, one 10 s segment, the run's threads) from the paper-width
/// network (laptop and paper profiles) — at smoke the inference time is of the trained narrow network. Each row's pooled
/// one-vs-rest ROC curves (decimated, <see cref="MsaRocCurves"/>) go to the run record's curves. Differs: D-MS-04 … D-MS-13, D-MS-20.
/// </remarks>
public sealed class MsaTable2 : MsaExperiment
{
    /// <inheritdoc/>
    public override string Id => "msa-table2";

    /// <inheritdoc/>
    public override string Title => "[MSA] Table 2: ablation ladder on MIT-BIH (AAMI 5 classes)";

    /// <inheritdoc/>
    protected override string HeadlineId => "hf";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics
    {
        get
        {
            var list = new List<PaperMetric>();
            foreach (var row in MsaLadder.Rows())
            {
                list.Add(new($"MSA/T2/{row.Label}/Accuracy", $"{row.Id}.accuracy"));
                list.Add(new($"MSA/T2/{row.Label}/Sensitivity", $"{row.Id}.sensitivity", "macro over classes present"));
                list.Add(new($"MSA/T2/{row.Label}/Specificity", $"{row.Id}.specificity", "macro over classes present"));
                list.Add(new($"MSA/T2/{row.Label}/Parameters", $"{row.Id}.paper_width_parameters_m", "paper widths, 1 lead (D-MS-20)"));
                list.Add(new($"MSA/T2/{row.Label}/Inference Time", $"{row.Id}.inference_ms", "CPU, batch 1, 10 s segment; paper: GPU"));
            }

            list.Add(new("MSA/S3.2/Spectral 50-150 Hz/Preserving", "spectral.preserving_share", "Welch, mean over loaded records (D-MS-05)"));
            list.Add(new("MSA/S3.2/Spectral 50-150 Hz/Conventional", "spectral.conventional_share", "Welch, mean over loaded records (D-MS-05)"));
            return list;
        }
    }

    /// <inheritdoc/>
    protected override IReadOnlyDictionary<string, string> NotRun(Profiles.RunProfile profile) =>
        Settings(profile).TimingRepeats > 0 ? new Dictionary<string, string>() : Rows().ToDictionary(r => $"{r.Id}.inference_ms", _ => NotTimed);

    /// <summary>The seven rows at the paper's widths (1 lead, 5 classes).</summary>
    /// <returns>The specs.</returns>
    public static IReadOnlyList<MsaModelSpec> Rows() =>
        [.. MsaLadder.Rows().Select(r => new MsaModelSpec(r.Id, r.Label, r.Config, r.HighFrequencyPreservation))];

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var settings = Settings(ctx.Profile);
        var loss = new ClassificationLossSettings();
        return Wrap(ctx, settings, (metrics, epochs, notes, curves) =>
        {
            var conventional = LoadData(ctx, settings, highFrequencyPreservation: false);
            var preserving = LoadData(ctx, settings, highFrequencyPreservation: true);
            notes.AddRange(conventional.Notes);
            notes.AddRange(preserving.Notes.Skip(1));
            AddSpectralCheck(preserving, metrics, notes);
            var folds = new Dictionary<bool, IReadOnlyList<MsaFoldData>>
            {
                [false] = PrepareFolds(conventional, settings, ctx.Seed, notes),
                [true] = PrepareFolds(preserving, settings, ctx.Seed, notes),
            };
            var models = new List<ModelSetup>();
            foreach (var paper in Rows())
            {
                var trained = paper.With(settings.Widths.Apply((MsaClassifierConfig)paper.Architecture));
                var data = paper.HighFrequencyPreservation ? preserving : conventional;
                TrainAndScore(trained, folds[paper.HighFrequencyPreservation], data.WindowLength, settings.Training, loss, ctx.Seed, metrics, epochs, log, curves);
                CountPaperWidth(paper, metrics);
                if (settings.TimingRepeats > 0)
                {
                    var timed = settings.TimePaperWidths ? paper : trained;
                    torch.manual_seed(ctx.Seed);
                    var model = timed.Build();
                    var inference = MsaInference.Measure(model, timed.ExampleInput(SegmentLength, data.SamplingRate), ctx.Threads, settings.TimingRepeats);
                    metrics[$"{paper.Id}.inference_ms"] = inference.Milliseconds;
                }

                models.Add(Setup(trained, settings, loss, data));
            }

            notes.Add($"inference time: {(settings.TimePaperWidths ? "paper-width" : "trained (narrow)")} networks, batch 1, 3600 samples, {ctx.Threads} thread(s), median of {settings.TimingRepeats}");
            notes.Add("rows 'guided' and 'hf' are the same network; they differ only in the preprocessing of their data (0.5–40 vs 0.5–150 Hz)");
            return (models, preserving.Fingerprint, preserving.Folder);
        });
    }

    private static void AddSpectralCheck(MsaBeatData data, Dictionary<string, double> metrics, List<string> notes)
    {
        double preserving = 0, conventional = 0, minP = double.MaxValue, minC = double.MaxValue;
        foreach (var name in data.RecordNames)
        {
            var record = MitBih.Load(data.Folder, name, data.Options.Lead);
            var check = MsaPreprocessing.SpectralCheck(name, record.Signal, record.SamplingFrequency);
            preserving += check.PreservingShare;
            conventional += check.ConventionalShare;
            minP = Math.Min(minP, check.PreservingShare);
            minC = Math.Min(minC, check.ConventionalShare);
        }

        var n = data.RecordNames.Count;
        metrics["spectral.preserving_share"] = preserving / n;
        metrics["spectral.conventional_share"] = conventional / n;
        metrics["spectral.preserving_share_min"] = minP;
        metrics["spectral.conventional_share_min"] = minC;
        var shares = FormattableString.Invariant($"0.5–150 Hz {preserving / n:P1}, 0.5–40 Hz {conventional / n:P1}");
        notes.Add($"spectral check (§3.2): share of raw 50–150 Hz Welch power kept, mean over {n} record(s): {shares}; " +
                  "at 360 Hz, 150 Hz is 0.83 × the 180 Hz Nyquist frequency, and MIT-BIH's recorders passed only 0.1–100 Hz, so 100–150 Hz holds mostly noise (D-MS-05)");
    }
}

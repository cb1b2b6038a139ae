// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Models.Training;
using MedNet.Viz.Tables;

namespace MedNet.Experiments.MsaPaper;

/// <summary>
/// An [MSA] MIT-BIH experiment: loads the beats (<see cref="MsaBeatData"/>), splits them by subject, balances and augments
/// each training fold, trains each network through <see cref="Trainer.Fit"/>, pools the test predictions over folds and
/// compares with the paper. The last line is <c>accuracy=… sensitivity=… specificity=… f1=… auroc=…</c> of the
/// experiment's headline network (macro over classes present; per class in the JSON).
/// </summary>
/// <remarks>Source: [MSA] §2.1, §3.1 A, §3.2, Tables 2–3. Differs: D-MS-04 … D-MS-13.</remarks>
public abstract class MsaExperiment : ReproductionExperiment
{
    /// <summary>Length of a 10 s segment at 360 Hz, the unit of Table 3's FLOPs and inference times.</summary>
    public const int SegmentLength = 3600;

    /// <summary>The metric prefix of the network whose figures end the output, e.g. <c>hf</c>.</summary>
    protected abstract string HeadlineId { get; }

    /// <inheritdoc/>
    public override HeadlineMetrics Headline => new(
        [
            new("accuracy", $"{HeadlineId}.accuracy"), new("sensitivity", $"{HeadlineId}.sensitivity"), new("specificity", $"{HeadlineId}.specificity"),
            new("f1", $"{HeadlineId}.f1"), new("auroc", $"{HeadlineId}.auroc"),
        ],
        $"accuracy and macro sensitivity/specificity/F1/AUROC over the AAMI classes present in the test beats, of '{HeadlineId}'");

    /// <summary>Largest |reproduced − paper| counted as reproduced: 1 (percentage point, or M, ms, MB, G in their units).</summary>
    public override double Tolerance => 1.0;

    /// <summary>The settings of a profile (<see cref="MsaSettings.For"/>).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The settings.</returns>
    public virtual MsaSettings Settings(RunProfile profile) => MsaSettings.For(profile);

    /// <inheritdoc/>
    public override string? ProtocolNote(RunProfile profile) => profile == RunProfile.Paper ? null : Settings(profile).Brief();

    /// <summary>Paper rows that were deliberately not run, with the reason (metric → reason).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The reasons; empty by default.</returns>
    protected virtual IReadOnlyDictionary<string, string> NotRun(RunProfile profile) => new Dictionary<string, string>();

    /// <summary>The reason inference is not timed at a profile whose <see cref="MsaSettings.TimingRepeats"/> is 0.</summary>
    protected const string NotTimed = "the smoke profile does not time inference (a 10 s segment through the self-attention takes seconds on a shared CI core); run --profile laptop";

    /// <inheritdoc/>
    public override PaperComparisonTable Compare(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = NewComparison(summary);
        var protocol = ProtocolNote(summary.Profile);
        var notRun = NotRun(summary.Profile);
        foreach (var pm in PaperMetrics)
        {
            var paper = ReportedResults.Get(pm.Key);
            var label = $"{paper.Row} / {paper.Column}" + (pm.Metric.EndsWith("_1t", StringComparison.Ordinal) ? " (1 thread)" : pm.Metric.EndsWith("_2t", StringComparison.Ordinal) ? " (2 threads)" : "")
                + (pm.Metric.Contains("_int8.", StringComparison.Ordinal) ? " (int8)" : "");
            if (!summary.Metrics.TryGetValue(pm.Metric, out var stat))
            {
                table.Add(new ComparisonRow(label, paper.Value, null, pm.Note,
                    notRun.TryGetValue(pm.Metric, out var why) ? why : $"the run has no metric '{pm.Metric}'")); // the table prefixes "not run"
                continue;
            }

            var scale = paper.Unit == "%" ? 100 : 1;
            table.Add(new ComparisonRow(label, paper.Value, stat.Mean * scale, JoinNotes(stat.Describe(), pm.Note, protocol)));
        }

        return table;
    }

    /// <summary>Loads the beats of a profile with the given preprocessing switch.</summary>
    /// <param name="ctx">Run context (finds the data).</param>
    /// <param name="settings">The profile settings.</param>
    /// <param name="highFrequencyPreservation">The preprocessing switch.</param>
    /// <returns>The data.</returns>
    protected static MsaBeatData LoadData(RunContext ctx, MsaSettings settings, bool highFrequencyPreservation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.Data with { HighFrequencyPreservation = highFrequencyPreservation, SliceSeed = ctx.Seed };
        return MsaBeatData.Load(MsaBeatData.FindFolder(ctx, options.Records ?? Signals.Datasets.MitBih.Records), options);
    }

    /// <summary>Splits, balances and augments every fold of the data (once, shared by the networks trained on it).</summary>
    /// <param name="data">The beats.</param>
    /// <param name="settings">Protocol, folds, balancing, augmentation.</param>
    /// <param name="seed">Seed of folds, resampling and augmentation.</param>
    /// <param name="notes">Receives one line per fold.</param>
    /// <returns>The folds' samples.</returns>
    protected static IReadOnlyList<MsaFoldData> PrepareFolds(MsaBeatData data, MsaSettings settings, int seed, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(notes);
        var result = new List<MsaFoldData>();
        foreach (var fold in MsaSplits.Folds(data, settings.Protocol, settings.Folds, seed))
        {
            var prepared = MsaTrainingSet.Build(data, fold, settings.Balance, settings.Augmentation, seed + fold.Fold);
            var synthetic = prepared.Balance is null ? "off" : string.Join(" ", MsaBeatData.ClassNames.Select((n, i) => $"{n}+{prepared.Balance.SyntheticPerClass.ElementAtOrDefault(i)}"));
            var removed = prepared.Balance is null ? "" : $", Tomek removed {prepared.Balance.RemovedPerClass.Sum()}";
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"fold {fold.Fold} ({(data.Options.HighFrequencyPreservation ? "HF" : "conventional")} data): {fold.TrainIndices.Count} training beats → {prepared.Train.Count} after SMOTE ({synthetic}){removed}, " +
                $"{prepared.Augmented} augmented; {prepared.Test.Count} test beats of {prepared.TestSubjects.Count} subject(s)"));
            if (prepared.Balance is { Warnings.Count: > 0 } balanced)
            {
                notes.AddRange(balanced.Warnings);
            }

            result.Add(prepared);
        }

        return result;
    }

    /// <summary>Trains one network on every fold and writes its pooled test metrics under its id.</summary>
    /// <param name="spec">The network.</param>
    /// <param name="folds">Prepared folds.</param>
    /// <param name="windowLength">L.</param>
    /// <param name="training">Training options.</param>
    /// <param name="loss">Loss settings.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="metrics">Receives the metrics.</param>
    /// <param name="epochs">Receives the epoch logs.</param>
    /// <param name="log">Progress; may be null.</param>
    /// <param name="curves">Receives the pooled one-vs-rest ROC curves (<see cref="MsaRocCurves"/>); may be null.</param>
    /// <param name="onFold">Called with each fold's fit (trained model and test inputs included) before it is dropped; may be null.</param>
    /// <returns>Trained-width parameter count.</returns>
    protected static long TrainAndScore(
        MsaModelSpec spec, IReadOnlyList<MsaFoldData> folds, int windowLength, TrainingOptions training, ClassificationLossSettings loss, int seed,
        Dictionary<string, double> metrics, List<EpochLog> epochs, Action<string>? log, List<RunCurve>? curves = null, Action<MsaFoldData, MsaFitResult>? onFold = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(epochs);
        var actual = new List<int>();
        var predicted = new List<int>();
        var probabilities = new List<float>();
        double seconds = 0;
        long parameters = 0;
        foreach (var fold in folds)
        {
            var fit = MsaFit.Run(spec, fold, windowLength, training, loss, seed, log);
            actual.AddRange(fit.Actual);
            predicted.AddRange(fit.Predicted);
            probabilities.AddRange(fit.Probabilities);
            epochs.AddRange(fit.Epochs);
            seconds += fit.TrainSeconds;
            parameters = fit.Parameters;
            onFold?.Invoke(fold, fit);
        }

        MsaMetrics.Add(metrics, spec.Id, [.. actual], [.. predicted], [.. probabilities]);
        curves?.AddRange(MsaRocCurves.Compute(spec.Id, [.. actual], [.. probabilities]));
        metrics[$"{spec.Id}.trained_parameters_m"] = parameters / 1e6;
        metrics[$"{spec.Id}.train_seconds"] = seconds;
        log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Id}: accuracy={metrics[$"{spec.Id}.accuracy"]:F4} sensitivity={metrics[$"{spec.Id}.sensitivity"]:F4} train_seconds={seconds:F1}"));
        return parameters;
    }

    /// <summary>Parameter count (M) and FLOPs (G) of the paper-width network per 10 s segment, for one lead.</summary>
    /// <param name="spec">The network at the paper's widths.</param>
    /// <param name="metrics">Receives <c>&lt;id&gt;.paper_width_parameters_m</c> and <c>&lt;id&gt;.paper_width_gflops</c>.</param>
    protected static void CountPaperWidth(MsaModelSpec spec, Dictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(metrics);
        var model = spec.Build();
        metrics[$"{spec.Id}.paper_width_parameters_m"] = model.parameter_count() / 1e6;
        metrics[$"{spec.Id}.paper_width_gflops"] = spec.Flops(model, SegmentLength).Flops / 1e9;
    }

    /// <summary>Runs <paramref name="body"/> and wraps its metrics and notes into a result.</summary>
    /// <param name="ctx">Run context.</param>
    /// <param name="settings">Profile settings.</param>
    /// <param name="body">(metrics, epochs, notes) → (models, data fingerprint, data folder).</param>
    /// <returns>The result.</returns>
    protected ExperimentResult Wrap(RunContext ctx, MsaSettings settings, Func<Dictionary<string, double>, List<EpochLog>, List<string>, (List<ModelSetup> Models, string Fingerprint, string Folder)> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Wrap(ctx, settings, (metrics, epochs, notes, _) => body(metrics, epochs, notes));
    }

    /// <summary>Runs <paramref name="body"/> and wraps its metrics, notes and curves into a result.</summary>
    /// <param name="ctx">Run context.</param>
    /// <param name="settings">Profile settings.</param>
    /// <param name="body">(metrics, epochs, notes, curves) → (models, data fingerprint, data folder).</param>
    /// <returns>The result; its <see cref="ExperimentResult.Curves"/> are the curves the body added.</returns>
    protected ExperimentResult Wrap(RunContext ctx, MsaSettings settings, Func<Dictionary<string, double>, List<EpochLog>, List<string>, List<RunCurve>, (List<ModelSetup> Models, string Fingerprint, string Folder)> body)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(body);
        var curves = new List<RunCurve>();
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var metrics = new Dictionary<string, double>();
        var epochs = new List<EpochLog>();
        var notes = new List<string> { settings.Describe() };
        var (models, fingerprint, folder) = body(metrics, epochs, notes, curves);
        foreach (var (metric, reason) in NotRun(ctx.Profile))
        {
            notes.Add($"{metric}: not run — {reason}");
        }

        return new ExperimentResult(Id, Title, ctx, models, fingerprint, folder, started, clock.Elapsed.TotalSeconds, epochs, metrics, notes) { Curves = curves.Count > 0 ? curves : null };
    }

    /// <summary>The run record's description of one network.</summary>
    /// <param name="spec">The network.</param>
    /// <param name="settings">Profile settings.</param>
    /// <param name="loss">Loss settings.</param>
    /// <param name="data">The data it trained on.</param>
    /// <returns>The setup.</returns>
    protected static ModelSetup Setup(MsaModelSpec spec, MsaSettings settings, ClassificationLossSettings loss, MsaBeatData data)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        return new ModelSetup(spec.Id, spec.Architecture, settings.Training, loss, data.WindowLength,
            $"{data.Options.Normalisation} z-score, {(data.Options.HighFrequencyPreservation ? "0.5–150 Hz" : "0.5–40 Hz")}");
    }
}

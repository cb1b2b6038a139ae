// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Experiments.Metrics;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Signals.Windowing;
using MedNet.Tensors;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// A [MEDNET] ECG_DATA table (Tables 1–2) run on a public substitute: one dual-forecast model trained on non-overlapping
/// windows of single-lead recordings, scored per window with DTAAD's POT (the authors' ECG levels) and compared with the
/// table's nine numbers.
/// </summary>
/// <remarks>
/// Source: [MEDNET] §5.1, §6.1, Tables 1–2; the authors' <c>main.py</c> / <c>train_optimized_enhanced_dtaad.py</c>
/// (window-level <c>pot_eval</c> with <c>lm_d["ecg_data"]</c> = (0.98, 1.0)). Metrics <c>channel_average.*</c> (one channel,
/// so the same as <c>ecg.*</c>) pair each window with its own recording's label; <c>authors_order.*</c> score the same
/// windows in the authors' layout (<see cref="AuthorsWindowOrder"/>). Differs: D-MN-07, D-MN-14.
/// </remarks>
/// <param name="substitute">Which public substitute replaces ECG_DATA.</param>
public abstract class EcgTableExperiment(EcgSubstitute substitute) : ReproductionExperiment
{
    /// <summary>Prefix of the metrics computed in the authors' window/label layout.</summary>
    public const string AuthorsOrderPrefix = "authors_order.";

    /// <summary>The substitute this experiment runs on.</summary>
    public EcgSubstitute Substitute { get; } = substitute;

    /// <summary>Epochs the paper's table used (Table 1: 20, Table 2: 5).</summary>
    public abstract int PaperEpochs { get; }

    /// <summary>The table's short id, e.g. <c>table1</c>.</summary>
    protected abstract string TableId { get; }

    /// <summary>Registry row of the table, e.g. <c>MEDNET/T1/DTAAD-ECG_DATA-20ep</c>.</summary>
    protected abstract string ReportedRow { get; }

    /// <inheritdoc/>
    public override string Id => Substitute == EcgSubstitute.CinC2017 ? $"mednet-{TableId}" : $"mednet-{TableId}-mitdb";

    /// <summary>The substitute's display name.</summary>
    protected string SubstituteName => Substitute == EcgSubstitute.CinC2017 ? "CinC 2017 N-vs-AF substitute" : "MIT-BIH non-normal-beat substitute";

    /// <inheritdoc/>
    public override HeadlineMetrics Headline { get; } = HeadlineMetrics.For(
        PotMetrics.ChannelAverage + "." + PotMetrics.Adjusted,
        "window-level, point-adjusted F1/precision/recall and binary ROC-AUC on the substitute (each window with its own recording's label), as [MEDNET] Tables 1–2 score ECG_DATA");

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics =>
        PaperMetric.DetectionTable(ReportedRow, "window counts: the substitute's size differs from ECG_DATA's", "depends on the data's scaling");

    /// <summary>The model, config and training settings of a profile.</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The recipe (window W = 10 as the authors' code).</returns>
    public abstract ForecastRecipe Recipe(RunProfile profile);

    /// <summary>Epochs of a profile: 1 at smoke, <paramref name="laptop"/> at laptop, <see cref="PaperEpochs"/> at paper.</summary>
    /// <param name="profile">The run profile.</param>
    /// <param name="laptop">Epochs of the laptop profile.</param>
    /// <returns>The epoch count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    protected int Epochs(RunProfile profile, int laptop) => profile switch
    {
        RunProfile.Smoke => 1,
        RunProfile.Laptop => laptop,
        RunProfile.Paper => PaperEpochs,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"{GetType().Name}: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };

    /// <inheritdoc/>
    public override string? ProtocolNote(RunProfile profile)
    {
        var epochs = Recipe(profile).Training.Epochs;
        var data = $"{SubstituteName}, not ECG_DATA (D-MN-14)";
        return epochs == PaperEpochs ? data : $"{data}; {profile.ToString().ToLowerInvariant()} profile: {epochs} epoch(s), the table used {PaperEpochs}";
    }

    /// <inheritdoc/>
    public override bool SupportsFloat64 => true;

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var recipe = Recipe(ctx.Profile).InDType(ctx.DType);
        var data = EcgSubstituteData.Load(ctx, Substitute, WindowSpec.NonOverlapping(recipe.WindowLength));
        var train = data.TrainTensor();
        var test = data.TestTensor();
        torch.manual_seed(ctx.Seed);
        var model = recipe.Build(train);
        var trainClock = Stopwatch.StartNew();
        var logs = DualForecastTrainer.Train(model, train, recipe.Training, recipe.Loss, ModelTraining.Progress(recipe.Model, ctx.Seed, recipe.Training.Epochs, log));
        var trainSeconds = trainClock.Elapsed.TotalSeconds;
        var trainScores = DualForecastTrainer.Score(model, train);
        var testScores = DualForecastTrainer.Score(model, test);
        var pot = MultichannelPot.Evaluate(trainScores, testScores, data.TestLabels(), 1, PotParameters.EcgData);
        var metrics = new Dictionary<string, double>();
        PotMetrics.Add(metrics, pot, ["ecg"]);
        var notes = new List<string>
        {
            $"{recipe.Label}: {recipe.Training.Epochs} epoch(s), window {recipe.WindowLength} non-overlapping, batch {recipe.Training.BatchSize}, lr {recipe.Training.Optimizer.LearningRate:G3}",
            "POT as the authors' pot_eval for ecg_data: q = 1e-5, lm = (0.98, 1.0); scores per window (x2 − x_W)²",
        };
        try
        {
            var (scores, labels) = AuthorsWindowOrder.Apply(testScores, data.Test, data.Set.Test);
            PotMetrics.Add(metrics, MultichannelPot.Evaluate(trainScores, scores, labels, 1, PotParameters.EcgData), ["ecg"], AuthorsOrderPrefix);
            notes.Add("authors_order.*: the same scores in the authors' layout (windows window-major, labels recording-major, D-MN-14 (f)): what their evaluation would report");
        }
        catch (ArgumentException ex)
        {
            notes.Add($"authors_order.* not run: {ex.Message}");
        }

        metrics["train.final_loss"] = logs[^1].Loss;
        metrics["train.seconds"] = trainSeconds;
        metrics["train.seconds_per_epoch"] = trainSeconds / logs.Count;
        notes.AddRange(data.Describe());
        if (ProtocolNote(ctx.Profile) is { } note)
        {
            notes.Add(note);
        }

        return new ExperimentResult(
            Id, Title, ctx, [recipe.Setup], data.Fingerprint, data.Folder, started, clock.Elapsed.TotalSeconds, ModelTraining.Tag(logs, recipe.Model), metrics, notes);
    }
}

// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Experiments.Metrics;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;
using MedNet.Viz.Tables;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// <c>mednet-timing</c>: seconds per training epoch of MED-Net and the models the paper compares it with, on MBA, in one
/// process on the same thread count, and MED-Net's time as a fraction of each (the paper: ≈ 0.5 of DTAAD's, ≈ 0.01 of CAE's).
/// </summary>
/// <remarks>
/// Source: [MEDNET] Abstract, §6. Each model trains with its profile settings (smoke 1 epoch, laptop 5, paper 50; DTAAD
/// batch 128, MED-Net §6.1) from the same seed, so its metrics equal those of <c>mednet-table3</c>/<c>mednet-table4</c>.
/// After the trainings, <see cref="Rounds"/> paired rounds time one epoch of a fresh instance of each model back to back
/// (after one untimed warm-up round), so a change in machine load hits every model of a round alike: seconds per epoch is
/// the median over rounds and the ratio the median of the per-round ratios. To time another model, add one <see cref="TimedModel"/> to <see cref="Models"/> and its claim to
/// <see cref="TrainingTimeClaim.All"/>. The CAE runs at the window and epochs of <see cref="CaeRecipe.Timing"/> (D-MN-15).
/// </remarks>
public sealed class TrainingTimeExperiment : ReproductionExperiment
{
    /// <summary>Short name of MED-Net, whose time is the numerator of every ratio.</summary>
    public const string Reference = "mednet";

    /// <inheritdoc/>
    public override string Id => "mednet-timing";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] training time: MED-Net vs DTAAD and CAE per epoch on MBA";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics => [];

    /// <inheritdoc/>
    public override HeadlineMetrics Headline { get; } = HeadlineMetrics.For(
        $"{Reference}.{PotMetrics.ChannelAverage}.{PotMetrics.Adjusted}",
        "MED-Net's channel-average, point-adjusted F1/precision/recall and binary ROC-AUC from the timed run");

    /// <summary>Timing ratios vary with machine load; differences up to 0.1 count as agreeing.</summary>
    public override double Tolerance => 0.1;

    /// <summary>The timed models, trained in this order: DTAAD, MED-Net, the CAE baseline.</summary>
    public IReadOnlyList<TimedModel> Models { get; } =
    [
        TimedModel.Forecast(ForecastRecipe.Dtaad),
        TimedModel.Forecast(ForecastRecipe.MedNet),
        TimedModel.Cae(),
    ];

    /// <summary>
    /// The models a profile times: every one of <see cref="Models"/>, except the CAE at the smoke profile (one CAE epoch on
    /// MBA takes seconds where DTAAD's takes a fraction of one, which would dominate every CI run; its row says "not run").
    /// </summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The models, in <see cref="Models"/> order.</returns>
    public IReadOnlyList<TimedModel> ModelsFor(RunProfile profile) =>
        profile == RunProfile.Smoke ? Models.Where(m => m.Model != "cae").ToList() : Models;

    /// <summary>Timed rounds (one epoch of every model each) after the warm-up round, laptop and paper profiles. Default: 10.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>Timed rounds of the smoke profile, which must finish in seconds. Default: 2.</summary>
    public int SmokeRounds { get; init; } = 2;

    /// <summary>The timed rounds of a profile: <see cref="SmokeRounds"/> for smoke, else <see cref="Rounds"/>.</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>Rounds ≥ 1.</returns>
    public int RoundsFor(RunProfile profile) => profile == RunProfile.Smoke ? SmokeRounds : Rounds;

    /// <summary>Name of the ratio metric of a model: <c>ratio.mednet_over_&lt;model&gt;</c>.</summary>
    /// <param name="model">Short model name, e.g. <c>dtaad</c>.</param>
    /// <returns>The metric name.</returns>
    public static string RatioMetric(string model) => $"ratio.{Reference}_over_{model}";

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var data = MbaData.Load(ctx);
        var models = ModelsFor(ctx.Profile);
        var runs = new List<ModelTraining>();
        foreach (var m in models)
        {
            runs.Add(m.Train(ctx.Profile, data, ctx.Seed, log));
        }

        var reference = models.ToList().FindIndex(m => m.Model == Reference);
        if (reference < 0)
        {
            throw new InvalidOperationException($"TrainingTimeExperiment: expected a timed model named '{Reference}' but the profile's models have none.");
        }

        var rounds = RoundsFor(ctx.Profile);
        var times = TimeRounds(models, ctx, data, rounds, log);
        var metrics = new Dictionary<string, double>();
        var referenceTimes = times[reference];
        for (var i = 0; i < models.Count; i++)
        {
            metrics[$"{models[i].Model}.seconds_per_epoch"] = Median(times[i]);
            if (models[i].Model != Reference)
            {
                var ratios = new double[rounds];
                for (var k = 0; k < rounds; k++)
                {
                    ratios[k] = referenceTimes[k] / times[i][k];
                }

                metrics[RatioMetric(models[i].Model)] = Median(ratios);
            }
        }

        metrics["timing.rounds"] = rounds;
        var epochs = new List<EpochLog>();
        var setups = new List<ModelSetup>();
        foreach (var r in runs)
        {
            r.AddMetrics(metrics, data.Dataset.ColumnNames, r.Model + ".");
            epochs.AddRange(r.Epochs);
            setups.Add(r.Setup);
        }

        var notes = new List<string>
        {
            $"one process, {ctx.Threads} thread(s); models trained one after another in the order {string.Join(", ", runs.ConvertAll(r => r.Label))}",
            $"seconds_per_epoch and ratio.*: {rounds} paired rounds after a warm-up round, one epoch of a fresh instance of each model per round, medians; <model>.train.seconds_per_epoch: median over epochs 2…n of the full training",
            "each model trains with its own settings (DTAAD: repository, batch 128; MED-Net: §6.1 MBA); wall times depend on machine load",
        };
        return new ExperimentResult(Id, Title, ctx, setups, data.Fingerprint, data.Folder, started, clock.Elapsed.TotalSeconds, epochs, metrics, notes);
    }

    /// <inheritdoc/>
    public override PaperComparisonTable Compare(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var comparison = NewComparison(summary);
        foreach (var m in Models)
        {
            if (summary.Metrics.TryGetValue($"{m.Model}.seconds_per_epoch", out var s))
            {
                comparison.Add(new ComparisonRow($"{m.Label} seconds per epoch", null, s.Mean, JoinNotes(s.Describe(), "not reported in the paper")));
            }
        }

        foreach (var claim in TrainingTimeClaim.All)
        {
            var metric = $"MED-Net / {claim.Label} time per epoch";
            if (summary.Metrics.TryGetValue(RatioMetric(claim.Model), out var ratio))
            {
                comparison.Add(new ComparisonRow(metric, claim.Ratio, ratio.Mean, JoinNotes(ratio.Describe(), claim.Quote)));
            }
            else
            {
                var reason = summary.Profile == RunProfile.Smoke && claim.Model == "cae"
                    ? "not timed at the smoke profile (one CAE epoch on MBA takes seconds); run --profile laptop or paper"
                    : $"{claim.Label} is not timed (add it to TrainingTimeExperiment.Models)";
                comparison.Add(new ComparisonRow(metric, claim.Ratio, null, claim.Quote, reason));
            }
        }

        return comparison;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Times one epoch of each model per round, models back to back; round 0 is an untimed warm-up.</summary>
    /// <returns>Per model (in <paramref name="models"/> order), the seconds of rounds 1…<paramref name="rounds"/>.</returns>
    private static double[][] TimeRounds(IReadOnlyList<TimedModel> models, RunContext ctx, MbaData data, int rounds, Action<string>? log)
    {
        if (rounds < 1)
        {
            throw new InvalidOperationException($"TrainingTimeExperiment: expected ≥ 1 timed round but got {rounds} for the {ctx.Profile} profile.");
        }

        var times = new double[models.Count][];
        for (var i = 0; i < models.Count; i++)
        {
            times[i] = new double[rounds];
        }

        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < models.Count; i++)
            {
                var seconds = models[i].TimeOneEpoch(ctx.Profile, data, ctx.Seed + round);
                if (round > 0)
                {
                    times[i][round - 1] = seconds;
                }

                log?.Invoke(FormattableString.Invariant($"timing round={round}{(round == 0 ? " (warm-up)" : "")} model={models[i].Model} seconds={seconds:F3}"));
            }
        }

        return times;
    }
}

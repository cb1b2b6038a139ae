// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Tensors;

namespace MedNet.Models.Reproduction.Experiments;

/// <summary>
/// <c>mednet-timing</c>: seconds per training epoch of MED-Net and the models the paper compares it with, on MBA, in one
/// process on the same thread count, and MED-Net's time as a fraction of each (the paper: ≈ 0.5 of DTAAD's, ≈ 0.01 of CAE's).
/// </summary>
/// <remarks>
/// Source: [MEDNET] Abstract, §6. Each model trains with its profile settings (smoke 1 epoch, laptop 5, paper 50; DTAAD
/// batch 128, MED-Net §6.1) from the same seed, so its metrics equal those of <c>mednet-table3</c>/<c>mednet-table4</c>.
/// Seconds per epoch is the median over epochs 2…n (epoch 1 carries JIT warm-up; with one epoch it is that epoch).
/// To time another model (the CAE), add one <see cref="TimedModel"/> to <see cref="Models"/>; its claim is already in
/// <see cref="TrainingTimeClaim.All"/> and its row fills in.
/// </remarks>
public sealed class TrainingTimeExperiment : ReproductionExperiment
{
    /// <summary>Short name of MED-Net, whose time is the numerator of every ratio.</summary>
    public const string Reference = "mednet";

    /// <inheritdoc/>
    public override string Id => "mednet-timing";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] training time: MED-Net vs DTAAD (and CAE) per epoch on MBA";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics => [];

    /// <inheritdoc/>
    public override HeadlineMetrics Headline { get; } = HeadlineMetrics.For(
        $"{Reference}.{PotMetrics.ChannelAverage}.{PotMetrics.Adjusted}",
        "MED-Net's channel-average, point-adjusted F1/precision/recall and binary ROC-AUC from the timed run");

    /// <summary>Timing ratios vary with machine load; differences up to 0.1 count as agreeing.</summary>
    public override double Tolerance => 0.1;

    /// <summary>The timed models, trained in this order. The CAE baseline goes here when it exists.</summary>
    public IReadOnlyList<TimedModel> Models { get; } =
    [
        TimedModel.Forecast(ForecastRecipe.Dtaad),
        TimedModel.Forecast(ForecastRecipe.MedNet),
    ];

    /// <summary>Name of the ratio metric of a model: <c>ratio.mednet_over_&lt;model&gt;</c>.</summary>
    /// <param name="model">Short model name, e.g. <c>dtaad</c>.</param>
    /// <returns>The metric name.</returns>
    public static string RatioMetric(string model) => $"ratio.{Reference}_over_{model}";

    /// <inheritdoc/>
    public override ExperimentResult Run(RunContext ctx, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var threads = torch.get_num_threads();
        torch.set_num_threads(ctx.Threads);
        try
        {
            var data = MbaData.Load(ctx);
            var runs = new List<ModelTraining>();
            foreach (var m in Models)
            {
                runs.Add(m.Train(ctx.Profile, data, ctx.Seed, log));
            }

            var reference = runs.Find(r => r.Model == Reference)
                ?? throw new InvalidOperationException($"TrainingTimeExperiment: expected a timed model named '{Reference}' but the list has none.");
            var metrics = new Dictionary<string, double>();
            var epochs = new List<EpochLog>();
            var configs = new Dictionary<string, object>();
            foreach (var r in runs)
            {
                metrics[$"{r.Model}.seconds_per_epoch"] = r.MedianEpochSeconds;
                if (r.Model != Reference)
                {
                    metrics[RatioMetric(r.Model)] = reference.MedianEpochSeconds / r.MedianEpochSeconds;
                }
            }

            foreach (var r in runs)
            {
                r.AddMetrics(metrics, data.Dataset.ColumnNames, r.Model + ".");
                epochs.AddRange(r.Epochs);
                configs[r.Model] = r.Config;
            }

            var notes = new List<string>
            {
                $"one process, {ctx.Threads} thread(s); models trained one after another in the order {string.Join(", ", runs.ConvertAll(r => r.Label))}",
                "seconds per epoch = median over epochs 2…n (epoch 1 includes JIT warm-up); with one epoch it is that epoch",
                "each model trains with its own settings (DTAAD: repository, batch 128; MED-Net: §6.1 MBA); wall times depend on machine load",
            };
            return new ExperimentResult(Id, Title, ctx, configs, data.Fingerprint, started, clock.Elapsed.TotalSeconds, epochs, metrics, notes);
        }
        finally
        {
            torch.set_num_threads(threads);
        }
    }

    /// <inheritdoc/>
    public override PaperComparison Compare(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var comparison = new PaperComparison(ComparisonCaption(summary), Tolerance);
        foreach (var m in Models)
        {
            if (summary.Metrics.TryGetValue($"{m.Model}.seconds_per_epoch", out var s))
            {
                comparison.Add(new PaperComparisonRow($"{m.Label} seconds per epoch", null, s.Mean, JoinNotes(s.Describe(), "not reported in the paper")));
            }
        }

        foreach (var claim in TrainingTimeClaim.All)
        {
            var metric = $"MED-Net / {claim.Label} time per epoch";
            if (summary.Metrics.TryGetValue(RatioMetric(claim.Model), out var ratio))
            {
                comparison.Add(new PaperComparisonRow(metric, claim.Ratio, ratio.Mean, JoinNotes(ratio.Describe(), claim.Quote)));
            }
            else
            {
                comparison.Add(new PaperComparisonRow(metric, claim.Ratio, null, claim.Quote,
                    $"{claim.Label} is not among the timed models ({string.Join(", ", Models.Select(x => x.Label))}); add it to TrainingTimeExperiment.Models"));
            }
        }

        return comparison;
    }
}

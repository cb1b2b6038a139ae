// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using MedNet.Models.Training;
using MedNet.Viz.Tables;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.Frames;

/// <summary>Run records, epoch logs, seed summaries and paper comparisons as Microsoft.Data.Analysis DataFrames, so a
/// notebook can filter, group, sort and save them (<c>DataFrame.SaveCsv</c>). Display: <see cref="DataFrameHtml"/>.</summary>
public static class RunFrames
{
    /// <summary>One row per seed: seed, wall seconds, data folder and the chosen metrics.</summary>
    /// <param name="runs">Runs of one experiment (e.g. <c>ReproductionReport.Results</c>).</param>
    /// <param name="metrics">Metric names to include as columns; null for every metric of the first run, in its order.</param>
    /// <returns>The frame; a run without a metric gets NaN in that column.</returns>
    public static DataFrame Seeds(IReadOnlyList<ExperimentResult> runs, IReadOnlyList<string>? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var names = metrics ?? (runs.Count == 0 ? [] : [.. runs[0].Metrics.Keys]);
        var seed = new Int32DataFrameColumn("seed", runs.Count);
        var wall = new DoubleDataFrameColumn("wall_seconds", runs.Count);
        var folder = new StringDataFrameColumn("data_folder", runs.Count);
        var values = new DoubleDataFrameColumn[names.Count];
        for (var m = 0; m < names.Count; m++)
        {
            values[m] = new DoubleDataFrameColumn(names[m], runs.Count);
        }

        for (var i = 0; i < runs.Count; i++)
        {
            seed[i] = runs[i].Context.Seed;
            wall[i] = runs[i].WallSeconds;
            folder[i] = runs[i].DataFolder;
            for (var m = 0; m < names.Count; m++)
            {
                values[m][i] = runs[i].Metrics.TryGetValue(names[m], out var v) ? v : double.NaN;
            }
        }

        return new DataFrame([seed, wall, folder, .. values]);
    }

    /// <summary>One row per epoch: model (empty for a single-model run), epoch, loss, learning rate, seconds.</summary>
    /// <param name="epochs">Epoch logs, e.g. <c>ExperimentResult.Epochs</c> or a trainer's return value.</param>
    /// <returns>The frame.</returns>
    public static DataFrame Epochs(IReadOnlyList<EpochLog> epochs)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        var model = new StringDataFrameColumn("model", epochs.Count);
        var epoch = new Int32DataFrameColumn("epoch", epochs.Count);
        var loss = new DoubleDataFrameColumn("loss", epochs.Count);
        var lr = new DoubleDataFrameColumn("learning_rate", epochs.Count);
        var seconds = new DoubleDataFrameColumn("seconds", epochs.Count);
        for (var i = 0; i < epochs.Count; i++)
        {
            model[i] = epochs[i].Model ?? string.Empty;
            epoch[i] = epochs[i].Epoch;
            loss[i] = epochs[i].Loss;
            lr[i] = epochs[i].LearningRate;
            seconds[i] = epochs[i].Seconds;
        }

        return new DataFrame(model, epoch, loss, lr, seconds);
    }

    /// <summary>One row per metric: mean, sample sd (NaN for one seed), n, min, max over the seeds.</summary>
    /// <param name="summary">The seed summary of a reproduction.</param>
    /// <param name="prefix">Only metrics whose name starts with it (e.g. <c>channel_average.adjusted.</c>); null for all.</param>
    /// <returns>The frame, metrics in the summary's order.</returns>
    public static DataFrame Summary(SeedSummary summary, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = new List<KeyValuePair<string, MetricSummary>>();
        foreach (var m in summary.Metrics)
        {
            if (prefix is null || m.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                rows.Add(m);
            }
        }

        var metric = new StringDataFrameColumn("metric", rows.Count);
        var mean = new DoubleDataFrameColumn("mean", rows.Count);
        var sd = new DoubleDataFrameColumn("sd", rows.Count);
        var n = new Int32DataFrameColumn("n", rows.Count);
        var min = new DoubleDataFrameColumn("min", rows.Count);
        var max = new DoubleDataFrameColumn("max", rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var s = rows[i].Value;
            metric[i] = rows[i].Key;
            mean[i] = s.Mean;
            sd[i] = s.Sd ?? double.NaN;
            n[i] = s.Count;
            min[i] = s.Min;
            max[i] = s.Max;
        }

        return new DataFrame(metric, mean, sd, n, min, max);
    }

    /// <summary>The paper-vs-reproduced rows as data: metric, paper, reproduced, difference, whether it exceeds the tolerance, note.</summary>
    /// <param name="comparison">A comparison table (e.g. <c>ReproductionReport.Comparison</c>); its HTML keeps the highlighting.</param>
    /// <returns>The frame; a row not run has NaN as reproduced value and its reason as note.</returns>
    public static DataFrame Comparison(PaperComparisonTable comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = comparison.Rows;
        var metric = new StringDataFrameColumn("metric", rows.Count);
        var paper = new DoubleDataFrameColumn("paper", rows.Count);
        var reproduced = new DoubleDataFrameColumn("reproduced", rows.Count);
        var difference = new DoubleDataFrameColumn("difference", rows.Count);
        var exceeds = new BooleanDataFrameColumn("exceeds_tolerance", rows.Count);
        var note = new StringDataFrameColumn("note", rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            metric[i] = r.Metric;
            paper[i] = r.Paper ?? double.NaN;
            reproduced[i] = r.Reproduced ?? double.NaN;
            difference[i] = r.Difference ?? double.NaN;
            exceeds[i] = r.Exceeds(comparison.Tolerance);
            note[i] = r.NotRunReason is { } reason ? "not run: " + reason : r.Note ?? string.Empty;
        }

        return new DataFrame(metric, paper, reproduced, difference, exceeds, note);
    }
}

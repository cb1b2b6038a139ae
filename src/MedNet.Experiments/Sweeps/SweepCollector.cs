// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedNet.Experiments.PaperTables;

namespace MedNet.Experiments.Sweeps;

/// <summary>Merges the finished tasks of a sweep into mean ± sd per configuration and metric (the order of the manifest),
/// with the paper's value beside each metric it reports.</summary>
public static class SweepCollector
{
    /// <summary>The summary of the done tasks of <paramref name="status"/>; failed, missing and invalid tasks are left out.</summary>
    /// <param name="status">The sweep's status.</param>
    /// <returns>One row per configuration and metric.</returns>
    public static IReadOnlyList<SweepSummaryRow> Summarise(SweepStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var groups = new List<(string Configuration, string Id, List<(int Seed, SweepTaskResult Result)> Runs)>();
        foreach (var task in status.Manifest.Tasks)
        {
            if (status.States[task.Index] != SweepTaskState.Done)
            {
                continue;
            }

            var group = groups.FindIndex(g => g.Configuration == task.Configuration);
            if (group < 0)
            {
                groups.Add((task.Configuration, task.Id, []));
                group = groups.Count - 1;
            }

            groups[group].Runs.Add((task.Seed, status.Results[task.Index]!));
        }

        var rows = new List<SweepSummaryRow>();
        foreach (var (configuration, id, runs) in groups)
        {
            var paper = PaperValues(id);
            foreach (var metric in runs[0].Result.Metrics.Keys)
            {
                var values = runs.Where(r => r.Result.Metrics.ContainsKey(metric)).Select(r => r.Result.Metrics[metric]).ToArray();
                var mean = values.Average();
                var sd = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : 0;
                rows.Add(new SweepSummaryRow(configuration, metric, [.. runs.Select(r => r.Seed)], mean, sd, paper.TryGetValue(metric, out var p) ? p : null));
            }
        }

        return rows;
    }

    /// <summary>Wall time per configuration over its finished tasks (seconds each task's run took, from the result files):
    /// what a cluster projection is built from.</summary>
    /// <param name="status">The sweep's status.</param>
    /// <returns>(configuration, finished tasks, mean s, max s, sum s), in manifest order.</returns>
    public static IReadOnlyList<(string Configuration, int Tasks, double MeanSeconds, double MaxSeconds, double TotalSeconds)> Timings(SweepStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var order = new List<string>();
        var seconds = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var task in status.Manifest.Tasks)
        {
            if (status.States[task.Index] != SweepTaskState.Done)
            {
                continue;
            }

            if (!seconds.TryGetValue(task.Configuration, out var list))
            {
                order.Add(task.Configuration);
                seconds[task.Configuration] = list = [];
            }

            list.Add(status.Results[task.Index]!.Seconds);
        }

        return [.. order.Select(c => (c, seconds[c].Count, seconds[c].Average(), seconds[c].Max(), seconds[c].Sum()))];
    }

    /// <summary>The summary as CSV (invariant culture): configuration, metric, n, seeds, mean, sd, paper.</summary>
    public static string ToCsv(IReadOnlyList<SweepSummaryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder("configuration,metric,n,seeds,mean,sd,paper\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"\"{r.Configuration}\",{r.Metric},{r.Seeds.Count},\"{string.Join(" ", r.Seeds)}\",{r.Mean:R},{r.StandardDeviation:R},{(r.Paper is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : string.Empty)}\n");
        }

        return csv.ToString();
    }

    /// <summary>Writes <c>summary.csv</c> and <c>summary.json</c> into the sweep folder (atomically).</summary>
    /// <returns>The two paths.</returns>
    public static IReadOnlyList<string> Save(string directory, IReadOnlyList<SweepSummaryRow> rows)
    {
        var csv = Path.Combine(directory, "summary.csv");
        var json = Path.Combine(directory, "summary.json");
        AtomicFile.WriteAllText(csv, ToCsv(rows));
        AtomicFile.WriteAllText(json, JsonSerializer.Serialize(rows, SweepManifest.Json));
        return [csv, json];
    }

    // The experiment's paper values by headline label (e.g. "f1" → 0.96), from the reported-results registry.
    private static Dictionary<string, double> PaperValues(string id)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var experiment = Reproductions.All.FirstOrDefault(e => e.Id == id);
        if (experiment is null)
        {
            return values;
        }

        foreach (var item in experiment.Headline.Items)
        {
            var metric = experiment.PaperMetrics.FirstOrDefault(m => m.Metric == item.Metric);
            if (metric is not null && ReportedResults.All.FirstOrDefault(v => v.Key == metric.Key) is { } reported)
            {
                values[item.Label] = reported.Value;
            }
        }

        return values;
    }
}

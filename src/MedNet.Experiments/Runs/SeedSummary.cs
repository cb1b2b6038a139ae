// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;
using MedNet.Experiments.Profiles;

namespace MedNet.Experiments.Runs;

/// <summary>Every metric of an experiment summarised over seeds, written as <c>artifacts/&lt;id&gt;/summary.json</c>.</summary>
/// <param name="Id">Experiment id.</param>
/// <param name="Title">Experiment title.</param>
/// <param name="Profile">Profile of every run.</param>
/// <param name="Seeds">The seeds, in run order.</param>
/// <param name="Threads">Thread count of every run.</param>
/// <param name="Commit">Commit of the code that ran.</param>
/// <param name="DataFingerprint">SHA-256 of the input data (the same for every seed).</param>
/// <param name="WallSeconds">Total wall time of all runs in seconds.</param>
/// <param name="Metrics">Per metric: mean, sample sd, count, min, max; in the runs' display order.</param>
/// <param name="Notes">Protocol notes of the runs (each note once).</param>
public sealed record SeedSummary(
    string Id, string Title, RunProfile Profile, IReadOnlyList<int> Seeds, int Threads, string Commit, string DataFingerprint,
    double WallSeconds, IReadOnlyDictionary<string, MetricSummary> Metrics, IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Summarises runs of one experiment that differ only in the seed.</summary>
    /// <param name="runs">At least one run; same id, profile, threads and data.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">No runs, or runs of different experiments, profiles, thread counts or data, or with different metric names.</exception>
    public static SeedSummary Of(IReadOnlyList<ExperimentResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("SeedSummary.Of: expected at least one run but got none.", nameof(runs));
        }

        var first = runs[0];
        var seeds = new List<int>();
        var notes = new List<string>();
        double wall = 0;
        foreach (var r in runs)
        {
            if (r.Id != first.Id || r.Context.Profile != first.Context.Profile || r.Context.Threads != first.Context.Threads
                || r.DataFingerprint != first.DataFingerprint || r.Metrics.Count != first.Metrics.Count)
            {
                throw new ArgumentException(
                    $"SeedSummary.Of: expected runs differing only in the seed but seed {r.Context.Seed} has ({r.Id}, {r.Context.Profile}, " +
                    $"{r.Context.Threads} threads, data {r.DataFingerprint[..Math.Min(12, r.DataFingerprint.Length)]}, {r.Metrics.Count} metrics) and seed " +
                    $"{first.Context.Seed} has ({first.Id}, {first.Context.Profile}, {first.Context.Threads} threads, " +
                    $"data {first.DataFingerprint[..Math.Min(12, first.DataFingerprint.Length)]}, {first.Metrics.Count} metrics).",
                    nameof(runs));
            }

            seeds.Add(r.Context.Seed);
            wall += r.WallSeconds;
            foreach (var n in r.Notes)
            {
                if (!notes.Contains(n))
                {
                    notes.Add(n);
                }
            }
        }

        var metrics = new Dictionary<string, MetricSummary>();
        var values = new double[runs.Count];
        foreach (var name in first.Metrics.Keys)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                values[i] = runs[i].Metric(name);
            }

            metrics[name] = MetricSummary.Of(values);
        }

        return new SeedSummary(first.Id, first.Title, first.Context.Profile, seeds, first.Context.Threads, first.Context.Commit,
            first.DataFingerprint, wall, metrics, notes);
    }

    /// <summary>The summary of a metric.</summary>
    /// <param name="name">Metric name, e.g. <c>channel_average.adjusted.f1</c>.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="KeyNotFoundException">No such metric.</exception>
    public MetricSummary Metric(string name) => Metrics.TryGetValue(name, out var m)
        ? m
        : throw new KeyNotFoundException($"SeedSummary {Id}: expected a metric named '{name}' but there is none. Metrics: {string.Join(", ", Metrics.Keys)}");

    /// <summary>Serialises the summary (snake_case names, NaN as "NaN").</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads a summary written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="JsonException">The text is not a summary.</exception>
    public static SeedSummary FromJson(string json) =>
        JsonSerializer.Deserialize<SeedSummary>(json, Options) ?? throw new JsonException("SeedSummary.FromJson: expected an object but got null.");

    /// <summary>Writes <c>&lt;artifactsDirectory&gt;/&lt;id&gt;/summary.json</c>.</summary>
    /// <param name="artifactsDirectory">The artifacts folder (e.g. <see cref="RunContext.ArtifactsDirectory"/>).</param>
    /// <returns>The path written.</returns>
    public string Save(string artifactsDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactsDirectory);
        var dir = Path.Combine(artifactsDirectory, Id);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "summary.json");
        File.WriteAllText(path, ToJson());
        return path;
    }
}

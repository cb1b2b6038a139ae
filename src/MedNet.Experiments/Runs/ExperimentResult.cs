// SPDX-License-Identifier: MIT
using MedNet.Experiments.Metrics;
using MedNet.Models.Training;
namespace MedNet.Experiments.Runs;

/// <summary>What one run (one seed) of a <c>ReproductionExperiment</c> did and produced.</summary>
/// <param name="Id">The experiment id, e.g. <c>mednet-table3</c>.</param>
/// <param name="Title">The experiment title.</param>
/// <param name="Context">Profile, seed, threads, commit and artifacts folder of the run.</param>
/// <param name="Models">Each model the run trained, as the experiment composed it (architecture, training, loss, window, normalisation).</param>
/// <param name="DataFingerprint">SHA-256 of the input files (<see cref="Runs.DataFingerprint.OfFiles"/>).</param>
/// <param name="DataFolder">The data folder the run read (which data root it came from: MEDNET_DATA, data/ or ../shared/data).</param>
/// <param name="StartedUtc">Start time (UTC).</param>
/// <param name="WallSeconds">Wall time of the whole run in seconds (data, training, scoring, thresholding).</param>
/// <param name="Epochs">Per-epoch loss, learning rate and seconds (tagged by model when several are trained).</param>
/// <param name="Metrics">Named results in display order (see <see cref="PotMetrics"/> for the names).</param>
/// <param name="Notes">Protocol notes: where the run differs from the paper and why.</param>
public sealed record ExperimentResult(
    string Id, string Title, RunContext Context, IReadOnlyList<ModelSetup> Models, string DataFingerprint, string DataFolder, DateTime StartedUtc, double WallSeconds,
    IReadOnlyList<EpochLog> Epochs, IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<string> Notes)
{
    /// <summary>Curves kept beside the metrics (e.g. per-class ROC curves); null when the experiment keeps none.</summary>
    public IReadOnlyList<RunCurve>? Curves { get; init; }

    /// <summary>The value of a metric.</summary>
    /// <param name="name">Metric name, e.g. <c>channel_average.adjusted.f1</c>.</param>
    /// <returns>The value (NaN when the metric is undefined for this run).</returns>
    /// <exception cref="KeyNotFoundException">No such metric; the message lists the names with the same first part.</exception>
    public double Metric(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Metrics.TryGetValue(name, out var value))
        {
            return value;
        }

        var view = name.Split('.')[0];
        var near = new List<string>();
        foreach (var key in Metrics.Keys)
        {
            if (key.StartsWith(view, StringComparison.Ordinal))
            {
                near.Add(key);
            }
        }

        throw new KeyNotFoundException(
            $"ExperimentResult {Id}: expected a metric named '{name}' but there is none. " +
            (near.Count > 0 ? $"Metrics starting with '{view}': {string.Join(", ", near)}" : $"Metrics: {string.Join(", ", Metrics.Keys)}"));
    }

    /// <summary>The run as a <see cref="RunRecord"/>, the JSON written under <c>artifacts/&lt;id&gt;/seed&lt;n&gt;.json</c>.</summary>
    /// <returns>The record.</returns>
    public RunRecord ToRunRecord() => new(Id, Context, Models, DataFingerprint, DataFolder, StartedUtc, WallSeconds, Epochs, Metrics, Notes) { Curves = Curves };
}

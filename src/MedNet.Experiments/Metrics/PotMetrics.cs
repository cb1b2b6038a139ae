// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.Metrics;

/// <summary>Flattens a <see cref="MultichannelPotResult"/> into named metrics <c>&lt;view&gt;.&lt;adjusted|raw&gt;.&lt;metric&gt;</c>.</summary>
/// <remarks>
/// Source: [DTAAD] <c>main.py</c> test branch and <c>src/pot.py</c>; [MEDNET] §5.2. Views: <c>channel_average</c> (per-channel
/// POT averaged over channels, counts included: what [MEDNET] Tables 3–4 report, D-MN-04), <c>combined</c> (POT on the
/// channel-mean score against "any channel anomalous": what DTAAD's repository prints) and one view per channel (its name
/// in lower case, e.g. <c>ecg1</c>). Metrics are the rows of the typed results (<see cref="IMetricSet.Values"/> of
/// <see cref="DetectionMetrics"/> and <see cref="Models.AnomalyDetection.Thresholding.ChannelAverage"/>): f1, precision, recall,
/// specificity (per channel and combined), tp, tn, fp, fn, roc_auc (from the 0/1 predictions, as the papers, D-MN-07),
/// score_roc_auc (from the scores) and threshold. An undefined ROC-AUC is NaN.
/// </remarks>
public static class PotMetrics
{
    /// <summary>View name of the channel average.</summary>
    public const string ChannelAverage = "channel_average";

    /// <summary>View name of the channel-mean score.</summary>
    public const string Combined = "combined";

    /// <summary>Part name of the point-adjusted metrics (<see cref="MetricScope.Adjusted"/>).</summary>
    public const string Adjusted = MetricScope.Adjusted;

    /// <summary>Part name of the metrics without point adjustment (<see cref="MetricScope.Raw"/>).</summary>
    public const string Raw = MetricScope.Raw;

    /// <summary>Adds every metric of <paramref name="pot"/> to <paramref name="metrics"/>.</summary>
    /// <param name="metrics">Receives the metrics (insertion order is the display order).</param>
    /// <param name="pot">The POT evaluation.</param>
    /// <param name="channelNames">One name per channel, e.g. ECG1, ECG2.</param>
    /// <param name="prefix">Prefix of every name, e.g. <c>dtaad.</c> (with the dot), or empty. Default: empty.</param>
    /// <exception cref="ArgumentException">The channel names do not match the per-channel results.</exception>
    public static void Add(IDictionary<string, double> metrics, MultichannelPotResult pot, IReadOnlyList<string> channelNames, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(pot);
        ArgumentNullException.ThrowIfNull(channelNames);
        if (channelNames.Count != pot.PerChannel.Length)
        {
            throw new ArgumentException(
                $"PotMetrics.Add: expected {pot.PerChannel.Length} channel names (one per channel result) but got {channelNames.Count}.", nameof(channelNames));
        }

        Add(metrics, $"{prefix}{ChannelAverage}", pot.AdjustedAverage);
        Add(metrics, $"{prefix}{ChannelAverage}", pot.RawAverage);
        Add(metrics, $"{prefix}{Combined}", pot.Combined.Adjusted);
        Add(metrics, $"{prefix}{Combined}", pot.Combined.Raw);
        for (var c = 0; c < pot.PerChannel.Length; c++)
        {
            var name = channelNames[c].ToLowerInvariant();
            Add(metrics, $"{prefix}{name}", pot.PerChannel[c].Adjusted);
            Add(metrics, $"{prefix}{name}", pot.PerChannel[c].Raw);
        }
    }

    /// <summary>Writes each row of a typed metric set as <c>view.scope.metric</c>: the names come from the metric types themselves.</summary>
    private static void Add(IDictionary<string, double> metrics, string view, IMetricSet set)
    {
        foreach (var row in set.Values())
        {
            metrics[$"{view}.{row.Scope}.{row.Metric}"] = row.Value;
        }
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.Metrics;

/// <summary>Flattens a <see cref="MultichannelPotResult"/> into named metrics <c>&lt;view&gt;.&lt;adjusted|raw&gt;.&lt;metric&gt;</c>.</summary>
/// <remarks>
/// Source: [DTAAD] <c>main.py</c> test branch and <c>src/pot.py</c>; [MEDNET] §5.2. Views: <c>channel_average</c> (per-channel
/// POT averaged over channels, counts included: what [MEDNET] Tables 3–4 report, D-MN-04), <c>combined</c> (POT on the
/// channel-mean score against "any channel anomalous": what DTAAD's repository prints) and one view per channel (its name
/// in lower case, e.g. <c>ecg1</c>). Metrics: f1, precision, recall, tp, tn, fp, fn, roc_auc (from the 0/1 predictions,
/// as the papers, D-MN-07), score_roc_auc (from the scores) and threshold. An undefined ROC-AUC is NaN.
/// </remarks>
public static class PotMetrics
{
    /// <summary>View name of the channel average.</summary>
    public const string ChannelAverage = "channel_average";

    /// <summary>View name of the channel-mean score.</summary>
    public const string Combined = "combined";

    /// <summary>Part name of the point-adjusted metrics.</summary>
    public const string Adjusted = "adjusted";

    /// <summary>Part name of the metrics without point adjustment.</summary>
    public const string Raw = "raw";

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

        Add(metrics, $"{prefix}{ChannelAverage}.{Adjusted}", pot.AdjustedAverage);
        Add(metrics, $"{prefix}{ChannelAverage}.{Raw}", pot.RawAverage);
        Add(metrics, $"{prefix}{Combined}.{Adjusted}", pot.Combined.Adjusted);
        Add(metrics, $"{prefix}{Combined}.{Raw}", pot.Combined.Raw);
        for (var c = 0; c < pot.PerChannel.Length; c++)
        {
            var name = channelNames[c].ToLowerInvariant();
            Add(metrics, $"{prefix}{name}.{Adjusted}", pot.PerChannel[c].Adjusted);
            Add(metrics, $"{prefix}{name}.{Raw}", pot.PerChannel[c].Raw);
        }
    }

    private static void Add(IDictionary<string, double> metrics, string view, ChannelAverage m) => Put(
        metrics, view, m.F1, m.Precision, m.Recall, m.TruePositives, m.TrueNegatives, m.FalsePositives, m.FalseNegatives,
        m.BinaryRocAuc, m.ScoreRocAuc, m.Threshold);

    private static void Add(IDictionary<string, double> metrics, string view, DetectionMetrics m) => Put(
        metrics, view, m.F1, m.Precision, m.Recall, m.Counts.TruePositives, m.Counts.TrueNegatives, m.Counts.FalsePositives,
        m.Counts.FalseNegatives, m.BinaryRocAuc, m.ScoreRocAuc, m.Threshold);

    private static void Put(
        IDictionary<string, double> metrics, string view, double f1, double precision, double recall,
        double tp, double tn, double fp, double fn, double? binaryAuc, double? scoreAuc, double threshold)
    {
        metrics[$"{view}.f1"] = f1;
        metrics[$"{view}.precision"] = precision;
        metrics[$"{view}.recall"] = recall;
        metrics[$"{view}.tp"] = tp;
        metrics[$"{view}.tn"] = tn;
        metrics[$"{view}.fp"] = fp;
        metrics[$"{view}.fn"] = fn;
        metrics[$"{view}.roc_auc"] = binaryAuc ?? double.NaN;
        metrics[$"{view}.score_roc_auc"] = scoreAuc ?? double.NaN;
        metrics[$"{view}.threshold"] = threshold;
    }
}

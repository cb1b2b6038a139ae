// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.Metrics;

namespace MedNet.Experiments.Reproduction;

/// <summary>The figures an experiment reports on the last line of <c>mednet reproduce</c>, in order: detection tables print
/// <c>f1= precision= recall= roc_auc=</c>, a classifier's table may print others (accuracy, macro F1, …).</summary>
/// <param name="Items">The printed figures, at least one.</param>
/// <param name="Description">Which figures these are, for help texts.</param>
public sealed record HeadlineMetrics(IReadOnlyList<HeadlineMetric> Items, string Description)
{
    /// <summary>The shape of the line, e.g. <c>f1=… precision=… recall=… roc_auc=…</c>.</summary>
    public string Pattern => string.Join(" ", Items.Select(i => i.Label + "=…"));

    /// <summary>Formats the line from a metric lookup, five decimals, invariant culture.</summary>
    /// <param name="value">Gives the value of a metric name.</param>
    /// <returns>E.g. <c>f1=0.95807 precision=0.91951 recall=1.00000 roc_auc=0.98541</c>.</returns>
    public string Format(Func<string, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = new List<string>(Items.Count);
        foreach (var item in Items)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{item.Label}={value(item.Metric):F5}"));
        }

        return string.Join(" ", parts);
    }

    /// <summary>As [MEDNET] Tables 3–4 report MBA: per-channel POT, point-adjusted, averaged over channels; ROC-AUC from the 0/1 predictions.</summary>
    /// <remarks>Source: [MEDNET] §5.2 ("per-channel metrics … channel-wise average"). Differs: D-MN-04, D-MN-07.</remarks>
    public static HeadlineMetrics ChannelAverageAdjusted { get; } = For(
        PotMetrics.ChannelAverage + "." + PotMetrics.Adjusted,
        "channel-average, point-adjusted F1/precision/recall and binary ROC-AUC, as [MEDNET] Tables 3–4");

    /// <summary>The headline of <paramref name="prefix"/> (e.g. <c>mednet.channel_average.adjusted</c>).</summary>
    /// <param name="prefix">Metric-name prefix of one POT evaluation, without the trailing dot.</param>
    /// <param name="description">Which figures these are.</param>
    /// <returns>f1, precision, recall and roc_auc read from <c>prefix.f1</c>, <c>prefix.precision</c>, <c>prefix.recall</c>, <c>prefix.roc_auc</c>.</returns>
    public static HeadlineMetrics For(string prefix, string description) =>
        new([new("f1", $"{prefix}.f1"), new("precision", $"{prefix}.precision"), new("recall", $"{prefix}.recall"), new("roc_auc", $"{prefix}.roc_auc")], description);
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Metrics;
namespace MedNet.Experiments.Reproduction;

/// <summary>The four metrics an experiment reports on the last line of <c>mednet reproduce</c>, by metric name.</summary>
/// <param name="F1">Metric printed as <c>f1=</c>.</param>
/// <param name="Precision">Metric printed as <c>precision=</c>.</param>
/// <param name="Recall">Metric printed as <c>recall=</c>.</param>
/// <param name="RocAuc">Metric printed as <c>roc_auc=</c>.</param>
/// <param name="Description">Which figures these are, for help texts.</param>
public sealed record HeadlineMetrics(string F1, string Precision, string Recall, string RocAuc, string Description)
{
    /// <summary>As [MEDNET] Tables 3–4 report MBA: per-channel POT, point-adjusted, averaged over channels; ROC-AUC from the 0/1 predictions.</summary>
    /// <remarks>Source: [MEDNET] §5.2 ("per-channel metrics … channel-wise average"). Differs: D-MN-04, D-MN-07.</remarks>
    public static HeadlineMetrics ChannelAverageAdjusted { get; } = For(
        PotMetrics.ChannelAverage + "." + PotMetrics.Adjusted,
        "channel-average, point-adjusted F1/precision/recall and binary ROC-AUC, as [MEDNET] Tables 3–4");

    /// <summary>The headline of <paramref name="prefix"/> (e.g. <c>mednet.channel_average.adjusted</c>).</summary>
    /// <param name="prefix">Metric-name prefix of one POT evaluation, without the trailing dot.</param>
    /// <param name="description">Which figures these are.</param>
    /// <returns>The four names <c>prefix.f1</c>, <c>prefix.precision</c>, <c>prefix.recall</c>, <c>prefix.roc_auc</c>.</returns>
    public static HeadlineMetrics For(string prefix, string description) =>
        new($"{prefix}.f1", $"{prefix}.precision", $"{prefix}.recall", $"{prefix}.roc_auc", description);
}

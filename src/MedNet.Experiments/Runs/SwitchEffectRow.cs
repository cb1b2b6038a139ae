// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Runs;

/// <summary>One variant of a switch study: its figures over the seeds and its F1 change against the baseline, seed by seed.</summary>
/// <param name="Variant">Variant name (metric prefix), e.g. <c>row_shuffle</c>.</param>
/// <param name="SwitchesOn">The switches on in this variant, e.g. <c>first_step_streams+single_token_attention</c>.</param>
/// <param name="F1">Channel-average point-adjusted F1.</param>
/// <param name="DeltaF1">F1 minus the baseline's F1, per seed, summarised.</param>
/// <param name="RawF1">Channel-average F1 without point adjustment.</param>
/// <param name="ScoreRocAuc">Channel-average ROC-AUC of the scores.</param>
/// <param name="CombinedF1">Point-adjusted F1 of the channel-mean score (what DTAAD's repository prints).</param>
/// <param name="LastChannelRecall">Point-adjusted recall of the last channel (MBA: ECG2, the channel the loss broadcast scores against channel 1's forecast).</param>
public sealed record SwitchEffectRow(
    string Variant, string SwitchesOn, MetricSummary F1, MetricSummary DeltaF1, MetricSummary RawF1, MetricSummary ScoreRocAuc, MetricSummary CombinedF1,
    MetricSummary LastChannelRecall);

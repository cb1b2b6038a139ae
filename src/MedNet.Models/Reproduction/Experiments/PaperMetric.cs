// SPDX-License-Identifier: MIT
namespace MedNet.Models.Reproduction.Experiments;

/// <summary>One reported number and the metric of a run that reproduces it.</summary>
/// <param name="Key">Registry key in <see cref="ReportedResults"/>, e.g. <c>MEDNET/T3/MED-Net-MBA-50ep/F1</c>.</param>
/// <param name="Metric">Name of the metric in <see cref="ExperimentResult.Metrics"/>, e.g. <c>channel_average.adjusted.f1</c>.</param>
/// <param name="Note">What the row's protocol note should always say (e.g. "channel mean, D-MN-04"), or null.</param>
public sealed record PaperMetric(string Key, string Metric, string? Note = null)
{
    /// <summary>The row label: the key's last part (the paper's column), e.g. <c>F1</c>.</summary>
    public string Label => Key[(Key.LastIndexOf('/') + 1)..];
}

// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Reproduction;

/// <summary>One figure of the last line of <c>mednet reproduce</c>: printed as <c>Label=value</c>, read from the run's metric <c>Metric</c>.</summary>
/// <param name="Label">The printed name, e.g. <c>f1</c> or <c>accuracy</c>.</param>
/// <param name="Metric">The metric name in the run's results, e.g. <c>channel_average.adjusted.f1</c>.</param>
public sealed record HeadlineMetric(string Label, string Metric);

// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>One named metric of one scope: a row of a results table, the same for detectors and classifiers.</summary>
/// <param name="Metric">Lower-case snake-case metric name, one of the <see cref="MetricName"/> constants (e.g. <c>f1</c>).</param>
/// <param name="Scope">What the value describes: a class name, or one of the <see cref="MetricScope"/> constants
/// (<c>overall</c>, <c>macro</c>, <c>weighted</c>, <c>adjusted</c>, <c>raw</c>).</param>
/// <param name="Value">The value: ratios in [0, 1], counts as whole numbers, a threshold as it is, and NaN when the metric is undefined
/// (e.g. an AUROC with one class present or no scores), as <c>PotMetrics</c> writes an undefined ROC-AUC.</param>
public sealed record MetricValue(string Metric, string Scope, double Value);

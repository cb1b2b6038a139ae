// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>
/// A typed metrics result that can also be listed as (metric, scope, value) rows, so tables and DataFrames read a
/// detector's <see cref="DetectionMetrics"/> and a classifier's <see cref="ClassificationMetrics"/> the same way.
/// </summary>
public interface IMetricSet
{
    /// <summary>Every metric of the set as rows, in display order; results of the same task list the same rows.</summary>
    /// <returns>The rows; an undefined metric is present with the value NaN.</returns>
    IReadOnlyList<MetricValue> Values();
}

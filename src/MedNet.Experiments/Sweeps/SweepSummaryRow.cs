// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Sweeps;

/// <summary>One configuration's metric over its finished seeds, beside the paper's value when the experiment reports one.</summary>
/// <param name="Configuration">Experiment id and options (without the seed).</param>
/// <param name="Metric">Metric name as printed on the headline line (e.g. f1).</param>
/// <param name="Seeds">Finished seeds merged.</param>
/// <param name="Mean">Mean over the seeds.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1), 0 for one seed.</param>
/// <param name="Paper">The paper's value for this metric, or null when the paper gives none.</param>
public sealed record SweepSummaryRow(string Configuration, string Metric, IReadOnlyList<int> Seeds, double Mean, double StandardDeviation, double? Paper);

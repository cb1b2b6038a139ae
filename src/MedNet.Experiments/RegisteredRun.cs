// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using MedNet.Viz.Tables;

namespace MedNet.Experiments;

/// <summary>A registered experiment's runs as a notebook reads them: the seed summary, the paper comparison and each seed's record.</summary>
/// <param name="Summary">Mean ± sd over the seeds.</param>
/// <param name="Comparison">Paper vs reproduced.</param>
/// <param name="Records">One run record per seed.</param>
/// <param name="Reused">Whether the runs were read from <c>artifacts/</c> (same profile, seeds, threads and commit) rather than run now.</param>
public sealed record RegisteredRun(SeedSummary Summary, PaperComparisonTable Comparison, IReadOnlyList<RunRecord> Records, bool Reused)
{
    /// <summary>The first seed's metrics.</summary>
    public IReadOnlyDictionary<string, double> Metrics => Records[0].Metrics;
}

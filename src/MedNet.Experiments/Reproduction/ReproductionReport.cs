// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.Runs;
using MedNet.Viz.Tables;

namespace MedNet.Experiments.Reproduction;

/// <summary>The outcome of running an experiment over one or more seeds: per-seed results, their summary and the paper comparison.</summary>
/// <param name="Experiment">The experiment that ran.</param>
/// <param name="Results">One result per seed, in run order.</param>
/// <param name="Summary">Mean ± sample sd of every metric over the seeds.</param>
/// <param name="Comparison">Paper vs reproduced (seed means).</param>
public sealed record ReproductionReport(
    ReproductionExperiment Experiment, IReadOnlyList<ExperimentResult> Results, SeedSummary Summary, PaperComparisonTable Comparison)
{
    /// <summary>The headline line <c>f1=… precision=… recall=… roc_auc=…</c> (seed means, 5 decimals).</summary>
    /// <returns>The line, without a newline.</returns>
    public string HeadlineLine()
    {
        return Experiment.Headline.Format(metric => Summary.Metric(metric).Mean);
    }

    /// <summary>Writes <c>&lt;artifacts&gt;/&lt;id&gt;/seed&lt;n&gt;.json</c> per seed, and <c>comparison.md</c> (<see cref="PaperComparisonTable.ToMarkdown"/>) and <c>summary.json</c> beside them.</summary>
    /// <param name="artifactsDirectory">Artifacts folder. Default: the first run's <see cref="RunContext.ArtifactsDirectory"/>.</param>
    /// <returns>The paths written, the summary last.</returns>
    public IReadOnlyList<string> Save(string? artifactsDirectory = null)
    {
        var dir = artifactsDirectory ?? Results[0].Context.ArtifactsDirectory;
        var paths = new List<string>();
        foreach (var r in Results)
        {
            paths.Add((r.ToRunRecord() with { Context = r.Context with { ArtifactsDirectory = dir } }).Save());
        }

        var markdown = Path.Combine(dir, Summary.Id, "comparison.md");
        File.WriteAllText(markdown, Comparison.ToMarkdown());
        paths.Add(markdown);
        paths.Add(Summary.Save(dir));
        return paths;
    }
}

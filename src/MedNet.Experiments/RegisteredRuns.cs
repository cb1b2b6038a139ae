// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;

namespace MedNet.Experiments;

/// <summary>Reads a registered experiment's saved runs from <c>artifacts/&lt;id&gt;/</c> when they match the current profile, seeds,
/// threads and commit, and otherwise runs and saves it — so a notebook (e.g. 08) fills its tables from the runs another notebook (or
/// <c>mednet reproduce</c>) already made, and reproduces only what is missing.</summary>
public static class RegisteredRuns
{
    /// <summary>Loads or runs an experiment.</summary>
    /// <param name="ctx">Profile, threads, commit and artifacts folder of the notebook.</param>
    /// <param name="id">Experiment id, e.g. <c>msa-table2</c>.</param>
    /// <param name="seeds">Seeds.</param>
    /// <param name="log">Progress; may be null.</param>
    /// <returns>The runs.</returns>
    public static RegisteredRun LoadOrRun(RunContext ctx, string id, IReadOnlyList<int> seeds, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(seeds);
        var experiment = Reproductions.Get(id);
        var dir = Path.Combine(ctx.ArtifactsDirectory, experiment.Id);
        var summaryPath = Path.Combine(dir, "summary.json");
        if (File.Exists(summaryPath))
        {
            var summary = SeedSummary.FromJson(File.ReadAllText(summaryPath));
            var paths = seeds.Select(s => Path.Combine(dir, $"seed{s}.json")).ToList();
            if (summary.Profile == ctx.Profile && summary.Seeds.SequenceEqual(seeds) && summary.Threads == ctx.Threads && summary.Commit == ctx.Commit
                && paths.All(File.Exists))
            {
                var records = paths.Select(p => RunRecord.FromJson(File.ReadAllText(p))).ToList();
                return new RegisteredRun(summary, experiment.Compare(summary), records, Reused: true);
            }
        }

        var report = Reproductions.Run(experiment, ctx, seeds, log);
        report.Save();
        return new RegisteredRun(report.Summary, report.Comparison, [.. report.Results.Select(r => r.ToRunRecord())], Reused: false);
    }
}

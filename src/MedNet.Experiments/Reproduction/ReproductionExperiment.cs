// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Tensors;
using MedNet.Viz.Tables;

namespace MedNet.Experiments.Reproduction;

/// <summary>
/// One reproducible experiment of a paper (a table or a claim): what it runs, which reported numbers it is compared with,
/// and which four figures <c>mednet reproduce</c> prints last.
/// </summary>
/// <remarks>
/// To add an experiment, write one subclass in the paper's folder (e.g. MedNetPaper) and add one line to <c>Reproductions.All</c>. A run
/// must be deterministic for a given <see cref="RunContext.Seed"/> and <see cref="RunContext.Threads"/>, and must not
/// write files (<see cref="ReproductionReport.Save"/> does).
/// </remarks>
public abstract class ReproductionExperiment
{
    /// <summary>Stable id used on the command line and as the artifacts folder, e.g. <c>mednet-table3</c>.</summary>
    public abstract string Id { get; }

    /// <summary>One line saying what is reproduced, e.g. "[MEDNET] Table 3: MED-Net on MBA".</summary>
    public abstract string Title { get; }

    /// <summary>The reported numbers this experiment reproduces (registry keys of <see cref="ReportedResults"/>) and the metric each maps to; empty when the claim is not a table.</summary>
    public abstract IReadOnlyList<PaperMetric> PaperMetrics { get; }

    /// <summary>The metrics printed on the last line of <c>mednet reproduce</c> (<c>f1=… precision=… recall=… roc_auc=…</c>).</summary>
    public abstract HeadlineMetrics Headline { get; }

    /// <summary>Largest |reproduced − paper| still counted as reproduced in the comparison table. Default: 0.02.</summary>
    public virtual double Tolerance => 0.02;

    /// <summary>Whether the experiment trains in <see cref="RunContext.DType"/> = float64 when asked (<c>mednet reproduce --dtype float64</c>). Default: false.</summary>
    public virtual bool SupportsFloat64 => false;

    /// <summary>The registry keys of <see cref="PaperMetrics"/>, in table order.</summary>
    public IReadOnlyList<string> PaperKeys
    {
        get
        {
            var keys = new List<string>(PaperMetrics.Count);
            foreach (var m in PaperMetrics)
            {
                keys.Add(m.Key);
            }

            return keys;
        }
    }

    /// <summary>Runs the experiment once, for <see cref="RunContext.Seed"/>, on <see cref="RunContext.Threads"/> threads.</summary>
    /// <param name="ctx">Profile, seed, threads and commit; data is found from <see cref="RunContext.RepositoryRoot"/> (MEDNET_DATA first).</param>
    /// <param name="log">Receives progress lines (one per epoch); may be null.</param>
    /// <returns>Config, per-epoch logs, metrics and protocol notes of the run.</returns>
    /// <remarks>Sets the tensor library's thread count to <see cref="RunContext.Threads"/> for the run and restores it afterwards.</remarks>
    public ExperimentResult Run(RunContext ctx, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var threads = torch.get_num_threads();
        torch.set_num_threads(ctx.Threads);
        try
        {
            return Execute(ctx, log);
        }
        finally
        {
            torch.set_num_threads(threads);
        }
    }

    /// <summary>The experiment itself, called by <see cref="Run"/> with the thread count already set.</summary>
    /// <param name="ctx">As for <see cref="Run"/>.</param>
    /// <param name="log">As for <see cref="Run"/>; may be null.</param>
    /// <returns>Config, per-epoch logs, metrics and protocol notes of the run.</returns>
    protected abstract ExperimentResult Execute(RunContext ctx, Action<string>? log);

    /// <summary>How this profile's protocol differs from the paper's for this experiment (epochs, data), or null when it does not.</summary>
    /// <param name="profile">The profile the runs used.</param>
    /// <returns>A short note for the comparison table, or null.</returns>
    public virtual string? ProtocolNote(RunProfile profile) => null;

    /// <summary>The paper-vs-reproduced comparison of a set of runs (one row per <see cref="PaperMetrics"/> entry, seed means).</summary>
    /// <param name="summary">The runs' summary over seeds.</param>
    /// <returns>
    /// The comparison, values and differences with 5 decimals as the papers print them: Markdown with
    /// <see cref="PaperComparisonTable.ToMarkdown"/>, aligned text with <see cref="PaperComparisonTable.ToPlainText"/>, HTML in notebooks.
    /// </returns>
    public virtual PaperComparisonTable Compare(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var comparison = NewComparison(summary);
        var protocol = ProtocolNote(summary.Profile);
        foreach (var pm in PaperMetrics)
        {
            var paper = ReportedResults.Get(pm.Key).Value;
            if (!summary.Metrics.TryGetValue(pm.Metric, out var stat))
            {
                comparison.Add(new ComparisonRow(pm.Label, paper, null, pm.Note, $"the run did not produce metric '{pm.Metric}'"));
                continue;
            }

            comparison.Add(new ComparisonRow(pm.Label, paper, stat.Mean, JoinNotes(stat.Describe(), pm.Note, protocol)));
        }

        return comparison;
    }

    /// <summary>An empty comparison table for <see cref="Compare"/>: its caption, <see cref="Tolerance"/>, 5 decimals.</summary>
    /// <param name="summary">The runs' summary.</param>
    /// <returns>The table, without rows.</returns>
    protected PaperComparisonTable NewComparison(SeedSummary summary) =>
        new(ComparisonCaption(summary), Tolerance) { Digits = 5 };

    /// <summary>The caption of <see cref="Compare"/>: title, profile and seeds.</summary>
    /// <param name="summary">The runs' summary.</param>
    /// <returns>E.g. "[MEDNET] Table 3: MED-Net on MBA — paper profile, seeds 0–4".</returns>
    protected string ComparisonCaption(SeedSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"{Title} — {summary.Profile.ToString().ToLowerInvariant()} profile, {SeedList.Format(summary.Seeds)}";
    }

    /// <summary>Joins non-empty notes with "; ".</summary>
    /// <param name="notes">Notes, some null or empty.</param>
    /// <returns>The joined text, or null when all are empty.</returns>
    protected static string? JoinNotes(params string?[] notes)
    {
        var kept = new List<string>();
        foreach (var n in notes)
        {
            if (!string.IsNullOrWhiteSpace(n))
            {
                kept.Add(n);
            }
        }

        return kept.Count == 0 ? null : string.Join("; ", kept);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.MsaPaper;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
namespace MedNet.Experiments;

/// <summary>The registry of reproducible experiments, by id (<c>mednet reproduce list</c> prints it).</summary>
public static class Reproductions
{
    /// <summary>Every experiment, in the papers' order. Adding an experiment is one line here.</summary>
    public static IReadOnlyList<ReproductionExperiment> All { get; } =
    [
        new DtaadTable1(EcgSubstitute.CinC2017),
        new MedNetTable2(EcgSubstitute.CinC2017),
        new MedNetTable3(),
        new MedNetTable3Authors(),
        new MedNetTable3Switches(),
        new DtaadTable4(),
        new DtaadTable4Shuffled(),
        new TrainingTimeExperiment(),
        new DtaadTable1(EcgSubstitute.MitBih),
        new MedNetTable2(EcgSubstitute.MitBih),
        new MsaTable2(),
        new MsaTable3(),
        new MsaLosses(),
        new MsaLearningRates(),
        new MsaTable1(),
        new MsaTable4(),
    ];

    /// <summary>The ids of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Ids => All.Select(e => e.Id).ToList();

    /// <summary>Finds an experiment by id (case-insensitive).</summary>
    /// <param name="id">E.g. <c>mednet-table3</c>.</param>
    /// <returns>The experiment.</returns>
    /// <exception cref="KeyNotFoundException">No such id; the message lists the known ids.</exception>
    public static ReproductionExperiment Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var e in All)
        {
            if (string.Equals(e.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }
        }

        throw new KeyNotFoundException($"Reproductions: expected one of {string.Join(", ", Ids)} but got '{id}'. `mednet reproduce list` shows their titles.");
    }

    /// <summary>Runs an experiment for each seed and summarises the runs; nothing is written (call <see cref="ReproductionReport.Save"/>).</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="ctx">Profile, threads, commit and artifacts folder; its seed is replaced by each of <paramref name="seeds"/>.</param>
    /// <param name="seeds">At least one seed.</param>
    /// <param name="log">Receives progress lines; may be null.</param>
    /// <returns>Per-seed results, their summary and the paper comparison.</returns>
    /// <exception cref="ArgumentException">No seeds.</exception>
    public static ReproductionReport Run(ReproductionExperiment experiment, RunContext ctx, IReadOnlyList<int> seeds, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("Reproductions.Run: expected at least one seed but got none.", nameof(seeds));
        }

        var results = new List<ExperimentResult>(seeds.Count);
        foreach (var seed in seeds)
        {
            results.Add(experiment.Run(ctx with { Seed = seed }, log));
        }

        var summary = SeedSummary.Of(results);
        return new ReproductionReport(experiment, results, summary, experiment.Compare(summary));
    }
}

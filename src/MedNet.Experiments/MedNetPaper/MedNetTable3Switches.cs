// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Experiments.Metrics;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// <c>mednet-table3-switches</c>: which of the authors' code's departures moves MED-Net's MBA figures, and by how much. Per
/// seed it trains the kit's reading, the kit's reading with each <see cref="AuthorsCodeSwitches"/> switch flipped alone,
/// and every switch on (the authors' code), and records each under its variant's prefix.
/// </summary>
/// <remarks>
/// Variants (metric prefixes): <c>kit.</c> (<see cref="AuthorsCodeSwitches.KitReading"/>), <c>&lt;switch&gt;.</c> (the kit's
/// reading with that switch flipped: on for row_shuffle, fork_backbone, frozen_heads, loss_broadcast; off for
/// first_step_streams and single_token_attention, which the kit's reading already has on), <c>authors.</c> (all on). Each
/// variant starts from the same seed, so a difference is the switch's effect for that seed. Source: [MEDNET] Table 3;
/// EhsaasN/DUAL_TCN_ATTN branch <c>copilot/fix-multivariate-data-compatibility</c>. Differs: D-MN-12, D-MN-22, D-MN-23.
/// </remarks>
public sealed class MedNetTable3Switches : ReproductionExperiment
{
    /// <summary>Prefix of the kit's reading.</summary>
    public const string Kit = "kit";

    /// <summary>Prefix of the authors' code (all switches on).</summary>
    public const string Authors = "authors";

    /// <inheritdoc/>
    public override string Id => "mednet-table3-switches";

    /// <inheritdoc/>
    public override string Title => "[MEDNET] Table 3 switch by switch: the kit's MED-Net with each of the authors' code's departures alone";

    /// <inheritdoc/>
    public override HeadlineMetrics Headline { get; } = HeadlineMetrics.For(
        $"{Authors}.{PotMetrics.ChannelAverage}.{PotMetrics.Adjusted}",
        "the authors' code reading (all switches on): channel-average, point-adjusted F1/precision/recall and binary ROC-AUC");

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics { get; } = Prefixed(
        PaperMetric.DetectionTable("MEDNET/T3/MED-Net-MBA-50ep", "channel mean (D-MN-04)", "depends on the normalisation (D-MN-03)"), Authors + ".");

    /// <summary>The variants in training order: name (metric prefix) and switches.</summary>
    public static IReadOnlyList<(string Name, AuthorsCodeSwitches Switches)> Variants { get; } = BuildVariants();

    /// <inheritdoc/>
    public override string? ProtocolNote(RunProfile profile)
    {
        var epochs = ProfileConfigs.MedNet(profile).Epochs;
        return epochs == 50 ? null : $"{profile.ToString().ToLowerInvariant()} profile: {epochs} epoch(s), the table used 50";
    }

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var data = MbaData.Load(ctx);
        var metrics = new Dictionary<string, double>();
        var epochs = new List<EpochLog>();
        var setups = new List<ModelSetup>();
        foreach (var (name, switches) in Variants)
        {
            var recipe = ForecastRecipe.MedNetAuthors(ctx.Profile, switches) with { Model = name };
            var run = ModelTraining.Run(recipe, data, ctx.Seed, log);
            run.AddMetrics(metrics, data.Dataset.ColumnNames, name + ".");
            epochs.AddRange(run.Epochs);
            setups.Add(run.Setup);
        }

        var notes = new List<string>
        {
            "variants: " + string.Join("; ", Variants.Select(v => $"{v.Name} = {v.Switches.Describe()}")),
            "every variant: §6.1 MBA optimiser settings, the same seed; POT as DTAAD's pot_eval (MBA q = 1e-5, lm = (0.93, 1.04)); channel_average = what the tables report (D-MN-04)",
            "train.seconds* are wall times and vary between runs; every other metric is deterministic per seed and thread count",
        };
        if (ProtocolNote(ctx.Profile) is { } note)
        {
            notes.Add(note);
        }

        return new ExperimentResult(Id, Title, ctx, setups, data.Fingerprint, data.Folder, started, clock.Elapsed.TotalSeconds, epochs, metrics, notes);
    }

    private static List<(string, AuthorsCodeSwitches)> BuildVariants()
    {
        var variants = new List<(string, AuthorsCodeSwitches)> { (Kit, AuthorsCodeSwitches.KitReading) };
        foreach (var name in AuthorsCodeSwitches.Names)
        {
            variants.Add((name, AuthorsCodeSwitches.KitReading.Toggle(name)));
        }

        variants.Add((Authors, AuthorsCodeSwitches.AuthorsCode));
        return variants;
    }

    private static List<PaperMetric> Prefixed(IReadOnlyList<PaperMetric> metrics, string prefix) =>
        metrics.Select(m => m with { Metric = prefix + m.Metric }).ToList();
}

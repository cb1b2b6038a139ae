// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using MedNet.Experiments.Frames;
using MedNet.Experiments.Metrics;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;
using Microsoft.Data.Analysis;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// Every MBA number of [MEDNET] Tables 3–4 in three columns — the paper, the authors' code as the kit runs it, the kit's
/// reading of the paper — with the raw F1 and score ROC-AUC beside the point-adjusted figures, the per-seed F1 of each run,
/// and the switch-by-switch study; built from the JSON run records <c>mednet reproduce</c> writes, never typed by hand.
/// </summary>
/// <remarks>
/// Runs read (<c>&lt;dir&gt;/&lt;id&gt;/seed&lt;n&gt;.json</c>): Table 3 — <c>mednet-table3-authors</c> (authors' code) and
/// <c>mednet-table3</c> (kit); Table 4 — <c>mednet-table4-shuffled</c> (DTAAD with the authors' MBA loader's row shuffle,
/// D-MN-23) and <c>mednet-table4</c> (kit); switches — <c>mednet-table3-switches</c>. A missing run leaves its column
/// empty ("not run"). Source: [MEDNET] Tables 3–4. Differs: D-MN-04, D-MN-07, D-MN-12, D-MN-21, D-MN-22, D-MN-23.
/// </remarks>
public sealed class PaperReadings
{
    /// <summary>Line that opens the generated block in a markdown file.</summary>
    public const string BeginMarker = "<!-- BEGIN GENERATED: mednet reproduce table -->";

    /// <summary>Line that closes the generated block.</summary>
    public const string EndMarker = "<!-- END GENERATED: mednet reproduce table -->";

    private static readonly (string Table, string PaperRow, string AuthorsId, string KitId)[] Tables =
    [
        ("Table 3 (MED-Net)", "MEDNET/T3/MED-Net-MBA-50ep", "mednet-table3-authors", "mednet-table3"),
        ("Table 4 (DTAAD)", "MEDNET/T4/DTAAD-MBA-50ep", "mednet-table4-shuffled", "mednet-table4"),
    ];

    private static readonly (string Label, string Metric, string Note)[] Unreported =
    [
        ("F1 (raw)", "channel_average.raw.f1", "channel mean, no point adjustment"),
        ("precision (raw)", "channel_average.raw.precision", "channel mean, no point adjustment"),
        ("recall (raw)", "channel_average.raw.recall", "channel mean, no point adjustment"),
        ("ROC-AUC (scores)", "channel_average.adjusted.score_roc_auc", "channel mean, from the scores (D-MN-07)"),
        ("F1 combined", "combined.adjusted.f1", "channel-mean score, point-adjusted: what DTAAD's repository prints"),
        ("recall ECG2", "ecg2.adjusted.recall", "channel 2 alone, point-adjusted (D-MN-12 (iii) scores it against channel 1's forecast)"),
    ];

    private readonly Dictionary<string, List<RunRecord>> _runs;

    private PaperReadings(Dictionary<string, List<RunRecord>> runs, List<ReadingsRow> rows, List<SwitchEffectRow> switches)
    {
        _runs = runs;
        Rows = rows;
        Switches = switches;
    }

    /// <summary>The run ids this table reads, in table order.</summary>
    public static IReadOnlyList<string> RunIds { get; } =
        ["mednet-table3-authors", "mednet-table3", "mednet-table4-shuffled", "mednet-table4", "mednet-table3-switches"];

    /// <summary>One row per figure and table: the nine reported columns, then the unreported raw and score figures.</summary>
    public IReadOnlyList<ReadingsRow> Rows { get; }

    /// <summary>The switch study (empty when <c>mednet-table3-switches</c> was not run).</summary>
    public IReadOnlyList<SwitchEffectRow> Switches { get; }

    /// <summary>The runs read, by id, seeds in ascending order.</summary>
    public IReadOnlyDictionary<string, List<RunRecord>> Runs => _runs;

    /// <summary>Reads the run records under <paramref name="runsDirectory"/> and builds the table.</summary>
    /// <param name="runsDirectory">An artifacts folder holding <c>&lt;id&gt;/seed&lt;n&gt;.json</c> for some of <see cref="RunIds"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">None of <see cref="RunIds"/> has a run record there, or the seeds of one id ran different profiles.</exception>
    /// <exception cref="System.Text.Json.JsonException">A file is not a run record.</exception>
    public static PaperReadings Load(string runsDirectory)
    {
        ArgumentNullException.ThrowIfNull(runsDirectory);
        if (!Directory.Exists(runsDirectory))
        {
            throw new DirectoryNotFoundException($"PaperReadings.Load: expected a folder of run records (<id>/seed<n>.json) but '{runsDirectory}' does not exist.");
        }

        var records = new List<RunRecord>();
        foreach (var id in RunIds)
        {
            var dir = Path.Combine(runsDirectory, id);
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.GetFiles(dir, "seed*.json"))
                {
                    records.Add(RunRecord.FromJson(File.ReadAllText(file)));
                }
            }
        }

        if (records.Count == 0)
        {
            throw new InvalidDataException(
                $"PaperReadings.Load: expected run records of at least one of {string.Join(", ", RunIds)} under '{runsDirectory}' but found none. Run `mednet reproduce <id> --profile paper --seeds 0-2 --out {runsDirectory}` first.");
        }

        return From(records);
    }

    /// <summary>Builds the table from run records in memory, e.g. <c>report.Results.Select(r =&gt; r.ToRunRecord())</c> of the five experiments.</summary>
    /// <param name="records">Run records; those whose id is not in <see cref="RunIds"/> are ignored.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">None of <see cref="RunIds"/> is among the records, two records share an id and seed, or the seeds of one id ran different profiles.</exception>
    public static PaperReadings From(IEnumerable<RunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var runs = new Dictionary<string, List<RunRecord>>();
        foreach (var id in RunIds)
        {
            var mine = records.Where(r => r.Id == id).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            mine.Sort((a, b) => a.Context.Seed.CompareTo(b.Context.Seed));
            for (var i = 1; i < mine.Count; i++)
            {
                if (mine[i].Context.Seed == mine[i - 1].Context.Seed)
                {
                    throw new InvalidDataException($"PaperReadings: expected one run record per seed but {id} has two for seed {mine[i].Context.Seed}.");
                }
            }

            if (mine.Exists(r => r.Context.Profile != mine[0].Context.Profile))
            {
                throw new InvalidDataException($"PaperReadings: expected the runs of {id} to share one profile but they mix {string.Join(", ", mine.Select(r => r.Context.Profile).Distinct())}.");
            }

            runs[id] = mine;
        }

        if (runs.Count == 0)
        {
            throw new InvalidDataException($"PaperReadings: expected run records of at least one of {string.Join(", ", RunIds)} but got none.");
        }

        var rows = new List<ReadingsRow>();
        foreach (var (table, paperRow, authorsId, kitId) in Tables)
        {
            foreach (var pm in PaperMetric.DetectionTable(paperRow, "channel mean (D-MN-04)", "depends on the normalisation (D-MN-03)"))
            {
                var counts = pm.Label is "TP" or "TN" or "FP" or "FN";
                rows.Add(new ReadingsRow(table, pm.Label, ReportedResults.Get(pm.Key).Value, Summary(runs, authorsId, pm.Metric), Summary(runs, kitId, pm.Metric),
                    counts ? 1 : 5, pm.Label == "ROC-AUC" ? "channel mean, point-adjusted, from 0/1 predictions (D-MN-07)" : $"channel mean, point-adjusted{(counts ? " (D-MN-04)" : "")}"));
            }

            foreach (var (label, metric, note) in Unreported)
            {
                rows.Add(new ReadingsRow(table, label, null, Summary(runs, authorsId, metric), Summary(runs, kitId, metric), 5, note));
            }
        }

        return new PaperReadings(runs, rows, SwitchRows(runs));
    }

    /// <summary>The three-column table as a DataFrame (<see cref="ReadingFrames.Readings"/>).</summary>
    /// <returns>The frame.</returns>
    public DataFrame ToFrame() => ReadingFrames.Readings(Rows);

    /// <summary>The switch study as a DataFrame (<see cref="ReadingFrames.Switches"/>).</summary>
    /// <returns>The frame.</returns>
    public DataFrame SwitchFrame() => ReadingFrames.Switches(Switches);

    /// <summary>The whole block as markdown: the three-column table, the runs it came from, per-seed F1, the switch study.</summary>
    /// <returns>Markdown between <see cref="BeginMarker"/> and <see cref="EndMarker"/>, invariant culture, "\n" line ends.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- Generated from JSON run records by `mednet reproduce table --from <runs> --into <this file>`; do not edit by hand. -->\n\n");
        sb.Append("| table | figure | paper | authors' code, run by the kit | kit's reading of the paper | what it is |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var r in Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Table} | {r.Metric} | {(r.Paper is { } p ? p.ToString(r.Digits == 1 ? "0.#" : "0.00000", CultureInfo.InvariantCulture) : "—")} | {Cell(r.AuthorsCode, r.Digits)} | {Cell(r.Kit, r.Digits)} | {r.Note} |\n");
        }

        sb.Append("\nAuthors' code column: Table 3 = `mednet-table3-authors` (every switch of the authors' MBA branch on, D-MN-12, D-MN-22, D-MN-23); ");
        sb.Append("Table 4 = `mednet-table4-shuffled` (the original DTAAD with that branch's row shuffle, D-MN-23). Kit column: `mednet-table3`, `mednet-table4`. ");
        sb.Append("Mean ± sample sd over the seeds below.\n\n");
        sb.Append("| run | profile | seeds | commit | channel-average point-adjusted F1 per seed |\n|---|---|---|---|---|\n");
        foreach (var (id, records) in _runs)
        {
            var metric = id == "mednet-table3-switches" ? $"{MedNetTable3Switches.Authors}.channel_average.adjusted.f1" : "channel_average.adjusted.f1";
            var perSeed = string.Join(", ", records.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Context.Seed}: {r.Metrics[metric]:F5}")));
            sb.Append(CultureInfo.InvariantCulture,
                $"| `{id}` | {records[0].Context.Profile.ToString().ToLowerInvariant()} | {SeedList.Format(records.Select(r => r.Context.Seed).ToList())} | `{records[0].Context.Commit}` | {perSeed}{(id == "mednet-table3-switches" ? " (all switches on)" : "")} |\n");
        }

        if (Switches.Count > 0)
        {
            sb.Append("\nSwitch by switch (`mednet-table3-switches`): the kit's reading, the kit's reading with one switch flipped, every switch on. ");
            sb.Append("ΔF1 is the variant's F1 minus the kit's, seed by seed (mean [min, max]).\n\n");
            sb.Append("| variant | switches on | F1 | ΔF1 vs kit | F1 (raw) | ROC-AUC (scores) | F1 combined | recall ECG2 |\n|---|---|---|---|---|---|---|---|\n");
            foreach (var s in Switches)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"| {s.Variant} | {s.SwitchesOn} | {s.F1.Format()} | {s.DeltaF1.Mean:+0.00000;-0.00000;0.00000} [{s.DeltaF1.Min:+0.00000;-0.00000;0.00000}, {s.DeltaF1.Max:+0.00000;-0.00000;0.00000}] | {s.RawF1.Format()} | {s.ScoreRocAuc.Format()} | {s.CombinedF1.Format()} | {s.LastChannelRecall.Format()} |\n");
            }
        }

        sb.Append(EndMarker).Append('\n');
        return sb.ToString();
    }

    /// <summary>Replaces the generated block of a markdown text (between <see cref="BeginMarker"/> and <see cref="EndMarker"/>) with <see cref="ToMarkdown"/>.</summary>
    /// <param name="markdown">The file's text; must hold both markers once, in order.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="InvalidDataException">The markers are missing or out of order.</exception>
    public string ReplaceBlock(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var begin = markdown.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = markdown.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"PaperReadings.ReplaceBlock: expected the lines '{BeginMarker}' and, after it, '{EndMarker}' in the markdown but {(begin < 0 ? "the first" : "the second")} is missing.");
        }

        var after = end + EndMarker.Length;
        if (after < markdown.Length && markdown[after] == '\n')
        {
            after++;
        }

        return string.Concat(markdown.AsSpan(0, begin), ToMarkdown(), markdown.AsSpan(after));
    }

    private static string Cell(MetricSummary? s, int digits) => s is null ? "not run" : s.Format(digits);

    private static MetricSummary? Summary(Dictionary<string, List<RunRecord>> runs, string id, string metric)
    {
        if (!runs.TryGetValue(id, out var records))
        {
            return null;
        }

        var values = new List<double>(records.Count);
        foreach (var r in records)
        {
            if (!r.Metrics.TryGetValue(metric, out var v))
            {
                return null;
            }

            values.Add(v);
        }

        return MetricSummary.Of(values);
    }

    private static List<SwitchEffectRow> SwitchRows(Dictionary<string, List<RunRecord>> runs)
    {
        var rows = new List<SwitchEffectRow>();
        if (!runs.TryGetValue("mednet-table3-switches", out var records))
        {
            return rows;
        }

        const string f1 = PotMetrics.ChannelAverage + "." + PotMetrics.Adjusted + ".f1";
        foreach (var (name, switches) in MedNetTable3Switches.Variants)
        {
            var deltas = records.ConvertAll(r => r.Metrics[$"{name}.{f1}"] - r.Metrics[$"{MedNetTable3Switches.Kit}.{f1}"]);
            rows.Add(new SwitchEffectRow(
                name, switches.Describe(),
                Of(records, $"{name}.{f1}"),
                MetricSummary.Of(deltas),
                Of(records, $"{name}.channel_average.raw.f1"),
                Of(records, $"{name}.channel_average.adjusted.score_roc_auc"),
                Of(records, $"{name}.combined.adjusted.f1"),
                Of(records, $"{name}.ecg2.adjusted.recall")));
        }

        return rows;
    }

    private static MetricSummary Of(List<RunRecord> records, string metric) =>
        MetricSummary.Of(records.ConvertAll(r => r.Metrics.TryGetValue(metric, out var v)
            ? v
            : throw new InvalidDataException($"PaperReadings: expected metric '{metric}' in run {r.Id} seed {r.Context.Seed} but it is missing.")));
}

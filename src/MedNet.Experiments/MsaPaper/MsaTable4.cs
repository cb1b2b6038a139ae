// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-table4</c>: [MSA] Table 4, the literature comparison on MIT-BIH and PTB-XL, with the kit's measured "Proposed" rows.</summary>
/// <remarks>
/// Source: [MSA] Table 4. The literature rows are the paper's claims about other works, transcribed in reported-results.tsv
/// and shown as printed; the paper cites none of them, so nothing is re-run for them. The "Proposed" rows train the
/// proposed network on MIT-BIH (part 1's protocol) and PTB-XL MI detection (strat_fold split); "Parameters" is the
/// compressed network at the paper's widths (the 3.6 M Table 4 prints is Table 3's compressed row, D-MS-55).
/// </remarks>
public sealed class MsaTable4 : MsaTaskExperiment
{
    /// <summary>The literature rows as Table 4 prints them (method, database, year).</summary>
    public static IReadOnlyList<string> LiteratureRows { get; } =
    [
        "ResNet-50 MIT-BIH 2019", "CNN-LSTM Baseline MIT-BIH 2020", "Attention CNN MIT-BIH 2021", "Transformer MIT-BIH 2022", "Hybrid CNN-LSTM MIT-BIH 2023",
        "DenseNet PTB-XL 2020", "SE-ResNet PTB-XL 2021", "Multi-branch CNN PTB-XL 2022",
    ];

    /// <summary>Why the literature rows are not run.</summary>
    public const string LiteratureReason = "a literature row: the paper's claim about another work (no citation given), transcribed as printed, not re-run";

    private static readonly string[] Columns = ["Accuracy", "Sensitivity", "Specificity", "Parameters"];

    /// <inheritdoc/>
    public override string Id => "msa-table4";

    /// <inheritdoc/>
    public override string Title => "[MSA] Table 4: comparison with the literature on MIT-BIH and PTB-XL";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics
    {
        get
        {
            var list = new List<PaperMetric>();
            foreach (var row in LiteratureRows)
            {
                foreach (var column in Columns)
                {
                    list.Add(new($"MSA/T4/{row}/{column}", LiteratureMetric(row, column)));
                }
            }

            foreach (var (id, row, note) in new[] { ("mitbih", "Proposed MIT-BIH 2024", "1 lead, 5 classes"), ("ptbxl-mi", "Proposed PTB-XL 2024", "12 leads, 2 classes") })
            {
                list.Add(new($"MSA/T4/{row}/Accuracy", $"{id}.accuracy"));
                list.Add(new($"MSA/T4/{row}/Sensitivity", $"{id}.sensitivity", AveragingNote(id)));
                list.Add(new($"MSA/T4/{row}/Specificity", $"{id}.specificity", AveragingNote(id)));
                list.Add(new($"MSA/T4/{row}/Parameters", $"{id}.compressed_parameters_m", $"compressed network at the paper's widths, {note} (D-MS-55)"));
            }

            return list;
        }
    }

    /// <summary>The (absent) metric name of a literature cell.</summary>
    /// <param name="row">Row label.</param>
    /// <param name="column">Column.</param>
    /// <returns>E.g. <c>literature.ResNet-50 MIT-BIH 2019.accuracy</c>.</returns>
    public static string LiteratureMetric(string row, string column) => $"literature.{row}.{column.ToLowerInvariant()}";

    /// <inheritdoc/>
    protected override IReadOnlyDictionary<string, string> NotRun(RunProfile profile)
    {
        var reasons = new Dictionary<string, string>();
        foreach (var row in LiteratureRows)
        {
            foreach (var column in Columns)
            {
                reasons[LiteratureMetric(row, column)] = LiteratureReason;
            }
        }

        return reasons;
    }

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log) => RunTasks(ctx, log, ["mitbih", "ptbxl-mi"]);
}

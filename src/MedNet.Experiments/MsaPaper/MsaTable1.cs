// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-table1</c>: [MSA] Table 1, the proposed network on five tasks (MIT-BIH, PTB-XL ×2, CinC 2017 ×2) with 95 % bootstrap intervals.</summary>
/// <remarks>
/// Source: [MSA] §3.1 A–C and Table 1. Every task trains the same architecture (Table 2's "+ HF Preservation" row) at the
/// profile's widths; MIT-BIH follows part 1's protocol (<see cref="MsaSettings"/>), the record tasks <see cref="MsaTaskSettings"/>.
/// The last line is the PTB-XL MI-detection figures. Differs: D-MS-50 … D-MS-56.
/// </remarks>
public sealed class MsaTable1 : MsaTaskExperiment
{
    /// <inheritdoc/>
    public override string Id => "msa-table1";

    /// <inheritdoc/>
    public override string Title => "[MSA] Table 1: classification performance across MIT-BIH, PTB-XL and PhysioNet 2017";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics
    {
        get
        {
            var list = new List<PaperMetric>();
            foreach (var (id, row) in Tasks)
            {
                var averaging = AveragingNote(id);
                list.Add(new($"MSA/T1/{row}/Accuracy", $"{id}.accuracy"));
                list.Add(new($"MSA/T1/{row}/Sensitivity", $"{id}.sensitivity", averaging));
                list.Add(new($"MSA/T1/{row}/Specificity", $"{id}.specificity", averaging));
                list.Add(new($"MSA/T1/{row}/F1", $"{id}.f1", averaging));
                list.Add(new($"MSA/T1/{row}/AUROC", $"{id}.auroc", averaging));
            }

            return list;
        }
    }

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log) => RunTasks(ctx, log, [.. Tasks.Select(t => t.Id)]);
}

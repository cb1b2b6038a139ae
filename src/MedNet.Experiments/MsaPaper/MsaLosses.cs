// SPDX-License-Identifier: MIT
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-losses</c>: [MSA] §3.2's loss comparison: cross-entropy, weighted cross-entropy and focal loss; accuracy and fusion-beat F1.</summary>
/// <remarks>Source: [MSA] §3.2 ("Focal loss achieved 98.7% accuracy … cross-entropy (96.1%) and weighted cross-entropy (97.3%) … fusion beat F1-score from 89.2% … to 94.1%"). The full network (Table 2 row "+ HF Preservation") on the 0.5–150 Hz data. Differs: D-MS-30.</remarks>
public sealed class MsaLosses : MsaExperiment
{
    private static readonly (string Id, string Row, ClassificationLossKind Kind)[] Losses =
    [
        ("ce", "Cross-entropy", ClassificationLossKind.CrossEntropy), ("wce", "Weighted cross-entropy", ClassificationLossKind.WeightedCrossEntropy), ("focal", "Focal loss", ClassificationLossKind.Focal),
    ];

    /// <inheritdoc/>
    public override string Id => "msa-losses";

    /// <inheritdoc/>
    public override string Title => "[MSA] §3.2: loss comparison (CE, weighted CE, focal) on MIT-BIH";

    /// <inheritdoc/>
    protected override string HeadlineId => "focal";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics =>
    [
        new("MSA/S3.2/Cross-entropy/Accuracy", "ce.accuracy"),
        new("MSA/S3.2/Weighted cross-entropy/Accuracy", "wce.accuracy"),
        new("MSA/S3.2/Focal loss/Accuracy", "focal.accuracy"),
        new("MSA/S3.2/Cross-entropy/Fusion F1", "ce.F.f1"),
        new("MSA/S3.2/Focal loss/Fusion F1", "focal.F.f1"),
    ];

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var settings = Settings(ctx.Profile);
        return Wrap(ctx, settings, (metrics, epochs, notes) =>
        {
            var data = LoadData(ctx, settings, highFrequencyPreservation: true);
            notes.AddRange(data.Notes);
            var folds = PrepareFolds(data, settings, ctx.Seed, notes);
            var models = new List<ModelSetup>();
            foreach (var (id, row, kind) in Losses)
            {
                var spec = new MsaModelSpec(id, row, settings.Widths.Apply(MsaLadder.Full()), true);
                var loss = new ClassificationLossSettings { Kind = kind };
                TrainAndScore(spec, folds, data.WindowLength, settings.Training, loss, ctx.Seed, metrics, epochs, log);
                models.Add(Setup(spec, settings, loss, data));
            }

            notes.Add("weighted CE: w_k = N / (K·n_k) from the balanced training fold; focal γ = 2 without α (D-MS-30)");
            return (models, data.Fingerprint, data.Folder);
        });
    }
}

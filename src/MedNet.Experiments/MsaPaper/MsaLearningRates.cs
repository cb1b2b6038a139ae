// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;

namespace MedNet.Experiments.MsaPaper;

/// <summary><c>msa-lr</c>: [MSA] §3.2's learning-rate sensitivity, Adam at 1e-4, 5e-4, 1e-3, 5e-3 and 1e-2.</summary>
/// <remarks>Source: [MSA] §3.2 ("values ranging from 0.0001 to 0.01, identifying 0.001 as the optimal value with 98.7% accuracy"). The paper prints only the optimum; the grid's inner points 5e-4 and 5e-3 are the thresholds it names. The full network on the 0.5–150 Hz data, focal loss.</remarks>
public sealed class MsaLearningRates : MsaExperiment
{
    /// <summary>The learning rates and their metric prefixes.</summary>
    public static IReadOnlyList<(string Id, double Rate)> Rates { get; } =
        [("lr_1e-4", 1e-4), ("lr_5e-4", 5e-4), ("lr_1e-3", 1e-3), ("lr_5e-3", 5e-3), ("lr_1e-2", 1e-2)];

    /// <inheritdoc/>
    public override string Id => "msa-lr";

    /// <inheritdoc/>
    public override string Title => "[MSA] §3.2: learning-rate sensitivity (Adam 1e-4 … 1e-2) on MIT-BIH";

    /// <inheritdoc/>
    protected override string HeadlineId => "lr_1e-3";

    /// <inheritdoc/>
    public override IReadOnlyList<PaperMetric> PaperMetrics => [new("MSA/S3.2/Learning rate 0.001/Accuracy", "lr_1e-3.accuracy", "the paper prints only the optimum")];

    /// <inheritdoc/>
    protected override ExperimentResult Execute(RunContext ctx, Action<string>? log)
    {
        var settings = Settings(ctx.Profile);
        var loss = new ClassificationLossSettings();
        return Wrap(ctx, settings, (metrics, epochs, notes) =>
        {
            var data = LoadData(ctx, settings, highFrequencyPreservation: true);
            notes.AddRange(data.Notes);
            var folds = PrepareFolds(data, settings, ctx.Seed, notes);
            var models = new List<ModelSetup>();
            foreach (var (id, rate) in Rates)
            {
                var spec = new MsaModelSpec(id, string.Create(CultureInfo.InvariantCulture, $"lr {rate:G}"), settings.Widths.Apply(MsaLadder.Full()), true);
                var training = settings.Training with { Optimizer = settings.Training.Optimizer with { LearningRate = rate } };
                TrainAndScore(spec, folds, data.WindowLength, training, loss, ctx.Seed, metrics, epochs, log);
                models.Add(Setup(spec, settings with { Training = training }, loss, data));
            }

            return (models, data.Fingerprint, data.Folder);
        });
    }
}

// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Data;
using MedNet.Models.Training;
using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Windowing;
using MedNet.Tensors;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet bench epoch</c>: times training epochs of DTAAD, MED-Net or the CAE baseline on MBA, optionally scoring with POT.</summary>
public static class BenchCommand
{
    /// <summary>Creates the command group.</summary>
    /// <returns>The <c>bench</c> command.</returns>
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "dtaad, mednet or cae.", DefaultValueFactory = _ => "dtaad" };
        var dataset = new Option<string>("--dataset") { Description = "mba (the only dataset so far).", DefaultValueFactory = _ => "mba" };
        var epochs = new Option<int>("--epochs") { Description = "Timed epochs after one warm-up epoch.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the model initialisation and dropout.", DefaultValueFactory = _ => 0 };
        var evaluate = new Option<bool>("--evaluate") { Description = "After training, score train and test and run DTAAD's POT (MBA parameters)." };
        var epoch = new Command("epoch", "Time training epochs on MBA (DTAAD: repository settings; MED-Net: §6.1 MBA settings; CAE: the laptop CaeRecipe). Last line: seconds_per_epoch=…");
        epoch.Options.Add(model);
        epoch.Options.Add(dataset);
        epoch.Options.Add(epochs);
        epoch.Options.Add(seed);
        epoch.Options.Add(evaluate);
        epoch.SetAction(parse => Run(
            parse.InvocationConfiguration.Output, parse.GetValue(model)!, parse.GetValue(dataset)!, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(evaluate)));
        var bench = new Command("bench", "Measure the speed of the kit's models.");
        bench.Subcommands.Add(epoch);
        return bench;
    }

    /// <summary>Runs the benchmark.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="modelName">dtaad, mednet or cae.</param>
    /// <param name="datasetName">mba.</param>
    /// <param name="epochs">Timed epochs ≥ 1 (one untimed warm-up epoch runs first).</param>
    /// <param name="seed">Seed.</param>
    /// <param name="evaluate">Score and threshold after training.</param>
    /// <returns>0 on success, 2 on bad arguments.</returns>
    public static int Run(TextWriter output, string modelName, string datasetName, int epochs, int seed, bool evaluate)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!string.Equals(datasetName, "mba", StringComparison.OrdinalIgnoreCase) || epochs < 1)
        {
            output.WriteLine($"bench epoch: expected --dataset mba and --epochs ≥ 1 but got '{datasetName}', {epochs}.");
            return 2;
        }

        if (string.Equals(modelName, "cae", StringComparison.OrdinalIgnoreCase))
        {
            return RunCae(output, epochs, seed, evaluate);
        }

        ForecastRecipe recipe;
        switch (modelName.ToLowerInvariant())
        {
            case "dtaad":
                recipe = ForecastRecipe.Dtaad(DtaadTraining.Reference);
                break;
            case "mednet":
                recipe = ForecastRecipe.MedNet(MedNetConfig.Reference, MedNetTraining.Mba);
                break;
            default:
                output.WriteLine($"bench epoch: expected --model dtaad, mednet or cae but got '{modelName}'.");
                return 2;
        }

        var mba = MbaData.Load(startDirectory: null);
        var (train, test) = mba.Windows(recipe.Normalisation, recipe.WindowLength);
        torch.manual_seed(seed);
        var model = recipe.Build(train);
        output.WriteLine($"model={modelName} dataset=mba windows={train.size(0)} window={recipe.WindowLength} batch={recipe.Training.BatchSize} threads={torch.get_num_threads()} seed={seed}");
        DualForecastTrainer.Train(model, train, recipe.Training with { Epochs = 1 }, recipe.Loss);
        var total = WriteEpochs(output, DualForecastTrainer.Train(model, train, recipe.Training with { Epochs = epochs }, recipe.Loss));

        if (evaluate)
        {
            WriteEvaluation(output, mba.Dataset, DualForecastTrainer.Score(model, train), DualForecastTrainer.Score(model, test));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds_per_epoch={total / epochs:F4}"));
        return 0;
    }

    private static int RunCae(TextWriter output, int epochs, int seed, bool evaluate)
    {
        var recipe = CaeRecipe.Timing(RunProfile.Laptop);
        var mba = MbaData.Load(startDirectory: null);
        var (train, test) = mba.Windows(Normalisation.DtaadMinMax, recipe.WindowLength);
        torch.manual_seed(seed);
        var model = new CaeModel(mba.Channels, (int)train.size(2), recipe.Architecture);
        output.WriteLine($"model=cae dataset=mba windows={train.size(0)} window={recipe.WindowLength} batch={recipe.Training.BatchSize} threads={torch.get_num_threads()} seed={seed}");
        CaeTrainer.Train(model, train, recipe.Training with { Epochs = 1 });
        var total = WriteEpochs(output, CaeTrainer.Train(model, train, recipe.Training with { Epochs = epochs }));
        if (evaluate)
        {
            WriteEvaluation(output, mba.Dataset, CaeTrainer.Score(model, train, recipe.Score), CaeTrainer.Score(model, test, recipe.Score));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds_per_epoch={total / epochs:F4}"));
        return 0;
    }

    private static double WriteEpochs(TextWriter output, IReadOnlyList<EpochLog> timed)
    {
        double total = 0;
        foreach (var log in timed)
        {
            total += log.Seconds;
            output.WriteLine(FormattableString.Invariant($"epoch={log.Epoch} loss={log.Loss:G6} seconds={log.Seconds:F4}"));
        }

        return total;
    }

    private static void WriteEvaluation(TextWriter output, TimeSeriesDataset mba, double[] trainScores, double[] testScores)
    {
        var labels = mba.Labels ?? throw new InvalidOperationException("bench epoch: MBA has no labels.");
        var result = MultichannelPot.Evaluate(trainScores, testScores, labels.Values, mba.Train.Columns, PotParameters.Mba);
        var avg = result.AdjustedAverage;
        var raw = result.RawAverage;
        output.WriteLine(FormattableString.Invariant(
            $"combined_adjusted f1={result.Combined.Adjusted.F1:F5} precision={result.Combined.Adjusted.Precision:F5} recall={result.Combined.Adjusted.Recall:F5} binary_roc_auc={result.Combined.Adjusted.BinaryRocAuc:F5} score_roc_auc={result.Combined.Adjusted.ScoreRocAuc:F5}"));
        output.WriteLine(FormattableString.Invariant(
            $"combined_raw f1={result.Combined.Raw.F1:F5} precision={result.Combined.Raw.Precision:F5} recall={result.Combined.Raw.Recall:F5}"));
        output.WriteLine(FormattableString.Invariant(
            $"channel_average_raw f1={raw.F1:F5} precision={raw.Precision:F5} recall={raw.Recall:F5} score_roc_auc={raw.ScoreRocAuc:F5}"));
        output.WriteLine(FormattableString.Invariant(
            $"channel_average_adjusted f1={avg.F1:F5} precision={avg.Precision:F5} recall={avg.Recall:F5} roc_auc={avg.BinaryRocAuc:F5} score_roc_auc={avg.ScoreRocAuc:F5} threshold={avg.Threshold:G5}"));
    }
}

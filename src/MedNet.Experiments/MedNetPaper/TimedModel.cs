// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Thresholding;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Signals.Preprocessing;
using MedNet.Tensors;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>A model whose training time <c>mednet-timing</c> measures: how to train and evaluate it on MBA, and how to time one epoch.</summary>
/// <param name="Model">Short name (metric prefix), e.g. <c>dtaad</c>; must match a <see cref="TrainingTimeClaim.Model"/> to be compared with a claim.</param>
/// <param name="Label">Display name, e.g. <c>DTAAD</c>.</param>
/// <param name="Train">Trains and evaluates the model with its profile settings: (profile, data, seed, log) → logs, POT result, timings.</param>
/// <param name="TimeOneEpoch">Builds a fresh model and returns the wall seconds of one training epoch with the profile's settings:
/// (profile, data, seed) → seconds. Only the epoch is timed, not data preparation or model construction.</param>
public sealed record TimedModel(
    string Model, string Label, Func<RunProfile, MbaData, int, Action<string>?, ModelTraining> Train, Func<RunProfile, MbaData, int, double> TimeOneEpoch)
{
    /// <summary>A dual-forecast model trained by <see cref="ModelTraining.Run"/> from its profile recipe.</summary>
    /// <param name="recipe">The recipe of a profile, e.g. <see cref="ForecastRecipe.Dtaad(RunProfile)"/>.</param>
    /// <returns>The timed model, named after the recipe of the smoke profile.</returns>
    public static TimedModel Forecast(Func<RunProfile, ForecastRecipe> recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var named = recipe(RunProfile.Smoke);
        return new TimedModel(
            named.Model,
            named.Label,
            (profile, data, seed, log) => ModelTraining.Run(recipe(profile), data, seed, log),
            (profile, data, seed) =>
            {
                var r = recipe(profile);
                var (train, _) = data.Windows(r.Normalisation, r.WindowLength);
                torch.manual_seed(seed);
                var model = r.Build(train);
                return DualForecastTrainer.Train(model, train, r.Training with { Epochs = 1 }, r.Loss)[0].Seconds;
            });
    }

    /// <summary>
    /// The CAE baseline ([MEDNET] ref. [2]) on MBA: DTAAD's min-max and windows of the recipe's length, trained by
    /// <see cref="CaeTrainer"/>, scored by its reconstruction error and thresholded with DTAAD's POT (MBA parameters).
    /// </summary>
    /// <param name="recipe">The CAE recipe of a profile. Default: <see cref="CaeRecipe.Timing"/>.</param>
    /// <returns>The timed model <c>cae</c>.</returns>
    /// <remarks>Source: [CAE2025] via <see cref="CaeConfig"/> and <see cref="CaeTraining"/>. Differs: D-MN-15.</remarks>
    public static TimedModel Cae(Func<RunProfile, CaeRecipe>? recipe = null)
    {
        recipe ??= CaeRecipe.Timing;
        return new TimedModel(
            "cae",
            "CAE",
            (profile, data, seed, log) =>
            {
                var r = recipe(profile);
                var (train, test) = data.Windows(Normalisation.DtaadMinMax, r.WindowLength);
                torch.manual_seed(seed);
                var model = new CaeModel(data.Channels, (int)train.size(2), r.Architecture);
                var clock = Stopwatch.StartNew();
                var logs = CaeTrainer.Train(model, train, r.Training, ModelTraining.Progress("cae", seed, r.Training.Epochs, log));
                var seconds = clock.Elapsed.TotalSeconds;
                var pot = MultichannelPot.Evaluate(
                    CaeTrainer.Score(model, train, r.Score), CaeTrainer.Score(model, test, r.Score), data.Labels, data.Channels, PotParameters.Mba);
                return new ModelTraining("cae", "CAE", r.Setup, ModelTraining.Tag(logs, "cae"), pot, seconds);
            },
            (profile, data, seed) =>
            {
                var r = recipe(profile);
                var (train, _) = data.Windows(Normalisation.DtaadMinMax, r.WindowLength);
                torch.manual_seed(seed);
                return CaeTrainer.Train(new CaeModel(data.Channels, (int)train.size(2), r.Architecture), train, r.Training with { Epochs = 1 })[0].Seconds;
            });
    }
}

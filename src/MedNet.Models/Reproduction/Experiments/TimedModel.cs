// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Tensors;

namespace MedNet.Models.Reproduction.Experiments;

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
    /// <param name="recipe">The recipe of a profile, e.g. <see cref="ForecastRecipe.Dtaad"/>.</param>
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
                var (train, _) = data.Windows(r.Normalisation, r.WindowSize);
                torch.manual_seed(seed);
                var model = r.Build(data.Channels);
                return DualForecastTrainer.Train(model, train, r.Training with { Epochs = 1 })[0].Seconds;
            });
    }
}

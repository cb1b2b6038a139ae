// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Explainability;
using MedNet.Signals.Datasets;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.Explainability;

/// <summary>
/// [MEDNET] / [DTAAD] on MBA: which time steps and channels drive the anomaly score (Integrated Gradients of the forecast
/// error over the window, Grad-CAM of the first convolutional layer), and whether the scores fall on the annotated beats.
/// </summary>
/// <remarks>
/// The score of the window ending at t is the mean over channels of (x2 − x_t)², the quantity POT thresholds. Grad-CAM maps of
/// all test windows are placed at the time steps each window covers and summed, so the mass at a time step says how much the
/// windows that contain it leaned on it. "Near a beat" = within ± 50 ms (± 6 samples at 128 Hz) of a beat in MBA's
/// <c>labels.csv</c>; the share of score or Grad-CAM mass near V/F beats is compared with the fraction of time steps near
/// them, which is what a score spread evenly in time would give. MBA trains and tests on the same minute (D-MN-21).
/// </remarks>
public static class AnomalyExplanation
{
    /// <summary>Trains the recipe's model on MBA and measures what drives its scores.</summary>
    /// <param name="recipe">E.g. <see cref="ForecastRecipe.Dtaad(RunProfile)"/> or <see cref="ForecastRecipe.MedNet(RunProfile)"/>.</param>
    /// <param name="data">MBA.</param>
    /// <param name="seed">Seed of initialisation and of the IG window sample.</param>
    /// <param name="igWindows">Windows explained by Integrated Gradients (half around V/F beats, half drawn at random).</param>
    /// <returns>The measurements.</returns>
    public static AnomalyExplanationResult Run(ForecastRecipe recipe, MbaData data, int seed, int igWindows = 64)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(data);
        var (model, test) = Train(recipe, data, seed);
        return Explain(recipe.Label, recipe.Training.Epochs, model, test, data, seed, igWindows);
    }

    /// <summary>Seeds, builds and trains the recipe's model on the MBA training windows.</summary>
    /// <param name="recipe">Model, configuration, training.</param>
    /// <param name="data">MBA.</param>
    /// <param name="seed">Seed of initialisation and dropout.</param>
    /// <returns>The model in eval mode and the test windows (T, C, W).</returns>
    public static (Module<Tensor, (Tensor X1, Tensor X2)> Model, Tensor Test) Train(ForecastRecipe recipe, MbaData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(data);
        var (train, test) = data.Windows(recipe.Normalisation, recipe.WindowLength);
        torch.manual_seed(seed);
        var model = recipe.Build(train);
        DualForecastTrainer.Train(model, train, recipe.Training, recipe.Loss);
        model.eval();
        return (model, test);
    }

    /// <summary>Measures a trained model.</summary>
    /// <param name="label">Model name.</param>
    /// <param name="epochs">Epochs it was trained for.</param>
    /// <param name="model">DTAAD or MED-Net in eval mode.</param>
    /// <param name="test">Test windows (T, C, W), window t ending at time step t.</param>
    /// <param name="data">MBA (annotations, channel names).</param>
    /// <param name="seed">Seed of the IG window sample.</param>
    /// <param name="igWindows">Windows explained by Integrated Gradients.</param>
    /// <returns>The measurements.</returns>
    public static AnomalyExplanationResult Explain(string label, int epochs, Module<Tensor, (Tensor X1, Tensor X2)> model, Tensor test, MbaData data, int seed, int igWindows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(data);
        int t = (int)test.size(0), c = (int)test.size(1), w = (int)test.size(2);
        var annotations = MbaDataset.ReadAnnotationsCsv(Path.Combine(data.Folder, "labels.csv"));
        var near = (int)Math.Round(0.05 * MbaDataset.SamplingRate);
        var anomalous = new bool[t];
        var anyBeat = new bool[t];
        var anomalousCentres = new List<int>();
        foreach (var a in annotations)
        {
            var bad = a.Symbol is "V" or "F";
            if (bad)
            {
                anomalousCentres.Add(a.Sample);
            }

            for (int s = Math.Max(0, a.Sample - near), end = Math.Min(t - 1, a.Sample + near); s <= end; s++)
            {
                anyBeat[s] = true;
                anomalous[s] |= bad;
            }
        }

        var scoreFn = ExplanationTargets.ForecastError(model);
        var score = new double[t];
        var mass = new double[t];
        var layer = GradCam.ConvLayerNames(model)[0];
        var cam = new GradCam(model, layer);
        const int batch = 1024;
        for (var start = 0; start < t; start += batch)
        {
            var n = Math.Min(batch, t - start);
            var r = cam.Compute(test.narrow(0, start, n), scoreFn);
            for (var i = 0; i < n; i++)
            {
                var end = start + i; // window ends at time step `end`
                score[end] = r.Scores[i];
                var map = r.MapOf(i);
                for (var k = 0; k < w; k++)
                {
                    var at = end - (w - 1) + k;
                    if (at >= 0)
                    {
                        mass[at] += map[k];
                    }
                }
            }
        }

        // Integrated Gradients on a sample of windows: half end within ± 50 ms of a V/F beat, half drawn at random.
        var random = new Random(seed);
        var picks = new List<int>();
        foreach (var centre in anomalousCentres.OrderBy(_ => random.Next()))
        {
            if (picks.Count >= igWindows / 2)
            {
                break;
            }

            var end = Math.Clamp(centre + random.Next(-near, near + 1), 0, t - 1);
            picks.Add(end);
        }

        while (picks.Count < igWindows)
        {
            picks.Add(random.Next(t));
        }

        var lag = new double[w];
        var channel = new double[c];
        var gap = 0.0;
        foreach (var p in picks)
        {
            var ig = IntegratedGradients.Attribute(scoreFn, test.narrow(0, p, 1), settings: new IntegratedGradientsSettings { Steps = 32, BatchSize = 32 });
            var total = 0.0;
            foreach (var v in ig.Values)
            {
                total += Math.Abs(v);
            }

            if (total <= 0)
            {
                continue;
            }

            for (var ch = 0; ch < c; ch++)
            {
                for (var k = 0; k < w; k++)
                {
                    var a = Math.Abs(ig.Values[(ch * w) + k]) / total;
                    lag[k] += a;
                    channel[ch] += a;
                }
            }

            var delta = Math.Abs(ig.Output - ig.Reference);
            if (delta > 1e-6)
            {
                gap = Math.Max(gap, Math.Abs(ig.CompletenessGap) / delta);
            }
        }

        for (var k = 0; k < w; k++)
        {
            lag[k] /= picks.Count;
        }

        for (var ch = 0; ch < c; ch++)
        {
            channel[ch] /= picks.Count;
        }

        return new AnomalyExplanationResult(
            label, epochs, layer, data.Dataset.ColumnNames, lag, channel, picks.Count, gap, score, mass,
            Share(score, anomalous), Share(mass, anomalous), Fraction(anomalous), Share(score, anyBeat), Fraction(anyBeat));
    }

    private static double Share(double[] values, bool[] zone)
    {
        double inside = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = Math.Abs(values[i]);
            total += v;
            inside += zone[i] ? v : 0;
        }

        return total > 0 ? inside / total : double.NaN;
    }

    private static double Fraction(bool[] zone)
    {
        var n = 0;
        foreach (var z in zone)
        {
            n += z ? 1 : 0;
        }

        return (double)n / zone.Length;
    }
}

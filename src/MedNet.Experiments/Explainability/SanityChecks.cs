// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Tensors;

namespace MedNet.Experiments.Explainability;

/// <summary>
/// The three sanity checks of issue 16 on real windows: completeness (Sundararajan et al. 2017; Lundberg and Lee 2017),
/// model-parameter randomisation (Adebayo et al., "Sanity Checks for Saliency Maps", NeurIPS 2018, §3.1) and a planted signal
/// (a score that reads one region only must be attributed to that region).
/// </summary>
public static class SanityChecks
{
    /// <summary>Completeness gaps of IG, GradientSHAP and exact SHAP on some windows, relative to |f(x) − reference|, worst case.</summary>
    /// <param name="model">A trained network.</param>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows (their own class is explained).</param>
    /// <param name="seed">Seed of the background and of GradientSHAP.</param>
    /// <returns>One row per method.</returns>
    public static IReadOnlyList<SanityCheckResult> Completeness(MsaClassifier model, ExplainedWindows windows, IReadOnlyList<int> indices, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(indices);
        var random = new Random(seed);
        var background = windows.Inputs(windows.Side(true).OrderBy(_ => random.Next()).Take(8).ToArray());
        double ig = 0, gs = 0, shap = 0;
        foreach (var i in indices)
        {
            var score = MsaExplanation.WindowScore(model, windows, i, windows.Labels[i]);
            var x = windows.Inputs([i]);
            var a = IntegratedGradients.Attribute(score, x, settings: new IntegratedGradientsSettings { Steps = 64, BatchSize = 64 });
            ig = Math.Max(ig, Relative(a.CompletenessGap, a.Output - a.Reference));
            var g = GradientShap.Attribute(score, x, background, new GradientShapSettings { Samples = 64, BatchSize = 64, Seed = seed });
            gs = Math.Max(gs, Relative(g.CompletenessGap, g.Output - g.Reference));
            var s = ShapleyValues.Exact(score, x, background, FeatureGroups.EcgRegions(windows.RPeaks[i], windows.SamplingRate, windows.Leads, windows.Length));
            shap = Math.Max(shap, Relative(s.CompletenessGap, s.Output - s.Expected));
        }

        return
        [
            new("completeness", "Integrated Gradients (64 steps)", ig, "max |Σφ − (f(x) − f(0))| / |f(x) − f(0)|: quadrature error only, ≪ 1"),
            new("completeness", "GradientSHAP (64 draws)", gs, "max |Σφ − (f(x) − E f(b))| / |f(x) − E f(b)|: Monte-Carlo error, holds in expectation only"),
            new("completeness", "exact SHAP (4 regions)", shap, "max |Σφ − (f(x) − E f(b))| / |f(x) − E f(b)|: rounding only"),
        ];
    }

    /// <summary>Mean Spearman ρ between the maps of the trained network and of the same architecture with random weights (Adebayo et al. §3.1).</summary>
    /// <param name="trained">The trained network.</param>
    /// <param name="randomised">The same architecture, freshly initialised (<see cref="MsaExplanation.Build"/>).</param>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows (their own class is explained).</param>
    /// <returns>Rows for Grad-CAM, IG and |IG|: a map that explains the model should decorrelate (|ρ| well below 1).</returns>
    public static IReadOnlyList<SanityCheckResult> Randomisation(MsaClassifier trained, MsaClassifier randomised, ExplainedWindows windows, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(randomised);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(indices);
        var camA = MsaExplanation.GradCamMaps(trained, windows, indices);
        var camB = MsaExplanation.GradCamMaps(randomised, windows, indices);
        var l = windows.Length;
        double cam = 0, ig = 0, igAbs = 0;
        var counted = 0;
        for (var k = 0; k < indices.Count; k++)
        {
            var i = indices[k];
            var x = windows.Inputs([i]);
            var a = IntegratedGradients.Attribute(MsaExplanation.WindowScore(trained, windows, i, windows.Labels[i]), x).Values;
            var b = IntegratedGradients.Attribute(MsaExplanation.WindowScore(randomised, windows, i, windows.Labels[i]), x).Values;
            cam += Rho(camA.AsSpan(k * l, l), camB.AsSpan(k * l, l));
            ig += Rho(a, b);
            igAbs += Rho(Abs(a), Abs(b));
            counted++;
        }

        counted = Math.Max(1, counted);
        const string meaning = "mean Spearman ρ, trained vs random weights, over the windows: near 0 = the map depends on what the network learned";
        return
        [
            new("randomisation", "Grad-CAM", cam / counted, meaning),
            new("randomisation", "Integrated Gradients (signed)", ig / counted, meaning),
            new("randomisation", "|Integrated Gradients|", igAbs / counted, meaning + "; |IG| with a zero baseline follows |x| (Adebayo et al.'s gradient ⊙ input caveat)"),
        ];
    }

    /// <summary>
    /// A score that reads only R + <paramref name="fromMs"/> … R + <paramref name="toMs"/> of each window (the sum of squares of the
    /// masked signal) is explained by IG, GradientSHAP and exact SHAP; the share of attribution mass inside the region is returned.
    /// </summary>
    /// <param name="windows">The data.</param>
    /// <param name="indices">Windows.</param>
    /// <param name="fromMs">Region start relative to R.</param>
    /// <param name="toMs">Region end relative to R.</param>
    /// <param name="seed">Seed of the background.</param>
    /// <returns>One row per method: 1.0 means all mass in the planted region.</returns>
    public static IReadOnlyList<SanityCheckResult> PlantedSignal(ExplainedWindows windows, IReadOnlyList<int> indices, double fromMs, double toMs, int seed)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(indices);
        var random = new Random(seed);
        var background = windows.Inputs(windows.Side(true).OrderBy(_ => random.Next()).Take(8).ToArray());
        var l = windows.Length;
        var c = windows.Leads;
        double ig = 0, gs = 0, shap = 0;
        foreach (var i in indices)
        {
            var zone = new bool[l];
            MsaExplanation.AddZone(windows.RPeaks[i], windows.SamplingRate, l, fromMs, toMs, zone);
            var mask = new float[c * l];
            var region = new bool[c * l];
            for (var ch = 0; ch < c; ch++)
            {
                for (var t = 0; t < l; t++)
                {
                    mask[(ch * l) + t] = zone[t] ? 1f : 0f;
                    region[(ch * l) + t] = zone[t];
                }
            }

            var m = torch.tensor(mask, [1, c, l]);
            Tensor Score(Tensor x)
            {
                var masked = x * m;
                return (masked * masked).sum([1, 2]);
            }

            var x = windows.Inputs([i]);
            ig += AttributionStatistics.MassShare(IntegratedGradients.Attribute(Score, x).Values, region);
            gs += AttributionStatistics.MassShare(GradientShap.Attribute(Score, x, background, new GradientShapSettings { Samples = 32, Seed = seed }).Values, region);

            // Exact SHAP with the planted region as one group and the rest as another: all value on the planted group.
            var rest = Array.ConvertAll(region, v => !v);
            var s = ShapleyValues.Exact(Score, x, background, new FeatureGroups(c, l, ["planted", "rest"], [region, rest]));
            shap += Math.Abs(s.Values[0]) / Math.Max(1e-12, Math.Abs(s.Values[0]) + Math.Abs(s.Values[1]));
        }

        var n = Math.Max(1, indices.Count);
        var meaning = $"share of attribution mass in R + {fromMs} … {toMs} ms for a score that reads only there: 1 = passes";
        return
        [
            new("planted signal", "Integrated Gradients", ig / n, meaning),
            new("planted signal", "GradientSHAP", gs / n, meaning),
            new("planted signal", "exact SHAP (planted vs rest)", shap / n, meaning),
        ];
    }

    private static double Relative(double gap, double span) => Math.Abs(gap) / Math.Max(1e-9, Math.Abs(span));

    private static double Rho(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var r = AttributionStatistics.Spearman(a, b);
        return double.IsNaN(r) ? 0 : r;
    }

    private static float[] Abs(float[] v)
    {
        var a = new float[v.Length];
        System.Numerics.Tensors.TensorPrimitives.Abs(v, a);
        return a;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.Explainability;

/// <summary>
/// GradientSHAP (expected gradients; Lundberg and Lee 2017 §4 and Erion et al., "Improving performance of deep learning models
/// with axiomatic attribution priors and expected gradients", Nature Machine Intelligence 2021, Eq. 4): Integrated Gradients
/// averaged over baselines drawn from a background set.
/// </summary>
/// <remarks>
/// φ_i = E_{b ~ background, α ~ U(0, 1)} [(x_i − b_i) · ∂f(b + α(x − b) + ε)/∂x_i], estimated with n draws (b_j, α_j, ε_j) from a
/// seeded generator, batched through forward + backward. In expectation Σ_i φ_i = f(x) − E[f(b)] (completeness holds only
/// approximately: the Monte-Carlo error shrinks as 1/√n), reported by <see cref="AttributionResult.CompletenessGap"/> with
/// <see cref="AttributionResult.Reference"/> = the background mean of f. Same seed, same thread count: same values.
/// </remarks>
public static class GradientShap
{
    /// <summary>Attributes f(x) − E[f(background)] to the elements of one window.</summary>
    /// <param name="score">(B, C, L) ↦ (B), see <see cref="ExplanationTargets"/>; the model in eval mode.</param>
    /// <param name="input">One window (1, C, L).</param>
    /// <param name="background">(N, C, L) baselines, N ≥ 1.</param>
    /// <param name="settings">Draws, batch, noise and seed. Default: 32 draws in one batch, no noise, seed 0.</param>
    /// <returns>(C, L) attributions, f(x), E[f(background)] (NaN when not computed) and the evaluation count.</returns>
    public static AttributionResult Attribute(Func<Tensor, Tensor> score, Tensor input, Tensor background, GradientShapSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(background);
        settings ??= new GradientShapSettings();
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("GradientShap: invalid settings: " + string.Join(" ", problems), nameof(settings));
        }

        var (c, l) = Explain.SingleWindow(input, nameof(input), "GradientShap");
        if (background.dim() != 3 || background.size(0) < 1 || background.size(1) != c || background.size(2) != l)
        {
            throw new ArgumentException($"GradientShap: expected background (N ≥ 1, {c}, {l}) like the input but got ({string.Join(", ", background.shape)}).", nameof(background));
        }

        var n = c * l;
        var nb = (int)background.size(0);
        var x = input.detach().ToArray();
        var bg = background.detach().contiguous().ToArray();
        var random = new Random(settings.Seed);
        var m = settings.Samples;
        var sum = new double[n];
        for (var start = 0; start < m; start += settings.BatchSize)
        {
            var count = Math.Min(settings.BatchSize, m - start);
            var points = new float[count * n];
            var diffs = new float[count * n];
            for (var k = 0; k < count; k++)
            {
                var b = bg.AsSpan(random.Next(nb) * n, n);
                var alpha = (float)random.NextDouble();
                var diff = diffs.AsSpan(k * n, n);
                var point = points.AsSpan(k * n, n);
                System.Numerics.Tensors.TensorPrimitives.Subtract(x, b, diff);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(diff, alpha, b, point);
                if (settings.NoiseStd > 0)
                {
                    for (var i = 0; i < n; i++)
                    {
                        point[i] += (float)(settings.NoiseStd * Gaussian(random));
                    }
                }
            }

            Explain.AddGradients(score, points, count, c, l, diffs, sum, "GradientShap");
        }

        var values = new float[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = (float)(sum[i] / m);
        }

        var output = Explain.Evaluate(score, x, 1, c, l, 1, "GradientShap")[0];
        var reference = double.NaN;
        long evaluations = m + 1;
        if (settings.ComputeReference)
        {
            var f = Explain.Evaluate(score, bg, nb, c, l, Math.Min(nb, Math.Max(1, settings.BatchSize)), "GradientShap");
            reference = 0;
            foreach (var v in f)
            {
                reference += v;
            }

            reference /= nb;
            evaluations += nb;
        }

        return new AttributionResult(c, l, values, output, reference, evaluations);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

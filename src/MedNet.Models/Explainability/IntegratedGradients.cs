// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.Explainability;

/// <summary>Integrated Gradients (Sundararajan, Taly and Yan, "Axiomatic Attribution for Deep Networks", ICML 2017, Eq. 1 and §5).</summary>
/// <remarks>
/// IG_i(x) = (x_i − x'_i) · ∫₀¹ ∂f(x' + α(x − x'))/∂x_i dα, approximated by the midpoint rule over m steps,
/// α_k = (k + ½)/m, so the path points are batched through one forward and one backward per batch. Completeness
/// (Σ_i IG_i = f(x) − f(x')) holds up to the quadrature error, reported as <see cref="AttributionResult.CompletenessGap"/>.
/// Backward accumulates into the model parameters' <c>grad</c>; call <c>zero_grad()</c> before training again.
/// </remarks>
public static class IntegratedGradients
{
    /// <summary>Attributes f(x) − f(baseline) to the elements of one window.</summary>
    /// <param name="score">(B, C, L) ↦ (B), see <see cref="ExplanationTargets"/>; the model in eval mode.</param>
    /// <param name="input">One window (1, C, L).</param>
    /// <param name="baseline">(1, C, L), or null for zeros (a flat line, the usual ECG baseline).</param>
    /// <param name="settings">Steps and batch size. Default: 32 and 32.</param>
    /// <returns>(C, L) attributions, f(x), f(baseline) and the evaluation count (m + 2).</returns>
    public static AttributionResult Attribute(Func<Tensor, Tensor> score, Tensor input, Tensor? baseline = null, IntegratedGradientsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(input);
        settings ??= new IntegratedGradientsSettings();
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("IntegratedGradients: invalid settings: " + string.Join(" ", problems), nameof(settings));
        }

        var (c, l) = Explain.SingleWindow(input, nameof(input), "IntegratedGradients");
        var n = c * l;
        var x = input.detach().ToArray();
        var x0 = baseline is null ? new float[n] : Explain.SameShape(baseline, c, l, nameof(baseline), "IntegratedGradients");
        var diff = new float[n];
        System.Numerics.Tensors.TensorPrimitives.Subtract(x, x0, diff);

        var sum = new double[n];
        var m = settings.Steps;
        for (var start = 0; start < m; start += settings.BatchSize)
        {
            var count = Math.Min(settings.BatchSize, m - start);
            var buffer = new float[count * n];
            for (var k = 0; k < count; k++)
            {
                var alpha = (float)((start + k + 0.5) / m);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(diff, alpha, x0, buffer.AsSpan(k * n, n));
            }

            Explain.AddGradients(score, buffer, count, c, l, weights: null, sum, "IntegratedGradients");
        }

        var values = new float[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = (float)(diff[i] * sum[i] / m);
        }

        var ends = new float[2 * n];
        x.CopyTo(ends, 0);
        x0.CopyTo(ends, n);
        var f = Explain.Evaluate(score, ends, 2, c, l, 2, "IntegratedGradients");
        return new AttributionResult(c, l, values, f[0], f[1], m + 2);
    }
}

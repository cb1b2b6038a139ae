// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests;

/// <summary>Finite-difference gradient check: compares backward's gradients with central differences of L = Σ w·f(x).</summary>
/// <remarks>
/// f runs in float32 and L is accumulated in double; the step and tolerances in <see cref="Tolerances"/> are chosen for
/// that. Float64 ops are checked with tight tolerances by <c>DType.GradCheck64</c>. w is a fixed random projection so every output element matters.
/// </remarks>
internal static class GradCheck
{
    public static void Assert(Func<Tensor[], Tensor> f, params Tensor[] inputs)
    {
        foreach (var x in inputs)
        {
            x.requires_grad_(true);
            x.grad = null;
        }

        var y = f(inputs);
        var rng = new System.Random(1234);
        var w = new float[y.numel()];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)((rng.NextDouble() * 2) - 1);
        }

        var wt = torch.tensor(w, y.shape);
        y.backward(wt);
        for (var n = 0; n < inputs.Length; n++)
        {
            var x = inputs[n];
            var analytic = x.grad?.ToArray() ?? new float[x.numel()];
            var data = x.Data;
            for (var i = 0; i < x.numel(); i++)
            {
                var orig = data[i];
                data[i] = orig + Tolerances.GradCheckEps;
                var lp = Loss(f, inputs, w);
                data[i] = orig - Tolerances.GradCheckEps;
                var lm = Loss(f, inputs, w);
                data[i] = orig;
                var numeric = (lp - lm) / (2.0 * Tolerances.GradCheckEps);
                var diff = Math.Abs(numeric - analytic[i]);
                if (diff > Tolerances.GradCheckAtol + (Tolerances.GradCheckRtol * Math.Abs(numeric)))
                {
                    Xunit.Assert.Fail($"gradcheck: input {n} element {i}: analytic {analytic[i]:G6} vs numeric {numeric:G6} (shape ({string.Join(", ", x.shape)})).");
                }
            }
        }
    }

    private static double Loss(Func<Tensor[], Tensor> f, Tensor[] inputs, float[] w)
    {
        using var _ = torch.no_grad();
        var y = f(inputs).ToArray();
        double l = 0;
        for (var i = 0; i < y.Length; i++)
        {
            l += (double)y[i] * w[i];
        }

        return l;
    }

    public static Tensor Rand(params long[] shape) => torch.randn(shape);
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.DType;

/// <summary>Finite-difference gradient check in float64: central differences with h = 1e-6 are accurate to about 1e-9, so the tolerance is tight.</summary>
internal static class GradCheck64
{
    private const double Eps = 1e-6;
    private const double Atol = 1e-7;
    private const double Rtol = 1e-6;

    /// <summary>Compares backward of Σ w·f(inputs) with central differences, element by element.</summary>
    public static void Assert(Func<Tensor[], Tensor> f, params Tensor[] inputs)
    {
        foreach (var x in inputs)
        {
            Xunit.Assert.Equal(ScalarType.Float64, x.dtype);
            x.requires_grad_(true);
            x.grad = null;
        }

        var y = f(inputs);
        Xunit.Assert.Equal(ScalarType.Float64, y.dtype);
        var rng = new System.Random(1234);
        var w = new double[y.numel()];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (rng.NextDouble() * 2) - 1;
        }

        y.backward(torch.tensor(w, y.shape));
        for (var n = 0; n < inputs.Length; n++)
        {
            var x = inputs[n];
            Xunit.Assert.Equal(ScalarType.Float64, x.grad!.dtype);
            var analytic = x.grad.ToArray<double>();
            var data = x.D64!;
            for (var i = 0; i < x.numel(); i++)
            {
                var orig = data[i];
                data[i] = orig + Eps;
                var lp = Loss(f, inputs, w);
                data[i] = orig - Eps;
                var lm = Loss(f, inputs, w);
                data[i] = orig;
                var numeric = (lp - lm) / (2 * Eps);
                var diff = Math.Abs(numeric - analytic[i]);
                if (diff > Atol + (Rtol * Math.Abs(numeric)))
                {
                    Xunit.Assert.Fail($"gradcheck64: input {n} element {i}: analytic {analytic[i]:G12} vs numeric {numeric:G12} (shape ({string.Join(", ", x.shape)})).");
                }
            }
        }
    }

    /// <summary>Standard normal float64 values from a seeded generator.</summary>
    public static Tensor Rand(params long[] shape) => torch.randn(shape, torch.float64);

    private static double Loss(Func<Tensor[], Tensor> f, Tensor[] inputs, double[] w)
    {
        using var _ = torch.no_grad();
        var y = f(inputs).ToArray<double>();
        double l = 0;
        for (var i = 0; i < y.Length; i++)
        {
            l += y[i] * w[i];
        }

        return l;
    }
}

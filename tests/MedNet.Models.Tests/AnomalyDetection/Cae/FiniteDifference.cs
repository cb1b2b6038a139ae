// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Tests.AnomalyDetection.Cae;

/// <summary>Central-difference checks of a float32 model's gradients of L = Σ w·f(x) (w a fixed random projection).</summary>
internal static class FiniteDifference
{
    /// <summary>Step of the central difference: float32 forward passes lose ~1e-7·|L| per evaluation, so h cannot be tiny.</summary>
    private const float Step = 2e-3f;

    /// <summary>Absolute tolerance: rounding of L (order 1–10) over 2h plus the O(h²) truncation of a tanh network.</summary>
    private const double Atol = 3e-3;

    /// <summary>Relative tolerance for large derivatives, as the engine's own gradchecks use.</summary>
    private const double Rtol = 2e-2;

    /// <summary>Parameter elements checked per tensor (evenly spaced) to keep the test quick.</summary>
    private const int ElementsPerParameter = 6;

    public static void AssertInputGradient(Module<Tensor, Tensor> model, Tensor input)
    {
        var values = input.ToArray();
        var x = torch.tensor(values, input.shape).requires_grad_(true);
        var w = Projection(model, x);
        model.call(x).backward(w);
        var analytic = x.grad!.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            var orig = values[i];
            values[i] = orig + Step;
            var lp = Loss(model, torch.tensor(values, input.shape), w);
            values[i] = orig - Step;
            var lm = Loss(model, torch.tensor(values, input.shape), w);
            values[i] = orig;
            Check($"input element {i}", analytic[i], (lp - lm) / (2.0 * Step));
        }
    }

    public static void AssertParameterGradients(Module<Tensor, Tensor> model, Tensor input)
    {
        var w = Projection(model, input);
        model.zero_grad();
        model.call(input).backward(w);
        foreach (var (name, p) in model.named_parameters())
        {
            var analytic = p.grad?.ToArray() ?? new float[p.numel()];
            var values = p.ToArray();
            var stride = Math.Max(1, values.Length / ElementsPerParameter);
            for (var i = 0; i < values.Length; i += stride)
            {
                var orig = values[i];
                values[i] = orig + Step;
                Set(p, values);
                var lp = Loss(model, input, w);
                values[i] = orig - Step;
                Set(p, values);
                var lm = Loss(model, input, w);
                values[i] = orig;
                Set(p, values);
                Check($"{name}[{i}]", analytic[i], (lp - lm) / (2.0 * Step));
            }
        }
    }

    private static Tensor Projection(Module<Tensor, Tensor> model, Tensor x)
    {
        long[] shape;
        using (torch.no_grad())
        {
            shape = model.call(x).shape;
        }

        var rng = new Random(1234);
        var w = new float[shape.Aggregate(1L, (a, b) => a * b)];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)((rng.NextDouble() * 2) - 1);
        }

        return torch.tensor(w, shape);
    }

    private static double Loss(Module<Tensor, Tensor> model, Tensor x, Tensor w)
    {
        using var _ = torch.no_grad();
        var y = model.call(x).ToArray();
        var wv = w.ToArray();
        double l = 0;
        for (var i = 0; i < y.Length; i++)
        {
            l += (double)y[i] * wv[i];
        }

        return l;
    }

    private static void Set(Tensor p, float[] values)
    {
        using var _ = torch.no_grad();
        p.copy_(torch.tensor(values, p.shape));
    }

    private static void Check(string what, double analytic, double numeric)
    {
        if (Math.Abs(numeric - analytic) > Atol + (Rtol * Math.Abs(numeric)))
        {
            Xunit.Assert.Fail($"finite difference: {what}: analytic {analytic:G6} vs numeric {numeric:G6}.");
        }
    }
}

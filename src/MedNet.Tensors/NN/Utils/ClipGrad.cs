// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.NN;

/// <summary>Gradient clipping by global norm, as <c>torch.nn.utils.clip_grad_norm_</c> (PyTorch 1.13).</summary>
internal static class ClipGrad
{
    /// <summary>total = ‖(‖g_1‖, …, ‖g_n‖)‖_p; every g ← g · min(1, max_norm / (total + 1e-6)).</summary>
    internal static float Norm(IEnumerable<Tensor> parameters, double maxNorm, double normType)
    {
        var grads = new List<Tensor>();
        foreach (var p in parameters)
        {
            if (p.grad is not null)
            {
                grads.Add(p.grad);
            }
        }

        if (grads.Count == 0)
        {
            return 0f;
        }

        double total;
        if (double.IsPositiveInfinity(normType))
        {
            total = 0;
            foreach (var g in grads)
            {
                total = Math.Max(total, g.IsF64 ? Math.Abs(TensorPrimitives.MaxMagnitude<double>(g.Span64)) : TensorPrimitives.MaxMagnitude(g.Span));
            }
        }
        else
        {
            double acc = 0;
            foreach (var g in grads)
            {
                var n = g.IsF64 ? PNorm64(g.Span64, normType) : normType == 2 ? TensorPrimitives.Norm(g.Span) : PNorm(g.Span, normType);
                acc += Math.Pow(n, normType);
            }

            total = Math.Pow(acc, 1.0 / normType);
        }

        var totalF = (float)total;
        var coef = (float)maxNorm / (totalF + 1e-6f);
        if (coef < 1f)
        {
            foreach (var g in grads)
            {
                g.mul_(coef);
            }
        }

        return totalF;
    }

    private static double PNorm64(ReadOnlySpan<double> x, double p)
    {
        double s = 0;
        foreach (var v in x)
        {
            s += Math.Pow(Math.Abs(v), p);
        }

        return Math.Pow(s, 1.0 / p);
    }

    private static float PNorm(ReadOnlySpan<float> x, double p)
    {
        double s = 0;
        foreach (var v in x)
        {
            s += Math.Pow(Math.Abs(v), p);
        }

        return (float)Math.Pow(s, 1.0 / p);
    }
}

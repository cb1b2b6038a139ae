// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Layer normalisation over the last D elements of each row.</summary>
/// <remarks>
/// out[r, j] = (x[r, j] − μ_r) · rstd_r · γ[j] + β[j], μ and the biased variance accumulated in double, rstd = 1/√(var + eps).
/// Backward with ĝ = g·γ and x̂ the normalised input: dx = rstd · (ĝ − mean(ĝ) − x̂ · mean(ĝ·x̂)), dγ = Σ_r g·x̂, dβ = Σ_r g.
/// </remarks>
internal static class LayerNormKernel
{
    internal static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta, Span<float> y, Span<float> mean, Span<float> rstd, int rows, int d, float eps)
    {
        for (var r = 0; r < rows; r++)
        {
            var xs = x.Slice(r * d, d);
            double s = 0;
            foreach (var v in xs)
            {
                s += v;
            }

            var mu = s / d;
            double ss = 0;
            foreach (var v in xs)
            {
                ss += (v - mu) * (v - mu);
            }

            var rs = 1.0 / Math.Sqrt((ss / d) + eps);
            mean[r] = (float)mu;
            rstd[r] = (float)rs;
            var ys = y.Slice(r * d, d);
            for (var j = 0; j < d; j++)
            {
                var h = (float)((xs[j] - mu) * rs);
                ys[j] = gamma.IsEmpty ? h : (h * gamma[j]) + beta[j];
            }
        }
    }

    internal static void Backward(ReadOnlySpan<float> x, ReadOnlySpan<float> gamma, ReadOnlySpan<float> g, ReadOnlySpan<float> mean, ReadOnlySpan<float> rstd, Span<float> dx, Span<float> dgamma, Span<float> dbeta, int rows, int d)
    {
        for (var r = 0; r < rows; r++)
        {
            var xs = x.Slice(r * d, d);
            var gs = g.Slice(r * d, d);
            double sg = 0, sgx = 0;
            for (var j = 0; j < d; j++)
            {
                var h = (xs[j] - mean[r]) * rstd[r];
                var gh = gamma.IsEmpty ? gs[j] : gs[j] * gamma[j];
                sg += gh;
                sgx += gh * h;
                if (!dgamma.IsEmpty)
                {
                    dgamma[j] += gs[j] * h;
                }

                if (!dbeta.IsEmpty)
                {
                    dbeta[j] += gs[j];
                }
            }

            if (dx.IsEmpty)
            {
                continue;
            }

            var mg = sg / d;
            var mgx = sgx / d;
            var dxs = dx.Slice(r * d, d);
            for (var j = 0; j < d; j++)
            {
                var h = (xs[j] - mean[r]) * rstd[r];
                var gh = gamma.IsEmpty ? gs[j] : gs[j] * gamma[j];
                dxs[j] = (float)(rstd[r] * (gh - mg - (h * mgx)));
            }
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Kernels;

/// <summary>Multi-head self-attention read straight from packed projections qkv (N, T, 3E) and written as (N, T, E), no head copies.</summary>
/// <remarks>
/// Head h of sample n uses q = qkv[n, :, h·D : (h+1)·D], k at column E + h·D, v at 2E + h·D (D = E/H), as
/// <c>torch.nn.MultiheadAttention</c> splits in_proj. Maths as <see cref="AttentionKernel"/>:
/// P = softmax_j(scale·q_i·k_j), out_i = Σ_j P_ij·m_ij·v_j; probabilities and the dropout scale m are indexed
/// (n·H + h, i, j), the order a separate dropout on (N, H, T, T) weights draws. The exponentials of a whole batch are
/// taken in one vectorised <see cref="TensorPrimitives.Exp(ReadOnlySpan{float}, Span{float})"/> pass.
/// </remarks>
internal static unsafe class PackedAttentionKernel
{
    /// <summary>Forward: fills p (N·H·T·T) with the probabilities and out (N, T, E).</summary>
    internal static void Forward(ReadOnlySpan<float> qkv, int n, int heads, int t, int d, float scale, Span<float> p, ReadOnlySpan<float> drop, Span<float> output)
    {
        int e = heads * d, rs = 3 * e, tt = t * t;
        fixed (float* px = qkv, pp = p, pm = drop, po = output)
        {
            // Pass 1: centred logits scale·q_i·k_j − max_j.
            for (var b = 0; b < n; b++)
            {
                var xb = px + ((long)b * t * rs);
                for (var h = 0; h < heads; h++)
                {
                    var ph = pp + ((long)((b * heads) + h) * tt);
                    for (var i = 0; i < t; i++)
                    {
                        var qi = xb + (i * rs) + (h * d);
                        var row = ph + (i * t);
                        var m = float.NegativeInfinity;
                        for (var j = 0; j < t; j++)
                        {
                            var kj = xb + (j * rs) + e + (h * d);
                            float acc = 0;
                            for (var c = 0; c < d; c++)
                            {
                                acc += qi[c] * scale * kj[c];
                            }

                            row[j] = acc;
                            m = MathF.Max(m, acc);
                        }

                        for (var j = 0; j < t; j++)
                        {
                            row[j] -= m;
                        }
                    }
                }
            }

            var total = n * heads * tt;
            TensorPrimitives.Exp(p.Slice(0, total), p.Slice(0, total));

            // Pass 2: normalise and mix the values.
            for (var b = 0; b < n; b++)
            {
                var xb = px + ((long)b * t * rs);
                var ob = po + ((long)b * t * e);
                for (var h = 0; h < heads; h++)
                {
                    var hh = (long)((b * heads) + h) * tt;
                    for (var i = 0; i < t; i++)
                    {
                        var row = pp + hh + (i * t);
                        var mrow = drop.IsEmpty ? null : pm + hh + (i * t);
                        float sum = 0;
                        for (var j = 0; j < t; j++)
                        {
                            sum += row[j];
                        }

                        var inv = 1f / sum;
                        var oi = ob + (i * e) + (h * d);
                        for (var c = 0; c < d; c++)
                        {
                            oi[c] = 0f;
                        }

                        for (var j = 0; j < t; j++)
                        {
                            var pj = row[j] * inv;
                            row[j] = pj;
                            if (mrow is not null)
                            {
                                pj *= mrow[j];
                            }

                            var vj = xb + (j * rs) + (2 * e) + (h * d);
                            for (var c = 0; c < d; c++)
                            {
                                oi[c] += pj * vj[c];
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Backward: writes dqkv (N, T, 3E) from dout (N, T, E) and the saved probabilities (overwrites dqkv).</summary>
    internal static void Backward(ReadOnlySpan<float> qkv, ReadOnlySpan<float> p, ReadOnlySpan<float> drop, ReadOnlySpan<float> dout, int n, int heads, int t, int d, float scale, Span<float> dqkv)
    {
        int e = heads * d, rs = 3 * e, tt = t * t;
        dqkv.Slice(0, n * t * rs).Clear();
        var ds = stackalloc float[t];
        fixed (float* px = qkv, pp = p, pm = drop, pg = dout, pd = dqkv)
        {
            for (var b = 0; b < n; b++)
            {
                var xb = px + ((long)b * t * rs);
                var db = pd + ((long)b * t * rs);
                var gb = pg + ((long)b * t * e);
                for (var h = 0; h < heads; h++)
                {
                    var hh = (long)((b * heads) + h) * tt;
                    int qo = h * d, ko = e + (h * d), vo = (2 * e) + (h * d);
                    for (var i = 0; i < t; i++)
                    {
                        var gi = gb + (i * e) + (h * d);
                        var pi = pp + hh + (i * t);
                        var mi = drop.IsEmpty ? null : pm + hh + (i * t);
                        float dot = 0;
                        for (var j = 0; j < t; j++)
                        {
                            var vj = xb + (j * rs) + vo;
                            var dvj = db + (j * rs) + vo;
                            var m = mi is null ? 1f : mi[j];
                            var pdm = pi[j] * m;
                            float dp = 0;
                            for (var c = 0; c < d; c++)
                            {
                                dp += gi[c] * vj[c];
                                dvj[c] += pdm * gi[c];
                            }

                            dp *= m;
                            ds[j] = dp;
                            dot += pi[j] * dp;
                        }

                        var qi = xb + (i * rs) + qo;
                        var dqi = db + (i * rs) + qo;
                        for (var j = 0; j < t; j++)
                        {
                            var g = pi[j] * (ds[j] - dot) * scale;
                            var kj = xb + (j * rs) + ko;
                            var dkj = db + (j * rs) + ko;
                            for (var c = 0; c < d; c++)
                            {
                                dqi[c] += g * kj[c];
                                dkj[c] += g * qi[c];
                            }
                        }
                    }
                }
            }
        }
    }
}

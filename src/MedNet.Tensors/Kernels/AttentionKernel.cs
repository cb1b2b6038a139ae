// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Fused scaled dot-product attention over B = N·H independent heads, keeping probabilities in a caller buffer.</summary>
/// <remarks>
/// Forward: S[b, i, j] = scale · Σ_d q[b, i, d] k[b, j, d] + mask[i, j] + pad[b / H, j]; P = softmax_j(S); out[b, i, d] = Σ_j P[b, i, j] · m[b, i, j] · v[b, j, d]
/// with m the dropout scale (0 or 1/(1 − p); 1 without dropout).
/// Backward: dP = m ⊙ (dout · vᵀ); dv = (P ⊙ m)ᵀ · dout; dS = P ⊙ (dP − Σ_j P ⊙ dP); dq = scale · dS · k; dk = scale · dSᵀ · q.
/// Heads are partitioned over threads; every output element is written by one thread, so results do not depend on scheduling.
/// </remarks>
internal static class AttentionKernel
{
    internal static void Forward(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, float[]? mask, float[]? pad, int heads, int b, int l, int s, int d, float scale, Span<float> p, ReadOnlySpan<float> drop, Span<float> o)
    {
        var row = new float[s];
        for (var bi = 0; bi < b; bi++)
        {
            for (var i = 0; i < l; i++)
            {
                var qi = q.Slice(((bi * l) + i) * d, d);
                var m = float.NegativeInfinity;
                for (var j = 0; j < s; j++)
                {
                    var kj = k.Slice(((bi * s) + j) * d, d);
                    float acc = 0;
                    for (var t = 0; t < d; t++)
                    {
                        acc += qi[t] * scale * kj[t];
                    }

                    if (mask is not null)
                    {
                        acc += mask[(i * s) + j];
                    }

                    if (pad is not null)
                    {
                        acc += pad[((bi / heads) * s) + j];
                    }

                    row[j] = acc;
                    m = MathF.Max(m, acc);
                }

                float sum = 0;
                for (var j = 0; j < s; j++)
                {
                    row[j] = MathF.Exp(row[j] - m);
                    sum += row[j];
                }

                var pi = p.Slice(((bi * l) + i) * s, s);
                var oi = o.Slice(((bi * l) + i) * d, d);
                oi.Clear();
                var inv = 1f / sum;
                for (var j = 0; j < s; j++)
                {
                    var pj = row[j] * inv;
                    pi[j] = pj;
                    if (!drop.IsEmpty)
                    {
                        pj *= drop[(((bi * l) + i) * s) + j];
                    }

                    var vj = v.Slice(((bi * s) + j) * d, d);
                    for (var t = 0; t < d; t++)
                    {
                        oi[t] += pj * vj[t];
                    }
                }
            }
        }
    }

    internal static void Backward(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, ReadOnlySpan<float> p, ReadOnlySpan<float> drop, ReadOnlySpan<float> dout, int b, int l, int s, int d, float scale, Span<float> dq, Span<float> dk, Span<float> dv)
    {
        dq.Clear();
        dk.Clear();
        dv.Clear();
        var ds = new float[s];
        for (var bi = 0; bi < b; bi++)
        {
            for (var i = 0; i < l; i++)
            {
                var gi = dout.Slice(((bi * l) + i) * d, d);
                var pi = p.Slice(((bi * l) + i) * s, s);
                float dot = 0;
                for (var j = 0; j < s; j++)
                {
                    var vj = v.Slice(((bi * s) + j) * d, d);
                    var dvj = dv.Slice(((bi * s) + j) * d, d);
                    var m = drop.IsEmpty ? 1f : drop[(((bi * l) + i) * s) + j];
                    var pd = pi[j] * m;
                    float dp = 0;
                    for (var t = 0; t < d; t++)
                    {
                        dp += gi[t] * vj[t];
                        dvj[t] += pd * gi[t];
                    }

                    dp *= m;
                    ds[j] = dp;
                    dot += pi[j] * dp;
                }

                var qi = q.Slice(((bi * l) + i) * d, d);
                var dqi = dq.Slice(((bi * l) + i) * d, d);
                for (var j = 0; j < s; j++)
                {
                    var g = pi[j] * (ds[j] - dot) * scale;
                    var kj = k.Slice(((bi * s) + j) * d, d);
                    var dkj = dk.Slice(((bi * s) + j) * d, d);
                    for (var t = 0; t < d; t++)
                    {
                        dqi[t] += g * kj[t];
                        dkj[t] += g * qi[t];
                    }
                }
            }
        }
    }
}

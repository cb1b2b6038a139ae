// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Multi-head self-attention read straight from packed projections qkv (N, T, 3E) and written as (N, T, E), no head copies.</summary>
/// <remarks>
/// Head h of sample n uses q = qkv[n, :, h·D : (h+1)·D], k at column E + h·D, v at 2E + h·D (D = E/H), as
/// <c>torch.nn.MultiheadAttention</c> splits in_proj. Maths as <see cref="FlashAttentionKernel"/> without tiles:
/// P = softmax_j((q_i·scale)·k_j), out_i = Σ_j P_ij·m_ij·v_j with the dropout scale m indexed (n·H + h, i, j), the order
/// a separate dropout on (N, H, T, T) weights draws. The exponentials of a whole batch are one vectorised
/// <see cref="TensorPrimitives.Exp(ReadOnlySpan{float}, Span{float})"/> pass. One-wide heads (D = 1, DTAAD) run eight
/// heads at a time, one per Vector256 lane, so every step is a vertical vector op; each lane performs the same float
/// operations in the same order as the per-head path, so results do not depend on which path ran.
/// The probability buffer p holds the SIMD heads first, eight per block in (i, j, lane) order, then the remaining
/// heads row-major (i, j); it is private to this kernel's forward and backward.
/// </remarks>
internal static unsafe partial class PackedAttentionKernel
{
    private const int Lanes = 8;

    /// <summary>Forward: fills p (N·H·T·T, layout above) and out (N, T, E).</summary>
    /// <remarks>drop arrives in draw order (head, i, j) and is rearranged in place to the layout of p, which
    /// <see cref="Backward"/> expects; it is private to the caller's tape node.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Forward(ReadOnlySpan<float> qkv, int n, int heads, int t, int d, float scale, Span<float> p, Span<float> drop, Span<float> output)
    {
        var total = n * heads;
        var simd = SimdHeads(total, d);
        var tt = t * t;
        var geo = new Geometry(heads, t, d);
        fixed (float* px = qkv, pp = p, pm = drop, po = output)
        {
            if (!drop.IsEmpty && simd > 0)
            {
                ToLaneLayout(pm, simd, tt);
            }

            var offsets = stackalloc int[Lanes];
            for (var g = 0; g < simd; g += Lanes)
            {
                geo.InputOffsets(g, offsets);
                LogitsGroup(px, offsets, pp + ((long)g * tt), t, geo.Rs, geo.E, scale);
            }

            for (var bh = simd; bh < total; bh++)
            {
                LogitsHead(px + geo.InputOffset(bh), pp + ((long)bh * tt), t, d, geo.Rs, geo.E, scale);
            }

            TensorPrimitives.Exp(p.Slice(0, total * tt), p.Slice(0, total * tt));
            var outOffsets = stackalloc int[Lanes];
            for (var g = 0; g < simd; g += Lanes)
            {
                geo.InputOffsets(g, offsets);
                geo.OutputOffsets(g, outOffsets);
                MixGroup(px, offsets, pp + ((long)g * tt), drop.IsEmpty ? null : pm + ((long)g * tt), po, outOffsets, t, geo.Rs, geo.E);
            }

            for (var bh = simd; bh < total; bh++)
            {
                MixHead(px + geo.InputOffset(bh), pp + ((long)bh * tt), drop.IsEmpty ? null : pm + ((long)bh * tt), po + geo.OutputOffset(bh), t, d, geo.Rs, geo.E);
            }
        }
    }

    /// <summary>Backward: writes dqkv (N, T, 3E) from dout (N, T, E) and the saved probabilities (overwrites dqkv).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Backward(ReadOnlySpan<float> qkv, ReadOnlySpan<float> p, ReadOnlySpan<float> drop, ReadOnlySpan<float> dout, int n, int heads, int t, int d, float scale, Span<float> dqkv)
    {
        var total = n * heads;
        var simd = SimdHeads(total, d);
        var tt = t * t;
        var geo = new Geometry(heads, t, d);
        dqkv.Slice(0, n * t * geo.Rs).Clear();
        var ds = stackalloc float[t * Lanes];
        var acc = stackalloc float[2 * t * Lanes];
        var offsets = stackalloc int[Lanes];
        var outOffsets = stackalloc int[Lanes];
        fixed (float* px = qkv, pp = p, pm = drop, pg = dout, pd = dqkv)
        {
            for (var g = 0; g < simd; g += Lanes)
            {
                geo.InputOffsets(g, offsets);
                geo.OutputOffsets(g, outOffsets);
                BackwardGroup(px, offsets, pp + ((long)g * tt), drop.IsEmpty ? null : pm + ((long)g * tt), pg, outOffsets, pd, t, geo.Rs, geo.E, scale, ds, acc);
            }

            for (var bh = simd; bh < total; bh++)
            {
                var io = geo.InputOffset(bh);
                BackwardHead(px + io, pp + ((long)bh * tt), drop.IsEmpty ? null : pm + ((long)bh * tt), pg + geo.OutputOffset(bh), pd + io, t, d, geo.Rs, geo.E, scale, ds);
            }
        }
    }

    private static int SimdHeads(int total, int d) => d == 1 && Avx2.IsSupported ? total / Lanes * Lanes : 0;

    /// <summary>Centred logits of one head, row-major: p[i, j] = (q_i·scale)·k_j − max_j.</summary>
    private static void LogitsHead(float* x, float* p, int t, int d, int rs, int e, float scale)
    {
        for (var i = 0; i < t; i++)
        {
            var qi = x + (i * rs);
            var row = p + (i * t);
            var m = float.NegativeInfinity;
            for (var j = 0; j < t; j++)
            {
                var kj = x + (j * rs) + e;
                float z = 0;
                for (var c = 0; c < d; c++)
                {
                    z += qi[c] * scale * kj[c];
                }

                row[j] = z;
                m = z > m ? z : m;
            }

            for (var j = 0; j < t; j++)
            {
                row[j] -= m;
            }
        }
    }

    /// <summary>Normalises one head's exponentials in place and writes out_i = Σ_j P_ij·m_ij·v_j.</summary>
    private static void MixHead(float* x, float* p, float* drop, float* o, int t, int d, int rs, int e)
    {
        for (var i = 0; i < t; i++)
        {
            var row = p + (i * t);
            var mrow = drop is null ? null : drop + (i * t);
            float sum = 0;
            for (var j = 0; j < t; j++)
            {
                sum += row[j];
            }

            var inv = 1f / sum;
            var oi = o + (i * e);
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

                var vj = x + (j * rs) + (2 * e);
                for (var c = 0; c < d; c++)
                {
                    oi[c] += pj * vj[c];
                }
            }
        }
    }

    /// <summary>Gradients of one head (any width): q, k, v and dq, dk, dv at x and dx with row stride rs; dout with row stride e.</summary>
    private static void BackwardHead(float* x, float* p, float* drop, float* dout, float* dx, int t, int d, int rs, int e, float scale, float* ds)
    {
        for (var i = 0; i < t; i++)
        {
            var gi = dout + (i * e);
            var pi = p + (i * t);
            var mi = drop is null ? null : drop + (i * t);
            float dot = 0;
            for (var j = 0; j < t; j++)
            {
                var vj = x + (j * rs) + (2 * e);
                var dvj = dx + (j * rs) + (2 * e);
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

            var qi = x + (i * rs);
            var dqi = dx + (i * rs);
            for (var j = 0; j < t; j++)
            {
                var g = pi[j] * (ds[j] - dot) * scale;
                var kj = x + (j * rs) + e;
                var dkj = dx + (j * rs) + e;
                for (var c = 0; c < d; c++)
                {
                    dqi[c] += g * kj[c];
                    dkj[c] += g * qi[c];
                }
            }
        }
    }

    /// <summary>Where head bh = n·H + h starts in qkv and in the output.</summary>
    private readonly struct Geometry(int heads, int t, int d)
    {
        internal int E => heads * d;

        internal int Rs => 3 * heads * d;

        internal int InputOffset(int bh) => ((bh / heads) * t * Rs) + ((bh % heads) * d);

        internal int OutputOffset(int bh) => ((bh / heads) * t * E) + ((bh % heads) * d);

        internal void InputOffsets(int first, int* offsets)
        {
            for (var l = 0; l < Lanes; l++)
            {
                offsets[l] = InputOffset(first + l);
            }
        }

        internal void OutputOffsets(int first, int* offsets)
        {
            for (var l = 0; l < Lanes; l++)
            {
                offsets[l] = OutputOffset(first + l);
            }
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>Multi-head self-attention read straight from packed projections qkv (N, T, 3E) and written as (N, T, E), no head copies.</summary>
/// <remarks>
/// Head h of sample n uses q = qkv[n, :, h·D : (h+1)·D], k at column E + h·D, v at 2E + h·D (D = E/H), as
/// <c>torch.nn.MultiheadAttention</c> splits in_proj. Maths as <see cref="AttentionKernel"/>:
/// P = softmax_j((q_i·scale)·k_j), out_i = Σ_j P_ij·m_ij·v_j with the dropout scale m indexed (n·H + h, i, j), the order
/// a separate dropout on (N, H, T, T) weights draws. The exponentials of a whole batch are one vectorised
/// <see cref="TensorPrimitives.Exp(ReadOnlySpan{float}, Span{float})"/> pass. One-wide heads (D = 1, DTAAD) run eight
/// heads at a time, one per Vector256 lane, so every step is a vertical vector op; each lane performs the same float
/// operations in the same order as the per-head path, so results do not depend on which path ran.
/// The probability buffer p holds the SIMD heads first, eight per block in (i, j, lane) order, then the remaining
/// heads row-major (i, j); it is private to this kernel's forward and backward.
/// </remarks>
internal static unsafe class PackedAttentionKernel
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

    /// <summary>Eight one-wide heads: centred logits into p (i, j, lane).</summary>
    private static void LogitsGroup(float* x, int* offsets, float* p, int t, int rs, int e, float scale)
    {
        var idx = Vector256.Load(offsets);
        var sc = Vector256.Create(scale);
        var keys = stackalloc float[t * Lanes];
        GatherColumn(x + e, idx, keys, t, rs);
        for (var i = 0; i < t; i++)
        {
            var a = Gather(x + (i * rs), idx) * sc;
            var row = p + (i * t * Lanes);
            var m = Vector256.Create(float.NegativeInfinity);
            for (var j = 0; j < t; j++)
            {
                var z = a * Vector256.Load(keys + (j * Lanes));
                z.Store(row + (j * Lanes));
                m = Vector256.ConditionalSelect(Vector256.GreaterThan(z, m), z, m);
            }

            for (var j = 0; j < t; j++)
            {
                (Vector256.Load(row + (j * Lanes)) - m).Store(row + (j * Lanes));
            }
        }
    }

    /// <summary>Eight one-wide heads: normalise p (i, j, lane) and write the outputs.</summary>
    private static void MixGroup(float* x, int* offsets, float* p, float* drop, float* o, int* outOffsets, int t, int rs, int e)
    {
        var idx = Vector256.Load(offsets);
        var lane = stackalloc float[Lanes];
        var values = stackalloc float[t * Lanes];
        GatherColumn(x + (2 * e), idx, values, t, rs);
        for (var i = 0; i < t; i++)
        {
            var row = p + (i * t * Lanes);
            var sum = Vector256<float>.Zero;
            for (var j = 0; j < t; j++)
            {
                sum += Vector256.Load(row + (j * Lanes));
            }

            var inv = Vector256<float>.One / sum;
            var acc = Vector256<float>.Zero;
            for (var j = 0; j < t; j++)
            {
                var pj = Vector256.Load(row + (j * Lanes)) * inv;
                pj.Store(row + (j * Lanes));
                if (drop is not null)
                {
                    pj *= Vector256.Load(drop + (((i * t) + j) * Lanes));
                }

                acc += pj * Vector256.Load(values + (j * Lanes));
            }

            acc.Store(lane);
            for (var l = 0; l < Lanes; l++)
            {
                o[outOffsets[l] + (i * e)] = lane[l];
            }
        }
    }

    /// <summary>Eight one-wide heads: the per-head backward of <see cref="BackwardHead"/> with one head per lane.</summary>
    private static void BackwardGroup(float* x, int* offsets, float* p, float* drop, float* dout, int* outOffsets, float* dx, int t, int rs, int e, float scale, float* ds, float* acc)
    {
        var idx = Vector256.Load(offsets);
        var gIdx = Vector256.Load(outOffsets);
        var sc = Vector256.Create(scale);
        var dk = acc;
        var dv = acc + (t * Lanes);
        new Span<float>(acc, 2 * t * Lanes).Clear();
        var lane = stackalloc float[Lanes];
        var keys = stackalloc float[t * Lanes];
        var values = stackalloc float[t * Lanes];
        GatherColumn(x + e, idx, keys, t, rs);
        GatherColumn(x + (2 * e), idx, values, t, rs);
        for (var i = 0; i < t; i++)
        {
            var gi = Gather(dout + (i * e), gIdx);
            var pi = p + (i * t * Lanes);
            var dot = Vector256<float>.Zero;
            for (var j = 0; j < t; j++)
            {
                var pj = Vector256.Load(pi + (j * Lanes));
                var m = drop is null ? Vector256<float>.One : Vector256.Load(drop + (((i * t) + j) * Lanes));
                var dp = gi * Vector256.Load(values + (j * Lanes));
                (Vector256.Load(dv + (j * Lanes)) + (pj * m * gi)).Store(dv + (j * Lanes));
                dp *= m;
                dp.Store(ds + (j * Lanes));
                dot += pj * dp;
            }

            var qi = Gather(x + (i * rs), idx);
            var dq = Vector256<float>.Zero;
            for (var j = 0; j < t; j++)
            {
                var g = Vector256.Load(pi + (j * Lanes)) * (Vector256.Load(ds + (j * Lanes)) - dot) * sc;
                dq += g * Vector256.Load(keys + (j * Lanes));
                (Vector256.Load(dk + (j * Lanes)) + (g * qi)).Store(dk + (j * Lanes));
            }

            dq.Store(lane);
            for (var l = 0; l < Lanes; l++)
            {
                dx[offsets[l] + (i * rs)] = lane[l];
            }
        }

        for (var j = 0; j < t; j++)
        {
            for (var l = 0; l < Lanes; l++)
            {
                dx[offsets[l] + (j * rs) + e] = dk[(j * Lanes) + l];
                dx[offsets[l] + (j * rs) + (2 * e)] = dv[(j * Lanes) + l];
            }
        }
    }

    /// <summary>Rearranges the first <paramref name="heads"/> heads of a (head, i, j) buffer into blocks of eight in (i, j, lane) order.</summary>
    private static void ToLaneLayout(float* buffer, int heads, int tt)
    {
        var block = stackalloc float[Lanes * tt];
        for (var g = 0; g < heads; g += Lanes)
        {
            var src = buffer + ((long)g * tt);
            for (var l = 0; l < Lanes; l++)
            {
                for (var ij = 0; ij < tt; ij++)
                {
                    block[(ij * Lanes) + l] = src[(l * tt) + ij];
                }
            }

            new Span<float>(block, Lanes * tt).CopyTo(new Span<float>(src, Lanes * tt));
        }
    }

    /// <summary>column[j, lane] = base[offsets[lane] + j·rs] for j &lt; t: a key or value column of eight heads, gathered once.</summary>
    private static void GatherColumn(float* baseAddress, Vector256<int> index, float* column, int t, int rs)
    {
        for (var j = 0; j < t; j++)
        {
            Gather(baseAddress + (j * rs), index).Store(column + (j * Lanes));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Gather(float* baseAddress, Vector256<int> index) => Avx2.GatherVector256(baseAddress, index, 4);

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

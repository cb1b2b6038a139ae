// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>The eight-heads-per-Vector256 path of <see cref="PackedAttentionKernel"/> for one-wide heads (D = 1).</summary>
/// <remarks>Lane l of every vector is head g + l of a block; keys, values, probabilities and the dropout mask are kept in
/// (row, lane) order so each step is a vertical vector op doing exactly what the per-head path does for that head.</remarks>
internal static unsafe partial class PackedAttentionKernel
{
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
}

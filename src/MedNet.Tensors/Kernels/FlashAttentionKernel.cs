// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>Memory-bounded scaled dot-product attention: online softmax over key tiles, never more than one Br × Bc tile of scores per head.</summary>
/// <remarks>
/// Source: Dao et al., "FlashAttention", NeurIPS 2022, Algorithm 1, and Dao, "FlashAttention-2", 2023, §3.1 (backward
/// recomputes the scores from the per-row logsumexp). Per head b and query row i, over key tiles J:
/// S_iJ = (scale·q_i)·k_Jᵀ + mask_iJ + pad_J; m' = max(m, max_J S_iJ); ℓ ← ℓ·e^(m − m') + Σ_J e^(S_iJ − m');
/// o_i ← o_i·e^(m − m') + Σ_J e^(S_iJ − m')·drop_iJ·v_J; at the end o_i /= ℓ and lse_i = m + ln ℓ.
/// Backward: P = e^(S − lse), D_i = dout_i·o_i, dP = drop ⊙ (dout·vᵀ), dS = P ⊙ (dP − D), dv += (P ⊙ drop)ᵀ·dout,
/// dq += scale·dS·k, dk += scale·dSᵀ·q. Working memory per thread is O((L + S)·D + Br·Bc); the dropout scales, when
/// given, are the caller's (B, L, S) buffer. Heads are split over threads and each head runs in one fixed order, so
/// results do not depend on the thread count. A row whose keys are all masked gives NaN, as in PyTorch.
/// </remarks>
internal static unsafe partial class FlashAttentionKernel
{
    /// <summary>Query rows per tile (no effect on the results: every row and every gradient sum runs in the same order whatever it is).</summary>
    internal const int Br = 64;

    /// <summary>Key rows per tile (a multiple of 8).</summary>
    internal const int Bc = 128;

    /// <summary>log₂e: the forward packs scale·log₂e·q so its scores are in base 2 and the softmax needs only 2^x.</summary>
    private const float Log2E = 1.44269504088896341f;

    /// <summary>ln 2: turns the forward's base-2 max back into the natural-log lse the backward reads.</summary>
    private const float Ln2 = 0.693147180559945309f;

    /// <summary>Writes out (through <paramref name="lo"/>) and lse (B·L) for all B heads.</summary>
    /// <param name="a">Operands.</param>
    /// <param name="output">Output buffer.</param>
    /// <param name="lo">Where head b's rows go in it.</param>
    /// <param name="lse">Per-row logsumexp (B·L).</param>
    /// <param name="probs">
    /// When not null, also the probabilities (B, L, S); only with one key tile (S ≤ <see cref="Bc"/>) and no dropout,
    /// where the tile already holds them (else <see cref="CanWriteProbabilities"/> is false and the caller uses <see cref="Weights"/>).
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Forward(AttentionArgs a, float* output, HeadLayout lo, float* lse, float* probs = null)
    {
        if (probs is not null && !CanWriteProbabilities(a))
        {
            throw new ArgumentException("attention: the forward writes probabilities only for one key tile without dropout.", nameof(probs));
        }

        var (po, pl, pp) = ((nint)output, (nint)lse, (nint)probs);
        Threading.For(a.B, 4L * a.L * a.S * a.Dp, (start, end) => ForwardHeads(a, (float*)po, lo, (float*)pl, (float*)pp, start, end));
    }

    /// <summary>Whether <see cref="Forward"/> can write the probabilities as it goes: one key tile and no dropout.</summary>
    internal static bool CanWriteProbabilities(AttentionArgs a) => a.S <= Bc && a.Drop == 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ForwardHeads(AttentionArgs a, float* output, HeadLayout lo, float* lse, float* probs, int start, int end)
    {
        int l = a.L, s = a.S, d = a.D, dp = a.Dp, tiles = (s + Bc - 1) / Bc;
        var buf = ArrayPool<float>.Shared.Rent((dp * Bc * tiles) + (s * dp) + (Br * dp * 2) + (Br * Bc) + (3 * Br));
        fixed (float* pb = buf)
        {
            var kt = pb;
            var vv = kt + (dp * Bc * tiles);
            var qb = vv + (s * dp);
            var acc = qb + (Br * dp);
            var tile = acc + (Br * dp);
            var m = tile + (Br * Bc);
            var sum = m + Br;
            var shift = sum + Br;
            for (var b = start; b < end; b++)
            {
                PackTiles((float*)a.K + a.Lk.Start(b, a.Heads, d), a.Lk.RowStride, kt, s, d, dp);
                PackRows((float*)a.V + a.Lv.Start(b, a.Heads, d), a.Lv.RowStride, vv, s, d, dp, 1f);
                var q = (float*)a.Q + a.Lq.Start(b, a.Heads, d);
                var o = output + lo.Start(b, a.Heads, d);
                for (var i0 = 0; i0 < l; i0 += Br)
                {
                    var rows = Math.Min(Br, l - i0);
                    PackRows(q + (i0 * a.Lq.RowStride), a.Lq.RowStride, qb, rows, d, dp, a.Scale * Log2E);
                    new Span<float>(acc, rows * dp).Clear();
                    new Span<float>(m, rows).Fill(float.NegativeInfinity);
                    new Span<float>(sum, rows).Clear();
                    for (var j0 = 0; j0 < s; j0 += Bc)
                    {
                        var cols = Math.Min(Bc, s - j0);
                        Scores(a, b, qb, kt + (j0 * dp), Bc, tile, i0, rows, j0, cols, Log2E);
                        OnlineTile(a, b, tile, rows, cols, i0, j0, m, sum, acc, dp, shift);

                        AttentionTiles.Mix(tile, Bc, vv + (j0 * dp), dp, acc, dp, rows, cols, dp, accumulate: true);
                    }

                    for (var r = 0; r < rows; r++)
                    {
                        var orow = new Span<float>(o + ((i0 + r) * lo.RowStride), d);
                        var inv = 1f / sum[r];
                        TensorPrimitives.Multiply(new ReadOnlySpan<float>(acc + (r * dp), d), inv, orow);
                        lse[((long)b * l) + i0 + r] = (m[r] * Ln2) + MathF.Log(sum[r]);
                        if (probs is not null)
                        {
                            // One key tile: it still holds e^(S − m) of this row.
                            TensorPrimitives.Multiply(new ReadOnlySpan<float>(tile + (r * Bc), s), inv, new Span<float>(probs + ((((long)b * l) + i0 + r) * s), s));
                        }
                    }
                }
            }
        }

        ArrayPool<float>.Shared.Return(buf);
    }

    /// <summary>
    /// tile[r, j] = S[i0 + r, j0 + j] = (scale·q)·kᵀ + unit·mask + pad for a rows × cols tile (row stride Bc); unit is 1, or
    /// log₂e when the queries were packed with scale·log₂e (the forward's base-2 scores).
    /// </summary>
    private static void Scores(AttentionArgs a, int b, float* qb, float* kt, int ldk, float* tile, int i0, int rows, int j0, int cols, float unit = 1f)
    {
        AttentionTiles.Panel(qb, a.Dp, kt, ldk, tile, Bc, rows, AttentionTiles.Pad8(cols), a.Dp);
        if (a.Mask != 0)
        {
            for (var r = 0; r < rows; r++)
            {
                var seg = new Span<float>(tile + (r * Bc), cols);
                var mask = new ReadOnlySpan<float>((float*)a.Mask + ((long)(i0 + r) * a.S) + j0, cols);
                if (unit == 1f)
                {
                    TensorPrimitives.Add(seg, mask, seg);
                }
                else
                {
                    TensorPrimitives.MultiplyAdd(mask, unit, seg, seg);
                }
            }
        }

        if (a.Pad != 0)
        {
            var pad = new ReadOnlySpan<float>((float*)a.Pad + ((long)(b / a.Heads) * a.S) + j0, cols);
            for (var r = 0; r < rows; r++)
            {
                var seg = new Span<float>(tile + (r * Bc), cols);
                TensorPrimitives.Add(seg, pad, seg);
            }
        }
    }

    /// <summary>
    /// The online softmax of one tile on base-2 scores: per row the new max m' (rescaling the running sum and output by
    /// 2^(m − m') only when it moved), then all rows at once into 2^(S − m') = e^(S_e − m'_e) with their sums added, then dropout.
    /// A row whose keys so far are all masked is shifted by +∞, which turns it into zeros and adds nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OnlineTile(AttentionArgs a, int b, float* tile, int rows, int cols, int i0, int j0, float* m, float* sum, float* acc, int dp, float* shift)
    {
        for (var r = 0; r < rows; r++)
        {
            var mOld = m[r];
            var mNew = MathF.Max(mOld, SoftmaxRows.Max(tile + (r * Bc), cols));
            if (float.IsNegativeInfinity(mNew))
            {
                shift[r] = float.PositiveInfinity; // every key so far is masked: nothing to add yet
                continue;
            }

            if (mNew != mOld)
            {
                var corr = AttentionTiles.Exp2(Vector256.Create(mOld - mNew)); // 0 while no key had been seen (mOld = −∞)
                sum[r] *= corr.ToScalar();
                var accRow = acc + (r * dp);
                for (var c = 0; c < dp; c += 8)
                {
                    (Vector256.Load(accRow + c) * corr).Store(accRow + c);
                }
            }

            m[r] = mNew;
            shift[r] = mNew;
        }

        AttentionTiles.Exp2ShiftSumRows(tile, Bc, rows, cols, shift, sum);
        if (a.Drop != 0)
        {
            for (var r = 0; r < rows; r++)
            {
                var seg = new Span<float>(tile + (r * Bc), cols);
                TensorPrimitives.Multiply(seg, new ReadOnlySpan<float>((float*)a.Drop + ((((long)b * a.L) + i0 + r) * a.S) + j0, cols), seg);
            }
        }
    }

    /// <summary>
    /// K of one head packed transposed tile by tile: tile t = j / Bc holds kᵀ (dp × Bc) contiguously at t·dp·Bc, element
    /// (c, j mod Bc) at c·Bc + j mod Bc, so the score panel streams one block; zero past d and past the last key.
    /// </summary>
    private static void PackTiles(float* src, long rs, float* dst, int rows, int d, int dp)
    {
        for (var j0 = 0; j0 < rows; j0 += Bc)
        {
            PackTransposed(src + (j0 * rs), rs, dst + (j0 * dp), Math.Min(Bc, rows - j0), d, dp, Bc);
        }
    }

    /// <summary>dst[c·ld + j] = src[j·rs + c] for j &lt; rows, c &lt; d; zero for d ≤ c &lt; dp and rows ≤ j &lt; ld.</summary>
    private static void PackTransposed(float* src, long rs, float* dst, int rows, int d, int dp, int ld)
    {
        new Span<float>(dst, dp * ld).Clear();
        for (var j = 0; j < rows; j++)
        {
            var row = src + (j * rs);
            for (var c = 0; c < d; c++)
            {
                dst[(c * ld) + j] = row[c];
            }
        }
    }

    /// <summary>dst[j·dp + c] = scale·src[j·rs + c] for j &lt; rows, c &lt; d; zero for d ≤ c &lt; dp.</summary>
    private static void PackRows(float* src, long rs, float* dst, int rows, int d, int dp, float scale)
    {
        for (var j = 0; j < rows; j++)
        {
            var to = new Span<float>(dst + (j * dp), dp);
            var from = new ReadOnlySpan<float>(src + (j * rs), d);
            if (scale == 1f)
            {
                from.CopyTo(to);
            }
            else
            {
                TensorPrimitives.Multiply(from, scale, to);
            }

            to.Slice(d).Clear();
        }
    }
}

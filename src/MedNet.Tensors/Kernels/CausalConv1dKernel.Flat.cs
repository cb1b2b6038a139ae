// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>The stride-1 "same-length" convolution over the whole flat batch: one shifted, pattern-weighted vector FMA stream per (channel offset, tap).</summary>
/// <remarks>
/// With C_in = C_out = C and output length L (left padding pl, right padding (K − 1)·d − pl), output element
/// f = n·C·L + o·L + t reads x at f + δ·L − s for input channel c = o + δ and tap shift s = pl − k·d (causal:
/// pl = (K − 1)·d), a shift that does not depend on n. So y += W_{δ,k} ⊙ shift(x, δ·L − s) over the whole batch,
/// where the weight pattern W_{δ,k}[f] = w[o, o + δ, k] when 0 ≤ o + δ &lt; C and 0 ≤ t − s &lt; L, else 0, repeats every
/// B = lcm(C·L, 8) elements. (2C − 1)·K such streams replace N·C·C·K rows of ≤ L scalar taps (DTAAD: 12 streams of
/// 320 Vector256 FMAs instead of 2048 short loops). Forward adds the terms in the reference order (bias, then c, then
/// k, products rounded before each add), so it matches <see cref="Conv1dKernelReference"/> bit for bit. Products at
/// positions without a tap are masked, so non-finite values stay inside their own window.
/// </remarks>
internal static unsafe partial class CausalConv1dKernel
{
    private const int MaxBlock = 256;
    private const int MaxStreams = 32;

    /// <summary>True when the flat-batch path applies: C_in = C_out, a short period and few streams.</summary>
    internal static bool FlatApplies(int cin, int cout, int len, int k) =>
        Vector256.IsHardwareAccelerated && cin == cout && Block(cin * len) <= MaxBlock && (((2 * cin) - 1) * k) <= MaxStreams;

    private static int Block(int period)
    {
        var b = period;
        while (b % 8 != 0)
        {
            b += period;
        }

        return b;
    }

    /// <summary>Flat forward; see <see cref="Forward"/> for the contract.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ForwardFlat(ReadOnlySpan<float> x, float* w, ReadOnlySpan<float> bias, Span<float> y, int n, int c, int len, int k, int dilation, int padLeft)
    {
        var layout = new FlatLayout(n, c, len, k, dilation, padLeft);
        var pat = stackalloc float[layout.Streams * layout.Block];
        var valid = stackalloc uint[layout.Streams * layout.Block];
        BuildPatterns(w, layout, pat, valid, shifted: false);
        var xs = ArrayPool<float>.Shared.Rent(layout.Padded);
        var ys = ArrayPool<float>.Shared.Rent(layout.Rounded);
        try
        {
            layout.Pad(x, xs);
            fixed (float* px = xs, py = ys)
            {
                // Bias pattern over one block, then one copy per block.
                var channel = stackalloc int[layout.Block];
                var tap = stackalloc int[layout.Block];
                layout.Positions(channel, tap);
                var bp = new Span<float>(py, layout.Block);
                for (var p = 0; p < layout.Block; p++)
                {
                    bp[p] = bias.IsEmpty ? 0f : bias[channel[p]];
                }

                for (var b0 = layout.Block; b0 < layout.Rounded; b0 += layout.Block)
                {
                    bp.CopyTo(new Span<float>(py + b0, layout.Block));
                }

                for (var q = 0; q < layout.Streams; q++)
                {
                    var wq = pat + (q * layout.Block);
                    var mq = valid + (q * layout.Block);
                    var xq = px + layout.Margin + layout.Offset(q);
                    for (var b0 = 0; b0 < layout.Rounded; b0 += layout.Block)
                    {
                        for (var v = 0; v < layout.Block; v += 8)
                        {
                            var f = b0 + v;
                            var term = (Vector256.Load(wq + v) * Vector256.Load(xq + f)) & Vector256.Load(mq + v).AsSingle();
                            (Vector256.Load(py + f) + term).Store(py + f);
                        }
                    }
                }
            }

            ys.AsSpan(0, layout.Total).CopyTo(y);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(xs);
            ArrayPool<float>.Shared.Return(ys);
        }
    }

    /// <summary>Flat input gradient: dx[h] = Σ_streams W[h − off]·dy[h − off] (overwrites dx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardInputFlat(ReadOnlySpan<float> dy, float* w, Span<float> dx, int n, int c, int len, int k, int dilation, int padLeft)
    {
        var layout = new FlatLayout(n, c, len, k, dilation, padLeft);
        var pat = stackalloc float[layout.Streams * layout.Block];
        var valid = stackalloc uint[layout.Streams * layout.Block];
        BuildPatterns(w, layout, pat, valid, shifted: true);
        var gs = ArrayPool<float>.Shared.Rent(layout.Padded);
        var xs = ArrayPool<float>.Shared.Rent(layout.Rounded);
        try
        {
            layout.Pad(dy, gs);
            fixed (float* pg = gs, px = xs)
            {
                new Span<float>(px, layout.Rounded).Clear();
                for (var q = 0; q < layout.Streams; q++)
                {
                    var wq = pat + (q * layout.Block);
                    var mq = valid + (q * layout.Block);
                    var gq = pg + layout.Margin - layout.Offset(q);
                    for (var b0 = 0; b0 < layout.Rounded; b0 += layout.Block)
                    {
                        for (var v = 0; v < layout.Block; v += 8)
                        {
                            var h = b0 + v;
                            var term = (Vector256.Load(wq + v) * Vector256.Load(gq + h)) & Vector256.Load(mq + v).AsSingle();
                            (Vector256.Load(px + h) + term).Store(px + h);
                        }
                    }
                }
            }

            xs.AsSpan(0, layout.Total).CopyTo(dx);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(gs);
            ArrayPool<float>.Shared.Return(xs);
        }
    }

    /// <summary>Flat weight and bias gradients (overwrite dw and db; db may be empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardWeightFlat(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db, int n, int c, int len, int k, int dilation, int padLeft)
    {
        var layout = new FlatLayout(n, c, len, k, dilation, padLeft);
        var acc = stackalloc float[layout.Block];
        var channel = stackalloc int[layout.Block];
        var time = stackalloc int[layout.Block];
        layout.Positions(channel, time);
        var xs = ArrayPool<float>.Shared.Rent(layout.Padded);
        var gs = ArrayPool<float>.Shared.Rent(layout.Padded);
        try
        {
            layout.Pad(x, xs);
            layout.Pad(dy, gs);
            dw.Clear();
            fixed (float* px = xs, pgs = gs)
            {
                var pg = pgs + layout.Margin;
                for (var q = 0; q < layout.Streams; q++)
                {
                    var (delta, kk, shift) = layout.Stream(q);
                    var xq = px + layout.Margin + layout.Offset(q);
                    new Span<float>(acc, layout.Block).Clear();
                    for (var b0 = 0; b0 < layout.Rounded; b0 += layout.Block)
                    {
                        for (var v = 0; v < layout.Block; v += 8)
                        {
                            var f = b0 + v;
                            (Vector256.Load(acc + v) + (Vector256.Load(pg + f) * Vector256.Load(xq + f))).Store(acc + v);
                        }
                    }

                    for (var p = 0; p < layout.Block; p++)
                    {
                        int o = channel[p], ci = o + delta;
                        if (ci >= 0 && ci < c && time[p] >= shift && time[p] - shift < len)
                        {
                            dw[(((o * c) + ci) * k) + kk] += acc[p];
                        }
                    }
                }

                if (!db.IsEmpty)
                {
                    db.Clear();
                    new Span<float>(acc, layout.Block).Clear();
                    for (var b0 = 0; b0 < layout.Rounded; b0 += layout.Block)
                    {
                        for (var v = 0; v < layout.Block; v += 8)
                        {
                            (Vector256.Load(acc + v) + Vector256.Load(pg + b0 + v)).Store(acc + v);
                        }
                    }

                    for (var p = 0; p < layout.Block; p++)
                    {
                        db[channel[p]] += acc[p];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(xs);
            ArrayPool<float>.Shared.Return(gs);
        }
    }

    /// <summary>Weight patterns of every stream over one block; shifted = true gives W[h − off] for the input gradient.</summary>
    /// <remarks>valid holds all-ones where the tap exists: products elsewhere read a neighbouring sample or channel and are
    /// masked to +0 (not multiplied by a zero weight), so a NaN or ∞ in one window never reaches another.</remarks>
    private static void BuildPatterns(float* w, FlatLayout layout, float* pat, uint* valid, bool shifted)
    {
        var channel = stackalloc int[layout.Block];
        var time = stackalloc int[layout.Block];
        layout.Positions(channel, time);
        for (var q = 0; q < layout.Streams; q++)
        {
            var (delta, kk, shift) = layout.Stream(q);
            var g = shifted ? (((-layout.Offset(q)) % layout.Block) + layout.Block) % layout.Block : 0;
            for (var p = 0; p < layout.Block; p++, g = g + 1 == layout.Block ? 0 : g + 1)
            {
                int o = channel[g], ci = o + delta;
                var ok = ci >= 0 && ci < layout.C && time[g] >= shift && time[g] - shift < layout.Len;
                pat[(q * layout.Block) + p] = ok ? w[(((o * layout.C) + ci) * layout.K) + kk] : 0f;
                valid[(q * layout.Block) + p] = ok ? uint.MaxValue : 0u;
            }
        }
    }

    /// <summary>Sizes of the flat-batch path: streams q = (δ + C − 1)·K + k in the reference's (c, k) order per output.</summary>
    private readonly struct FlatLayout
    {
        internal FlatLayout(int n, int c, int len, int k, int dilation, int padLeft)
        {
            (C, Len, K, Dilation, PadLeft) = (c, len, k, dilation, padLeft);
            Period = c * len;
            Block = CausalConv1dKernel.Block(Period);
            Streams = ((2 * c) - 1) * k;
            Total = n * Period;
            Rounded = (Total + Block - 1) / Block * Block;
            Margin = ((c - 1) * len) + Math.Max(padLeft, ((k - 1) * dilation) - padLeft) + 8;
            Padded = Rounded + (2 * Margin);
        }

        internal int C { get; }

        internal int Len { get; }

        internal int K { get; }

        internal int Dilation { get; }

        internal int PadLeft { get; }

        internal int Period { get; }

        internal int Block { get; }

        internal int Streams { get; }

        internal int Total { get; }

        internal int Rounded { get; }

        internal int Margin { get; }

        internal int Padded { get; }

        /// <summary>Stream q: channel offset δ, tap k and shift s = pl − k·d (output t reads input t − s; causal: s = (K − 1 − k)·d).</summary>
        internal (int Delta, int Tap, int Shift) Stream(int q) => ((q / K) - (C - 1), q % K, PadLeft - ((q % K) * Dilation));

        /// <summary>Input offset δ·L − s of stream q relative to the output position.</summary>
        internal int Offset(int q)
        {
            var (delta, _, shift) = Stream(q);
            return (delta * Len) - shift;
        }

        /// <summary>Output channel and time step of each position of one block, without a division per position.</summary>
        internal void Positions(int* channel, int* time)
        {
            int o = 0, t = 0;
            for (var p = 0; p < Block; p++)
            {
                channel[p] = o;
                time[p] = t;
                if (++t == Len)
                {
                    t = 0;
                    o = o + 1 == C ? 0 : o + 1;
                }
            }
        }

        /// <summary>Copies src into dst[Margin ..] with zero margins and a zero tail up to Rounded.</summary>
        internal void Pad(ReadOnlySpan<float> src, float[] dst)
        {
            dst.AsSpan(0, Margin).Clear();
            src.Slice(0, Total).CopyTo(dst.AsSpan(Margin));
            dst.AsSpan(Margin + Total, Padded - Margin - Total).Clear();
        }
    }
}

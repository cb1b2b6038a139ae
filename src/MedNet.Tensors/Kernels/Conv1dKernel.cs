// SPDX-License-Identifier: MIT
using System.Buffers;

namespace MedNet.Tensors.Kernels;

/// <summary>Grouped, dilated, strided 1-D convolution as im2col + <see cref="MatMulKernel"/> per sample and group.</summary>
/// <remarks>
/// out[n, g·Cog + o, t] = b[o'] + Σ_{c &lt; Cg} Σ_{k &lt; K} w[g·Cog + o, c, k] · x[n, g·Cg + c, t·s + k·d − pl] (zero outside [0, L)).
/// The column matrix col[c·K + k, t] holds those x values, so out_g = W_g · col. Backward: dW_g += dY_g · colᵀ,
/// dcol = W_gᵀ · dY_g scattered back (col2im). Samples are partitioned over threads; dW is summed over samples in order.
/// </remarks>
internal static class Conv1dKernel
{
    /// <summary>Below this many multiply-adds per sample and group, direct loops beat im2col + GEMM call overhead (DTAAD's 2-channel convolutions).</summary>
    private const int DirectThreshold = 4096;

    internal static bool IsSmall(Conv1dGeometry geo) => (long)geo.CoutG * geo.ColRows * geo.Lout < DirectThreshold;

    /// <summary>Stride 1, one group, C_in = C_out and output length = input length: the flat-batch streams of <see cref="CausalConv1dKernel"/> apply.</summary>
    internal static bool IsFlat(Conv1dGeometry geo) =>
        IsSmall(geo) && geo.Stride == 1 && geo.Groups == 1 && geo.Lout == geo.L && geo.PadLeft >= 0 && CausalConv1dKernel.FlatApplies(geo.Cin, geo.Cout, geo.L, geo.K);

    internal static void Forward(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y)
    {
        if (IsFlat(geo))
        {
            unsafe
            {
                fixed (float* pw = w)
                {
                    CausalConv1dKernel.ForwardFlat(x, pw, bias, y, geo.N, geo.Cin, geo.L, geo.K, geo.Dilation, geo.PadLeft);
                }
            }

            return;
        }

        if (DepthwiseConv1dKernel.Applies(geo))
        {
            DepthwiseConv1dKernel.Forward(geo, x, w, bias, y);
            return;
        }

        if (IsSmall(geo))
        {
            Conv1dKernelReference.Forward(geo, x, w, bias, y);
            return;
        }

        if (DirectConv1dKernel.Applies(geo))
        {
            DirectConv1dKernel.Forward(geo, x, w, bias, y);
            return;
        }

        var lout = geo.Lout;
        unsafe
        {
            fixed (float* px = x, pw = w, pb = bias, py = y)
            {
                var (ax, aw, ab, ay, hasBias, wLen) = ((nint)px, (nint)pw, (nint)pb, (nint)py, !bias.IsEmpty, w.Length);
                Threading.For(geo.N, (long)geo.Cout * geo.ColRows * lout, (start, end) =>
                {
                    var col = ArrayPool<float>.Shared.Rent(geo.ColRows * lout);
                    try
                    {
                        var xs = new ReadOnlySpan<float>((float*)ax, geo.N * geo.Cin * geo.L);
                        var ws = new ReadOnlySpan<float>((float*)aw, wLen);
                        var ys = new Span<float>((float*)ay, geo.N * geo.Cout * lout);
                        for (var n = start; n < end; n++)
                        {
                            for (var g = 0; g < geo.Groups; g++)
                            {
                                Im2Col(geo, xs.Slice(((n * geo.Cin) + (g * geo.Cg)) * geo.L, geo.Cg * geo.L), col);
                                var yg = ys.Slice(((n * geo.Cout) + (g * geo.CoutG)) * lout, geo.CoutG * lout);
                                MatMulKernel.Gemm(ws.Slice(g * geo.CoutG * geo.ColRows), geo.ColRows, 1, col, lout, 1, yg, geo.CoutG, lout, geo.ColRows, false);
                                if (hasBias)
                                {
                                    for (var o = 0; o < geo.CoutG; o++)
                                    {
                                        System.Numerics.Tensors.TensorPrimitives.Add(yg.Slice(o * lout, lout), ((float*)ab)[(g * geo.CoutG) + o], yg.Slice(o * lout, lout));
                                    }
                                }
                            }
                        }
                    }
                    finally
                    {
                        ArrayPool<float>.Shared.Return(col);
                    }
                });
            }
        }
    }

    /// <summary>dx = col2im(W_gᵀ · dY_g) per sample and group (overwrites dx).</summary>
    internal static void BackwardInput(Conv1dGeometry geo, ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx)
    {
        if (IsFlat(geo))
        {
            unsafe
            {
                fixed (float* pw = w)
                {
                    CausalConv1dKernel.BackwardInputFlat(dy, pw, dx, geo.N, geo.Cin, geo.L, geo.K, geo.Dilation, geo.PadLeft);
                }
            }

            return;
        }

        if (DepthwiseConv1dKernel.Applies(geo))
        {
            DepthwiseConv1dKernel.BackwardInput(geo, dy, w, dx);
            return;
        }

        if (IsSmall(geo))
        {
            Conv1dKernelReference.BackwardInput(geo, dy, w, dx);
            return;
        }

        if (DirectConv1dKernel.Applies(geo))
        {
            DirectConv1dKernel.BackwardInput(geo, dy, w, dx);
            return;
        }

        var lout = geo.Lout;
        unsafe
        {
            fixed (float* pdy = dy, pw = w, pdx = dx)
            {
                var (ady, aw, adx, wLen) = ((nint)pdy, (nint)pw, (nint)pdx, w.Length);
                Threading.For(geo.N, (long)geo.Cout * geo.ColRows * lout, (start, end) =>
                {
                    var col = ArrayPool<float>.Shared.Rent(geo.ColRows * lout);
                    try
                    {
                        var dys = new ReadOnlySpan<float>((float*)ady, geo.N * geo.Cout * lout);
                        var ws = new ReadOnlySpan<float>((float*)aw, wLen);
                        var dxs = new Span<float>((float*)adx, geo.N * geo.Cin * geo.L);
                        for (var n = start; n < end; n++)
                        {
                            dxs.Slice(n * geo.Cin * geo.L, geo.Cin * geo.L).Clear();
                            for (var g = 0; g < geo.Groups; g++)
                            {
                                var dyg = dys.Slice(((n * geo.Cout) + (g * geo.CoutG)) * lout, geo.CoutG * lout);
                                // dcol (ColRows, Lout) = W_gᵀ (ColRows, CoutG) · dY_g (CoutG, Lout).
                                MatMulKernel.Gemm(ws.Slice(g * geo.CoutG * geo.ColRows), 1, geo.ColRows, dyg, lout, 1, col, geo.ColRows, lout, geo.CoutG, false);
                                Col2Im(geo, col, dxs.Slice(((n * geo.Cin) + (g * geo.Cg)) * geo.L, geo.Cg * geo.L));
                            }
                        }
                    }
                    finally
                    {
                        ArrayPool<float>.Shared.Return(col);
                    }
                });
            }
        }
    }

    /// <summary>dW += Σ_n dY_g · col_nᵀ and db += Σ_{n,t} dY (samples in order, so the sum is deterministic).</summary>
    internal static void BackwardWeight(Conv1dGeometry geo, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dw, Span<float> db)
    {
        if (IsFlat(geo))
        {
            // The flat kernel overwrites; this contract adds.
            Span<float> tw = stackalloc float[dw.IsEmpty ? 0 : dw.Length];
            Span<float> tb = stackalloc float[db.IsEmpty ? 0 : db.Length];
            var scratch = dw.IsEmpty ? new float[geo.Cout * geo.Cin * geo.K] : null;
            CausalConv1dKernel.BackwardWeightFlat(x, dy, dw.IsEmpty ? scratch : tw, tb, geo.N, geo.Cin, geo.L, geo.K, geo.Dilation, geo.PadLeft);
            System.Numerics.Tensors.TensorPrimitives.Add(dw, tw, dw);
            System.Numerics.Tensors.TensorPrimitives.Add(db, tb, db);
            return;
        }

        if (DepthwiseConv1dKernel.Applies(geo))
        {
            DepthwiseConv1dKernel.BackwardWeight(geo, x, dy, dw, db);
            return;
        }

        if (IsSmall(geo))
        {
            Conv1dKernelReference.BackwardWeight(geo, x, dy, dw, db);
            return;
        }

        if (ConvWeightGradKernel.Applies(geo))
        {
            ConvWeightGradKernel.Run(geo, x, dy, dw, db);
            return;
        }

        var lout = geo.Lout;
        var col = ArrayPool<float>.Shared.Rent(geo.ColRows * lout);
        try
        {
            for (var n = 0; n < geo.N; n++)
            {
                for (var g = 0; g < geo.Groups; g++)
                {
                    var dyg = dy.Slice(((n * geo.Cout) + (g * geo.CoutG)) * lout, geo.CoutG * lout);
                    if (!dw.IsEmpty)
                    {
                        Im2Col(geo, x.Slice(((n * geo.Cin) + (g * geo.Cg)) * geo.L, geo.Cg * geo.L), col);
                        MatMulKernel.Gemm(dyg, lout, 1, col, 1, lout, dw.Slice(g * geo.CoutG * geo.ColRows, geo.CoutG * geo.ColRows), geo.CoutG, geo.ColRows, lout, true);
                    }

                    if (!db.IsEmpty)
                    {
                        for (var o = 0; o < geo.CoutG; o++)
                        {
                            db[(g * geo.CoutG) + o] += System.Numerics.Tensors.TensorPrimitives.Sum(dyg.Slice(o * lout, lout));
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(col);
        }
    }

    /// <summary>col[c·K + k, t] = x[c, t·s + k·d − pl] or 0 outside the signal.</summary>
    internal static void Im2Col(Conv1dGeometry geo, ReadOnlySpan<float> xg, Span<float> col)
    {
        var lout = geo.Lout;
        for (var c = 0; c < geo.Cg; c++)
        {
            var xc = xg.Slice(c * geo.L, geo.L);
            for (var k = 0; k < geo.K; k++)
            {
                var row = col.Slice(((c * geo.K) + k) * lout, lout);
                var offset = (k * geo.Dilation) - geo.PadLeft;
                if (geo.Stride == 1 && offset >= 0 && offset + lout <= geo.L)
                {
                    xc.Slice(offset, lout).CopyTo(row);
                    continue;
                }

                for (var t = 0; t < lout; t++)
                {
                    var src = (t * geo.Stride) + offset;
                    row[t] = (uint)src < (uint)geo.L ? xc[src] : 0f;
                }
            }
        }
    }

    /// <summary>Adds col back into x: x[c, t·s + k·d − pl] += col[c·K + k, t] (the adjoint of <see cref="Im2Col"/>).</summary>
    internal static void Col2Im(Conv1dGeometry geo, ReadOnlySpan<float> col, Span<float> xg)
    {
        var lout = geo.Lout;
        for (var c = 0; c < geo.Cg; c++)
        {
            var xc = xg.Slice(c * geo.L, geo.L);
            for (var k = 0; k < geo.K; k++)
            {
                var row = col.Slice(((c * geo.K) + k) * lout, lout);
                var offset = (k * geo.Dilation) - geo.PadLeft;
                for (var t = 0; t < lout; t++)
                {
                    var dst = (t * geo.Stride) + offset;
                    if ((uint)dst < (uint)geo.L)
                    {
                        xc[dst] += row[t];
                    }
                }
            }
        }
    }
}

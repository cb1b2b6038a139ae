// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>One LSTM layer (all directions) as one tape node; see <see cref="LstmKernel"/> for the equations.</summary>
/// <remarks>
/// Forward: one GEMM projects every time step of both directions (x·[W_ih⁰; W_ih¹]ᵀ + b_ih + b_hh), then each direction runs
/// its recurrence (on its own thread when two are available; each direction's arithmetic is the same either way).
/// Backward: the fused backward through time gives the gate-input gradients dz of every step, then three GEMMs give
/// dx = dz·W_ih, dW_ih = dzᵀ·x and dW_hh = dzᵀ·h_prev, and the biases take the column sums of dz. The gates, cells and
/// previous hidden states live in pooled buffers owned by the node and go back after backward.
/// h_n and c_n are outputs of the same node: their gradients are handed to it before it runs (they depend on the output tensor).
/// </remarks>
internal static class LstmLayer
{
    /// <summary>Runs the layer.</summary>
    /// <param name="x">(N, L, F) if batch-first, else (L, N, F).</param>
    /// <param name="weights">Per direction (w_ih (4H, F), w_hh (4H, H), b_ih, b_hh) with the biases optional.</param>
    /// <param name="h0">(D, N, H) or null for zeros.</param>
    /// <param name="c0">(D, N, H) or null for zeros.</param>
    /// <param name="batchFirst">Layout of x and the output.</param>
    /// <param name="hidden">H.</param>
    /// <returns>Output (…, D·H) in x's layout, h_n and c_n (D, N, H).</returns>
    internal static (Tensor Output, Tensor HN, Tensor CN) Apply(Tensor x, Tensor[][] weights, Tensor? h0, Tensor? c0, bool batchFirst, int hidden)
    {
        var d = weights.Length;
        int n = batchFirst ? x.Dims[0] : x.Dims[1], l = batchFirst ? x.Dims[1] : x.Dims[0], f = x.Dims[2];
        var shape = LstmShape.Of(batchFirst, n, l, hidden, d);
        int g4 = 4 * hidden, gw = shape.G, rows = shape.Rows;
        var inputs = new List<Tensor> { x };
        var wcat = ArrayPool<float>.Shared.Rent(gw * f);
        var bias = new float[gw];
        for (var dir = 0; dir < d; dir++)
        {
            var w = weights[dir];
            inputs.AddRange(w);
            w[0].Span.CopyTo(wcat.AsSpan(dir * g4 * f, g4 * f));
            if (w.Length == 4)
            {
                TensorPrimitives.Add(w[2].Span, w[3].Span, bias.AsSpan(dir * g4, g4));
            }
        }

        if (h0 is not null)
        {
            inputs.Add(h0);
        }

        if (c0 is not null)
        {
            inputs.Add(c0);
        }

        var needsGrad = Engine.NeedsGrad([.. inputs]);
        var gates = ArrayPool<float>.Shared.Rent(Math.Max(rows * gw, 1));
        var cells = needsGrad ? ArrayPool<float>.Shared.Rent(Math.Max(rows * shape.DH, 1)) : null;
        var hPrev = needsGrad ? ArrayPool<float>.Shared.Rent(Math.Max(rows * shape.DH, 1)) : null;
        // The kernel's buffers are step-major (row t·N + n); a batch-first input is copied into that order once (N = 1 already is).
        var xs = batchFirst && n > 1 ? ArrayPool<float>.Shared.Rent(Math.Max(rows * f, 1)) : null;
        if (xs is not null)
        {
            StepMajor(x.Span, xs, n, l, f, toStepMajor: true);
        }

        var xSteps = xs is null ? x.Span : xs.AsSpan(0, rows * f);
        MatMulKernel.Gemm(xSteps, f, 1, wcat.AsSpan(0, gw * f), 1, f, gates.AsSpan(0, rows * gw), rows, gw, f, accumulate: false);
        for (var r = 0; r < rows; r++)
        {
            var row = gates.AsSpan(r * gw, gw);
            TensorPrimitives.Add(row, bias, row);
        }

        var output = Tensor.Empty(batchFirst ? [n, l, shape.DH] : [l, n, shape.DH]);
        var hN = Tensor.Empty([d, n, hidden]);
        var cN = Tensor.Empty([d, n, hidden]);
        var packed = new float[d][];
        for (var dir = 0; dir < d; dir++)
        {
            packed[dir] = LstmKernel.UsesMatVec(n, hidden)
                ? PlainTransposed(weights[dir][1].Span, g4, hidden) // row p = column p of W_hh
                : MatMulKernel.PackRight(weights[dir][1].Span, 1, hidden, g4, hidden); // B(p, j) = W_hh[j, p]
        }

        unsafe
        {
            fixed (float* pg = gates, ph0 = h0?.Data, pc0 = c0?.Data, po = output.Data, pc = cells, pp = hPrev, phn = hN.Data, pcn = cN.Data)
            {
                var (ag, ah0, ac0, ao, ac, ap, ahn, acn) = ((nint)pg, (nint)ph0, (nint)pc0, (nint)po, (nint)pc, (nint)pp, (nint)phn, (nint)pcn);
                var stride = (long)n * hidden;
                Directions(d, (long)rows * gw * hidden, dir =>
                    LstmKernel.Forward(
                        shape,
                        dir,
                        (float*)ag,
                        packed[dir],
                        ah0 == 0 ? null : (float*)ah0 + (dir * stride),
                        ac0 == 0 ? null : (float*)ac0 + (dir * stride),
                        (float*)ao,
                        (float*)ac,
                        (float*)ap,
                        (float*)ahn + (dir * stride),
                        (float*)acn + (dir * stride)));
            }
        }

        foreach (var p in packed)
        {
            MatMulKernel.ReturnPacked(p);
        }

        if (!needsGrad)
        {
            ArrayPool<float>.Shared.Return(gates);
            ArrayPool<float>.Shared.Return(wcat);
            if (xs is not null)
            {
                ArrayPool<float>.Shared.Return(xs);
            }

            return (output, hN, cN);
        }

        var state = new State(gates, cells!, hPrev!, wcat, xs);
        Engine.Record(output, "LstmBackward", g => Backward(state, g, x, weights, h0, c0, shape), [.. inputs]);
        Engine.Record(hN, "LstmHnBackward", g => state.Hand(output, g, cell: false), output);
        Engine.Record(cN, "LstmCnBackward", g => state.Hand(output, g, cell: true), output);
        return (output, hN, cN);
    }

    private static void Backward(State state, Tensor g, Tensor x, Tensor[][] weights, Tensor? h0, Tensor? c0, LstmShape shape)
    {
        if (state.Freed)
        {
            throw new InvalidOperationException("backward: expected the LSTM graph to be alive but it was already freed. Pass retain_graph: true to the first backward.");
        }

        int d = shape.D, hidden = shape.H, g4 = 4 * hidden, gw = shape.G, rows = shape.Rows, f = x.Dims[2], n = shape.N;
        var dh = state.GradHN?.CloneData() ?? Tensor.Zeros([d, n, hidden]);
        var dc = state.GradCN?.CloneData() ?? Tensor.Zeros([d, n, hidden]);
        state.GradHN = state.GradCN = null;
        var dz = ArrayPool<float>.Shared.Rent(Math.Max(rows * gw, 1));
        var packed = new float[d][];
        for (var dir = 0; dir < d; dir++)
        {
            packed[dir] = MatMulKernel.PackRight(weights[dir][1].Span, hidden, 1, hidden, g4); // B(p, j) = W_hh[p, j]
        }

        unsafe
        {
            fixed (float* pg = state.Gates, pc = state.Cells, pc0 = c0?.Data, pd = g.Data, pdh = dh.Data, pdc = dc.Data, pz = dz)
            {
                var (ag, ac, ac0, ad, adh, adc, az) = ((nint)pg, (nint)pc, (nint)pc0, (nint)pd, (nint)pdh, (nint)pdc, (nint)pz);
                var stride = (long)n * hidden;
                Directions(d, (long)rows * gw * hidden, dir =>
                    LstmKernel.Backward(
                        shape,
                        dir,
                        (float*)ag,
                        (float*)ac,
                        ac0 == 0 ? null : (float*)ac0 + (dir * stride),
                        packed[dir],
                        (float*)ad,
                        (float*)adh + (dir * stride),
                        (float*)adc + (dir * stride),
                        (float*)az));
            }
        }

        foreach (var p in packed)
        {
            MatMulKernel.ReturnPacked(p);
        }

        var dzSpan = dz.AsSpan(0, rows * gw);
        if (x.RequiresGradFlag)
        {
            var dx = Tensor.Empty(x.Dims);
            var dxs = state.Steps is null ? null : ArrayPool<float>.Shared.Rent(rows * f);
            MatMulKernel.Gemm(dzSpan, gw, 1, state.Wcat.AsSpan(0, gw * f), f, 1, dxs is null ? dx.Span : dxs.AsSpan(0, rows * f), rows, f, gw, accumulate: false);
            if (dxs is not null)
            {
                StepMajor(dx.Span, dxs, n, shape.L, f, toStepMajor: false);
                ArrayPool<float>.Shared.Return(dxs);
            }

            Engine.Accumulate(x, dx);
        }

        // dW_ih and dW_hh as their transposes xᵀ·dz and h_prevᵀ·dz: the long k = rows dimension then runs along contiguous
        // rows of dz instead of down its columns.
        var dwt = ArrayPool<float>.Shared.Rent(Math.Max(f, hidden) * gw);
        MatMulKernel.Gemm(state.Steps is null ? x.Span : state.Steps.AsSpan(0, rows * f), 1, f, dzSpan, gw, 1, dwt.AsSpan(0, f * gw), f, gw, rows, accumulate: false);
        for (var dir = 0; dir < d; dir++)
        {
            var dwih = Tensor.Empty([g4, f]);
            Transpose(dwt.AsSpan(dir * g4), gw, dwih.Span, f, g4);
            Engine.Accumulate(weights[dir][0], dwih);
        }

        for (var dir = 0; dir < d; dir++)
        {
            var w = weights[dir];
            MatMulKernel.Gemm(state.HPrev.AsSpan(dir * hidden, (rows * shape.DH) - (dir * hidden)), 1, shape.DH, dzSpan.Slice(dir * g4), gw, 1, dwt.AsSpan(0, hidden * g4), hidden, g4, rows, accumulate: false);
            var dwhh = Tensor.Empty([g4, hidden]);
            Transpose(dwt, g4, dwhh.Span, hidden, g4);
            Engine.Accumulate(w[1], dwhh);
            if (w.Length == 4)
            {
                var db = Tensor.Zeros([g4]);
                for (var r = 0; r < rows; r++)
                {
                    TensorPrimitives.Add(db.Span, dzSpan.Slice((r * gw) + (dir * g4), g4), db.Span);
                }

                Engine.Accumulate(w[2], db);
                Engine.Accumulate(w[3], db);
            }
        }

        ArrayPool<float>.Shared.Return(dwt);
        ArrayPool<float>.Shared.Return(dz);
        if (h0 is not null)
        {
            Engine.Accumulate(h0, dh);
        }

        if (c0 is not null)
        {
            Engine.Accumulate(c0, dc);
        }

        if (!Engine.RetainingGraph)
        {
            state.Release();
        }
    }

    /// <summary>Copies (N, L, F) rows into step-major (L, N, F) order, or back.</summary>
    private static void StepMajor(Span<float> native, float[] steps, int n, int l, int f, bool toStepMajor)
    {
        for (var b = 0; b < n; b++)
        {
            for (var t = 0; t < l; t++)
            {
                var nat = native.Slice(((b * l) + t) * f, f);
                var st = steps.AsSpan(((t * n) + b) * f, f);
                if (toStepMajor)
                {
                    nat.CopyTo(st);
                }
                else
                {
                    st.CopyTo(nat);
                }
            }
        }
    }

    /// <summary>dst[i, j] = src[j·lds + i] for i &lt; rows, j &lt; cols (dst rows × cols, row-major).</summary>
    private static void Transpose(ReadOnlySpan<float> src, int lds, Span<float> dst, int cols, int rows)
    {
        for (var j = 0; j < cols; j++)
        {
            var from = src.Slice(j * lds, rows);
            for (var i = 0; i < rows; i++)
            {
                dst[(i * cols) + j] = from[i];
            }
        }
    }

    /// <summary>W_hhᵀ (H × 4H) row-major in a pooled buffer (given back like a packed one): the fused small-batch path reads it row by row.</summary>
    private static float[] PlainTransposed(ReadOnlySpan<float> whh, int g4, int hidden)
    {
        var dst = ArrayPool<float>.Shared.Rent(g4 * hidden);
        Transpose(whh, hidden, dst.AsSpan(0, g4 * hidden), g4, hidden);
        return dst;
    }

    /// <summary>Runs body(dir) for each direction, the two directions on two threads when the thread setting allows.</summary>
    private static void Directions(int d, long cost, Action<int> body) => Threading.For(d, cost, (start, end) =>
    {
        for (var dir = start; dir < end; dir++)
        {
            body(dir);
        }
    });

    /// <summary>The node's pooled buffers and the gradients of h_n and c_n handed over before it runs.</summary>
    private sealed class State(float[] gates, float[] cells, float[] hPrev, float[] wcat, float[]? steps)
    {
        /// <summary>The batch-first input in step-major order, or null when the input already is.</summary>
        internal float[]? Steps { get; } = steps;

        internal float[] Wcat { get; } = wcat;

        internal float[] Gates { get; } = gates;

        internal float[] Cells { get; } = cells;

        internal float[] HPrev { get; } = hPrev;

        internal Tensor? GradHN { get; set; }

        internal Tensor? GradCN { get; set; }

        internal bool Freed { get; private set; }

        /// <summary>Keeps the gradient of h_n or c_n for the layer's node and makes sure that node runs (with a zero output gradient if the output itself is unused).</summary>
        internal void Hand(Tensor output, Tensor grad, bool cell)
        {
            if (cell)
            {
                GradCN = grad;
            }
            else
            {
                GradHN = grad;
            }

            if (output.PendingGrad is null)
            {
                Engine.AccumulateInto(output, static _ => { });
            }
        }

        internal void Release()
        {
            ArrayPool<float>.Shared.Return(Gates);
            ArrayPool<float>.Shared.Return(Cells);
            ArrayPool<float>.Shared.Return(HPrev);
            ArrayPool<float>.Shared.Return(Wcat);
            if (Steps is not null)
            {
                ArrayPool<float>.Shared.Return(Steps);
            }

            Freed = true;
        }
    }
}

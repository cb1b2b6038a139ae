// SPDX-License-Identifier: MIT
using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>One LSTM layer's recurrence with fused gates, forward and backward through time, one direction per call.</summary>
/// <remarks>
/// σ and tanh are computed from the Cephes exponential of <see cref="SoftmaxRows"/> (absolute error a few 1e-8).
/// Source: torch.nn.LSTM's equations (gate order i, f, g, o): z = x·W_ihᵀ + b_ih + b_hh + h·W_hhᵀ; i, f, o = σ(z_i, z_f, z_o),
/// g = tanh(z_g); c' = f·c + i·g; h' = o·tanh(c'). The input projection of every step is computed before (one GEMM for
/// both directions) into the gate buffer, which this kernel turns in place into the activated gates. Each step is one
/// recurrent GEMM against W_hhᵀ packed once, then one pass over the rows. Backward per step: dh = dout + dh_rec,
/// do = dh·tanh(c')·o(1 − o), dc = dc_next + dh·o·(1 − tanh²c'), di = dc·g·i(1 − i), df = dc·c·f(1 − f), dg = dc·i·(1 − g²),
/// dc_prev = dc·f, dh_rec = dz·W_hh. The kernel's own buffers (gates, cells, previous h, dz) are step-major, row t·N + n,
/// so each step's rows are contiguous; the output and its gradient are read and written in the caller's layout
/// (row <see cref="LstmShape.Row"/>). Every output is computed in a fixed order on one thread.
/// </remarks>
internal static unsafe class LstmKernel
{
    /// <summary>Runs one direction forward.</summary>
    /// <param name="g">Shape and row mapping.</param>
    /// <param name="dir">0 forward in time, 1 reverse.</param>
    /// <param name="gates">(rows, D·4H), step-major: the input projections on entry, the activated gates [i f g o] of this direction on exit.</param>
    /// <param name="whh">
    /// W_hhᵀ (H × 4H): packed by <see cref="MatMulKernel.PackRight"/>, or plain row-major (row p = column p of W_hh) when
    /// <see cref="UsesMatVec"/> holds for this shape.
    /// </param>
    /// <param name="h0">Initial h (N × H) or null for zeros.</param>
    /// <param name="c0">Initial c (N × H) or null for zeros.</param>
    /// <param name="output">(rows, D·H) in the caller's layout: h of every step in this direction's columns.</param>
    /// <param name="cells">(rows, D·H), step-major: c of every step (for backward), or null.</param>
    /// <param name="hPrev">(rows, D·H), step-major: the h each step started from (for backward), or null.</param>
    /// <param name="hN">Final h (N × H).</param>
    /// <param name="cN">Final c (N × H).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Forward(LstmShape g, int dir, float* gates, float[] whh, float* h0, float* c0, float* output, float* cells, float* hPrev, float* hN, float* cN)
    {
        int n = g.N, h = g.H, h4 = 4 * h;
        var rec = ArrayPool<float>.Shared.Rent(n * h4);
        var hCur = new Span<float>(hN, n * h);
        var cCur = new Span<float>(cN, n * h);
        if (h0 is null)
        {
            hCur.Clear();
        }
        else
        {
            new ReadOnlySpan<float>(h0, n * h).CopyTo(hCur);
        }

        if (c0 is null)
        {
            cCur.Clear();
        }
        else
        {
            new ReadOnlySpan<float>(c0, n * h).CopyTo(cCur);
        }

        if (UsesMatVec(n, h))
        {
            ArrayPool<float>.Shared.Return(rec);
            fixed (float* pw = whh)
            {
                ForwardMatVec(g, dir, gates, pw, hN, cN, output, cells, hPrev);
            }

            return;
        }

        fixed (float* pRec = rec, pc = cCur, ph = hCur)
        {
            for (var s = 0; s < g.L; s++)
            {
                var t = dir == 0 ? s : g.L - 1 - s;
                MatMulKernel.GemmPrepacked(hCur, h, 1, whh, rec.AsSpan(0, n * h4), n, h4, h, accumulate: false);
                for (var b = 0; b < n; b++)
                {
                    var row = ((long)t * n) + b;
                    var at = (row * g.DH) + (dir * h);
                    GateForward(
                        gates + (row * g.G) + (dir * h4),
                        pRec + (b * h4),
                        pc + (b * h),
                        ph + (b * h),
                        output + (g.Row(t, b) * g.DH) + (dir * h),
                        cells is null ? null : cells + at,
                        hPrev is null ? null : hPrev + at,
                        h);
                }
            }
        }

        ArrayPool<float>.Shared.Return(rec);
    }

    /// <summary>
    /// Whether <see cref="Forward"/> takes the fused per-row path: a small batch (N ≤ 4, e.g. batch-1 inference) and H a
    /// multiple of 8. Each step then reads W_hhᵀ (plain H × 4H) once per row straight into the gate accumulators, which
    /// start from the input projections, and activates them in registers: no GEMM call, no recurrent buffer.
    /// </summary>
    internal static bool UsesMatVec(int n, int h) => n <= 4 && h % 8 == 0;

    /// <summary>
    /// The fused path of <see cref="Forward"/>: per step and row, z_u += Σ_k h_k·W_hhᵀ[k, u] for the four gates of 16 (or 8)
    /// hidden units at a time (one FMA chain per output over k ascending, starting from the input projection), then the
    /// gates and the new c and h of those units (32 at a time where AVX-512 gives 32 vector registers; the chains are the same
    /// either way); the new h goes to a second buffer so the step reads only the old one.
    /// </summary>
    private static void ForwardMatVec(LstmShape g, int dir, float* gates, float* whhT, float* hN, float* cN, float* output, float* cells, float* hPrev)
    {
        int n = g.N, h = g.H, h4 = 4 * h;
        var next = stackalloc float[h];
        for (var s = 0; s < g.L; s++)
        {
            var t = dir == 0 ? s : g.L - 1 - s;
            for (var b = 0; b < n; b++)
            {
                var row = ((long)t * n) + b;
                var at = (row * g.DH) + (dir * h);
                var z = gates + (row * g.G) + (dir * h4);
                var hOld = hN + (b * h);
                var c = cN + (b * h);
                if (hPrev is not null)
                {
                    new ReadOnlySpan<float>(hOld, h).CopyTo(new Span<float>(hPrev + at, h));
                }

                var u = 0;
                if (Avx512F.VL.IsSupported)
                {
                    // 32 vector registers: 16 accumulators, half the passes over h.
                    for (; u + 32 <= h; u += 32)
                    {
                        StepUnits32(z + u, h, whhT + u, h4, hOld, c + u, next + u, cells is null ? null : cells + at + u);
                    }
                }

                for (; u + 16 <= h; u += 16)
                {
                    StepUnits16(z + u, h, whhT + u, h4, hOld, c + u, next + u, cells is null ? null : cells + at + u);
                }

                for (; u < h; u += 8)
                {
                    StepUnits8(z + u, h, whhT + u, h4, hOld, c + u, next + u, cells is null ? null : cells + at + u);
                }

                var hNew = new ReadOnlySpan<float>(next, h);
                hNew.CopyTo(new Span<float>(hOld, h));
                hNew.CopyTo(new Span<float>(output + (g.Row(t, b) * g.DH) + (dir * h), h));
            }
        }
    }

    /// <summary>Sixteen hidden units of one step: 8 accumulators (4 gates × 2 vectors) over k, then the gates, c and h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StepUnits16(float* z, int h, float* w, int h4, float* hOld, float* c, float* hNew, float* cellStore)
    {
        var (i0, i1) = (Vector256.Load(z), Vector256.Load(z + 8));
        var (f0, f1) = (Vector256.Load(z + h), Vector256.Load(z + h + 8));
        var (g0, g1) = (Vector256.Load(z + (2 * h)), Vector256.Load(z + (2 * h) + 8));
        var (o0, o1) = (Vector256.Load(z + (3 * h)), Vector256.Load(z + (3 * h) + 8));
        for (var k = 0; k < h; k++)
        {
            var x = Vector256.Create(hOld[k]);
            i0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w), i0);
            i1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + 8), i1);
            f0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + h), f0);
            f1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + h + 8), f1);
            g0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (2 * h)), g0);
            g1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (2 * h) + 8), g1);
            o0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (3 * h)), o0);
            o1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (3 * h) + 8), o1);
            w += h4;
        }

        Activate(z, h, i0, f0, g0, o0, c, hNew, cellStore);
        Activate(z + 8, h, i1, f1, g1, o1, c + 8, hNew + 8, cellStore is null ? null : cellStore + 8);
    }

    /// <summary>Thirty-two hidden units of one step: 16 accumulators (4 gates × 4 vectors), for machines with 32 vector registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StepUnits32(float* z, int h, float* w, int h4, float* hOld, float* c, float* hNew, float* cellStore)
    {
        var (i0, i1, i2, i3) = (Vector256.Load(z), Vector256.Load(z + 8), Vector256.Load(z + 16), Vector256.Load(z + 24));
        var zf = z + h;
        var (f0, f1, f2, f3) = (Vector256.Load(zf), Vector256.Load(zf + 8), Vector256.Load(zf + 16), Vector256.Load(zf + 24));
        var zg = zf + h;
        var (g0, g1, g2, g3) = (Vector256.Load(zg), Vector256.Load(zg + 8), Vector256.Load(zg + 16), Vector256.Load(zg + 24));
        var zo = zg + h;
        var (o0, o1, o2, o3) = (Vector256.Load(zo), Vector256.Load(zo + 8), Vector256.Load(zo + 16), Vector256.Load(zo + 24));
        for (var k = 0; k < h; k++)
        {
            var x = Vector256.Create(hOld[k]);
            var wf = w + h;
            var wg = wf + h;
            var wo = wg + h;
            i0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w), i0);
            i1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + 8), i1);
            i2 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + 16), i2);
            i3 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + 24), i3);
            f0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wf), f0);
            f1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wf + 8), f1);
            f2 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wf + 16), f2);
            f3 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wf + 24), f3);
            g0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wg), g0);
            g1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wg + 8), g1);
            g2 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wg + 16), g2);
            g3 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wg + 24), g3);
            o0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wo), o0);
            o1 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wo + 8), o1);
            o2 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wo + 16), o2);
            o3 = Vector256.FusedMultiplyAdd(x, Vector256.Load(wo + 24), o3);
            w += h4;
        }

        Activate(z, h, i0, f0, g0, o0, c, hNew, cellStore);
        Activate(z + 8, h, i1, f1, g1, o1, c + 8, hNew + 8, cellStore is null ? null : cellStore + 8);
        Activate(z + 16, h, i2, f2, g2, o2, c + 16, hNew + 16, cellStore is null ? null : cellStore + 16);
        Activate(z + 24, h, i3, f3, g3, o3, c + 24, hNew + 24, cellStore is null ? null : cellStore + 24);
    }

    /// <summary>Eight hidden units of one step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StepUnits8(float* z, int h, float* w, int h4, float* hOld, float* c, float* hNew, float* cellStore)
    {
        var i0 = Vector256.Load(z);
        var f0 = Vector256.Load(z + h);
        var g0 = Vector256.Load(z + (2 * h));
        var o0 = Vector256.Load(z + (3 * h));
        for (var k = 0; k < h; k++)
        {
            var x = Vector256.Create(hOld[k]);
            i0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w), i0);
            f0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + h), f0);
            g0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (2 * h)), g0);
            o0 = Vector256.FusedMultiplyAdd(x, Vector256.Load(w + (3 * h)), o0);
            w += h4;
        }

        Activate(z, h, i0, f0, g0, o0, c, hNew, cellStore);
    }

    /// <summary>Eight units: activates the gate inputs, stores the gates into z, steps c (and its copy for backward) and writes h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Activate(float* z, int h, Vector256<float> zi, Vector256<float> zf, Vector256<float> zg, Vector256<float> zo, float* c, float* hNew, float* cellStore)
    {
        var i = Sigmoid(zi);
        var f = Sigmoid(zf);
        var gg = Tanh(zg);
        var o = Sigmoid(zo);
        i.Store(z);
        f.Store(z + h);
        gg.Store(z + (2 * h));
        o.Store(z + (3 * h));
        var cv = Vector256.FusedMultiplyAdd(i, gg, f * Vector256.Load(c));
        cv.Store(c);
        if (cellStore is not null)
        {
            cv.Store(cellStore);
        }

        (o * Tanh(cv)).Store(hNew);
    }

    /// <summary>Runs one direction backward through time; writes dz into <paramref name="dz"/> (this direction's columns of (rows, D·4H)).</summary>
    /// <param name="g">Shape and row mapping.</param>
    /// <param name="dir">0 forward in time, 1 reverse.</param>
    /// <param name="gates">Activated gates from <see cref="Forward"/>.</param>
    /// <param name="cells">c of every step.</param>
    /// <param name="c0">Initial c or null for zeros.</param>
    /// <param name="whhRows">W_hh (4H × H) packed by <see cref="MatMulKernel.PackRight"/>.</param>
    /// <param name="dout">(rows, D·H) gradient of the output in the caller's layout, or null for zeros.</param>
    /// <param name="dh">On entry the gradient of h_N (N × H); on exit that of h_0.</param>
    /// <param name="dc">On entry the gradient of c_N; on exit that of c_0.</param>
    /// <param name="dz">(rows, D·4H), step-major: gate-input gradients.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Backward(LstmShape g, int dir, float* gates, float* cells, float* c0, float[] whhRows, float* dout, float* dh, float* dc, float* dz)
    {
        int n = g.N, h = g.H, h4 = 4 * h;
        var dhSpan = new Span<float>(dh, n * h);
        for (var s = g.L - 1; s >= 0; s--)
        {
            var t = dir == 0 ? s : g.L - 1 - s;
            var tPrev = dir == 0 ? t - 1 : t + 1;
            for (var b = 0; b < n; b++)
            {
                var row = ((long)t * n) + b;
                var at = (row * g.DH) + (dir * h);
                var cPrev = s == 0 ? c0 is null ? null : c0 + (b * h) : cells + ((((long)tPrev * n) + b) * g.DH) + (dir * h);
                var dOut = dout is null ? null : dout + (g.Row(t, b) * g.DH) + (dir * h);
                GateBackward(gates + (row * g.G) + (dir * h4), cells + at, cPrev, dOut, dh + (b * h), dc + (b * h), dz + (row * g.G) + (dir * h4), h);
            }

            // dh_rec = dz_t · W_hh, the rows of step t read in place (row stride D·4H).
            var a = new ReadOnlySpan<float>(dz + ((long)t * n * g.G) + (dir * h4), ((n - 1) * g.G) + h4);
            MatMulKernel.GemmPrepacked(a, g.G, 1, whhRows, dhSpan, n, h, h4, accumulate: false);
        }
    }

    /// <summary>One row: adds the recurrent part to the gate inputs, activates them in place, and steps c and h.</summary>
    private static void GateForward(float* z, float* rec, float* c, float* hCur, float* output, float* cellStore, float* hPrevStore, int h)
    {
        var j = 0;
        for (; j + 8 <= h; j += 8)
        {
            var i = Sigmoid(Vector256.Load(z + j) + Vector256.Load(rec + j));
            var f = Sigmoid(Vector256.Load(z + h + j) + Vector256.Load(rec + h + j));
            var gg = Tanh(Vector256.Load(z + (2 * h) + j) + Vector256.Load(rec + (2 * h) + j));
            var o = Sigmoid(Vector256.Load(z + (3 * h) + j) + Vector256.Load(rec + (3 * h) + j));
            i.Store(z + j);
            f.Store(z + h + j);
            gg.Store(z + (2 * h) + j);
            o.Store(z + (3 * h) + j);
            if (hPrevStore is not null)
            {
                Vector256.Load(hCur + j).Store(hPrevStore + j);
            }

            var cv = Vector256.FusedMultiplyAdd(i, gg, f * Vector256.Load(c + j));
            cv.Store(c + j);
            if (cellStore is not null)
            {
                cv.Store(cellStore + j);
            }

            var hv = o * Tanh(cv);
            hv.Store(hCur + j);
            hv.Store(output + j);
        }

        for (; j < h; j++)
        {
            var i = Sigmoid(z[j] + rec[j]);
            var f = Sigmoid(z[h + j] + rec[h + j]);
            var gg = Tanh(z[(2 * h) + j] + rec[(2 * h) + j]);
            var o = Sigmoid(z[(3 * h) + j] + rec[(3 * h) + j]);
            z[j] = i;
            z[h + j] = f;
            z[(2 * h) + j] = gg;
            z[(3 * h) + j] = o;
            if (hPrevStore is not null)
            {
                hPrevStore[j] = hCur[j];
            }

            var cv = MathF.FusedMultiplyAdd(i, gg, f * c[j]);
            c[j] = cv;
            if (cellStore is not null)
            {
                cellStore[j] = cv;
            }

            var hv = o * Tanh(cv);
            hCur[j] = hv;
            output[j] = hv;
        }
    }

    /// <summary>σ(x) = 1 / (1 + e^−x) with the exponential of <see cref="SoftmaxRows.Exp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Sigmoid(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + SoftmaxRows.Exp(-x));

    /// <summary>tanh x = 1 − 2 / (e^2x + 1): exact limits ±1, absolute error a few 1e-8 near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Tanh(Vector256<float> x) =>
        Vector256<float>.One - (Vector256.Create(2f) / (SoftmaxRows.Exp(x + x) + Vector256<float>.One));

    /// <summary>Scalar tail of <see cref="Sigmoid(Vector256{float})"/>: the same formula on one lane.</summary>
    private static float Sigmoid(float x) => Sigmoid(Vector256.Create(x)).ToScalar();

    /// <summary>Scalar tail of <see cref="Tanh(Vector256{float})"/>.</summary>
    private static float Tanh(float x) => Tanh(Vector256.Create(x)).ToScalar();

    /// <summary>One row: dz = [di, df, dg, do] from dh (+ dout) and dc; dc becomes dc·f (the carry to c_prev).</summary>
    private static void GateBackward(float* z, float* cell, float* cPrev, float* dout, float* dh, float* dc, float* dz, int h)
    {
        var one = Vector256<float>.One;
        var j = 0;
        for (; j + 8 <= h; j += 8)
        {
            var i = Vector256.Load(z + j);
            var f = Vector256.Load(z + h + j);
            var gg = Vector256.Load(z + (2 * h) + j);
            var o = Vector256.Load(z + (3 * h) + j);
            var tcv = Tanh(Vector256.Load(cell + j));
            var dhv = Vector256.Load(dh + j);
            if (dout is not null)
            {
                dhv += Vector256.Load(dout + j);
            }

            var cp = cPrev is null ? Vector256<float>.Zero : Vector256.Load(cPrev + j);
            var dcv = Vector256.Load(dc + j) + (dhv * o * (one - (tcv * tcv)));
            (dcv * gg * i * (one - i)).Store(dz + j);
            (dcv * cp * f * (one - f)).Store(dz + h + j);
            (dcv * i * (one - (gg * gg))).Store(dz + (2 * h) + j);
            (dhv * tcv * o * (one - o)).Store(dz + (3 * h) + j);
            (dcv * f).Store(dc + j);
        }

        for (; j < h; j++)
        {
            float i = z[j], f = z[h + j], gg = z[(2 * h) + j], o = z[(3 * h) + j], tcv = Tanh(cell[j]);
            var dhv = dh[j] + (dout is null ? 0f : dout[j]);
            var cp = cPrev is null ? 0f : cPrev[j];
            var dcv = dc[j] + (dhv * o * (1f - (tcv * tcv)));
            dz[j] = dcv * gg * i * (1f - i);
            dz[h + j] = dcv * cp * f * (1f - f);
            dz[(2 * h) + j] = dcv * i * (1f - (gg * gg));
            dz[(3 * h) + j] = dhv * tcv * o * (1f - o);
            dc[j] = dcv * f;
        }
    }
}

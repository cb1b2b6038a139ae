// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>
/// One LSTM layer (all directions) in float64: the equations of <see cref="LSTM"/> in plain double loops, with backpropagation
/// through time. A correctness path, single-threaded; the float32 <see cref="LstmLayer"/> is untouched.
/// </summary>
/// <remarks>
/// The output, h_n and c_n are three slices of one packed tensor made by one tape node, so the node runs once with the
/// gradients of all three (zeros for the unused ones). Per step it keeps the gate activations σ(i), σ(f), tanh(g), σ(o), the
/// previous and new cell and the previous hidden state; backward through time gives dz (the gate pre-activation gradients),
/// then dx = dz·W_ih, dW_ih = Σ dzᵀ·x, dW_hh = Σ dzᵀ·h_prev, db_ih = db_hh = Σ dz, dh_0 and dc_0.
/// </remarks>
internal static class Float64Lstm
{
    /// <summary>Runs the layer; arguments as <see cref="LstmLayer.Apply"/>.</summary>
    internal static (Tensor Output, Tensor HN, Tensor CN) Apply(Tensor x, Tensor[][] weights, Tensor? h0, Tensor? c0, bool batchFirst, int hidden)
    {
        var inputs = new List<Tensor> { x };
        var reference = Tensor.FromDoubles([0], []);
        DTypes.RequireSame("LSTM", reference, x, "input");
        foreach (var w in weights)
        {
            foreach (var p in w)
            {
                DTypes.RequireSame("LSTM", reference, p, "weights");
            }

            inputs.AddRange(w);
        }

        DTypes.RequireSame("LSTM", reference, h0, "h_0");
        DTypes.RequireSame("LSTM", reference, c0, "c_0");
        inputs.AddRange(h0 is null ? [] : [h0]);
        inputs.AddRange(c0 is null ? [] : [c0]);
        var d = weights.Length;
        int n = batchFirst ? x.Dims[0] : x.Dims[1], l = batchFirst ? x.Dims[1] : x.Dims[0], f = x.Dims[2];
        var dh = d * hidden;
        var outSize = l * n * dh;
        var stateSize = d * n * hidden;
        var packed = Tensor.EmptyOf([outSize + (2 * stateSize)], ScalarType.Float64);
        var saved = new Saved[d];
        for (var dir = 0; dir < d; dir++)
        {
            saved[dir] = Forward(x.Span64, weights[dir], h0, c0, packed.Span64, dir, d, n, l, f, hidden, batchFirst);
        }

        Engine.Record(
            packed,
            "LstmBackward",
            g =>
            {
                var grads = new Grads(x, weights, h0, c0);
                for (var dir = 0; dir < d; dir++)
                {
                    Backward(x.Span64, weights[dir], saved[dir], g.Span64, grads, dir, d, n, l, f, hidden, batchFirst);
                }

                grads.Accumulate(x, weights, h0, c0);
            },
            [.. inputs]);
        var output = packed.narrow(0, 0, outSize).reshape(batchFirst ? [n, l, dh] : [l, n, dh]);
        var hN = packed.narrow(0, outSize, stateSize).reshape(d, n, hidden);
        var cN = packed.narrow(0, outSize + stateSize, stateSize).reshape(d, n, hidden);
        return (output, hN, cN);
    }

    /// <summary>Offset of row (t, b) in a (L, N, ·) or (N, L, ·) buffer of row width <paramref name="width"/>.</summary>
    private static int Row(bool batchFirst, int t, int b, int n, int l, int width) => (batchFirst ? (b * l) + t : (t * n) + b) * width;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static Saved Forward(ReadOnlySpan<double> x, Tensor[] w, Tensor? h0, Tensor? c0, Span<double> packed, int dir, int d, int n, int l, int f, int hidden, bool batchFirst)
    {
        var g4 = 4 * hidden;
        var wih = w[0].Span64;
        var whh = w[1].Span64;
        var (bih, bhh) = w.Length == 4 ? (w[2].D64, w[3].D64) : (null, null);
        var s = new Saved(l * n * g4, l * n * hidden);
        var h = new double[n * hidden];
        var c = new double[n * hidden];
        if (h0 is not null)
        {
            h0.Span64.Slice(dir * n * hidden, n * hidden).CopyTo(h);
        }

        if (c0 is not null)
        {
            c0.Span64.Slice(dir * n * hidden, n * hidden).CopyTo(c);
        }

        var z = new double[g4];
        var outSize = l * n * d * hidden;
        for (var step = 0; step < l; step++)
        {
            var t = dir == 0 ? step : l - 1 - step;
            for (var b = 0; b < n; b++)
            {
                var xr = x.Slice(Row(batchFirst, t, b, n, l, f), f);
                var hb = h.AsSpan(b * hidden, hidden);
                var cb = c.AsSpan(b * hidden, hidden);
                var at = ((t * n) + b) * hidden;
                hb.CopyTo(s.HPrev.AsSpan(at, hidden));
                cb.CopyTo(s.CPrev.AsSpan(at, hidden));
                for (var j = 0; j < g4; j++)
                {
                    double acc = 0;
                    var wr = wih.Slice(j * f, f);
                    for (var k = 0; k < f; k++)
                    {
                        acc += wr[k] * xr[k];
                    }

                    if (bih is not null)
                    {
                        acc += bih[j];
                    }

                    double rec = 0;
                    var hr = whh.Slice(j * hidden, hidden);
                    for (var k = 0; k < hidden; k++)
                    {
                        rec += hr[k] * hb[k];
                    }

                    z[j] = acc + rec + (bhh is null ? 0 : bhh[j]);
                }

                var gates = s.Gates.AsSpan(((t * n) + b) * g4, g4);
                for (var k = 0; k < hidden; k++)
                {
                    var (gi, gf, gg, go) = (Sigmoid(z[k]), Sigmoid(z[hidden + k]), Math.Tanh(z[(2 * hidden) + k]), Sigmoid(z[(3 * hidden) + k]));
                    (gates[k], gates[hidden + k], gates[(2 * hidden) + k], gates[(3 * hidden) + k]) = (gi, gf, gg, go);
                    cb[k] = (gf * cb[k]) + (gi * gg);
                    hb[k] = go * Math.Tanh(cb[k]);
                }

                cb.CopyTo(s.Cells.AsSpan(at, hidden));
                hb.CopyTo(packed.Slice(Row(batchFirst, t, b, n, l, d * hidden) + (dir * hidden), hidden));
            }
        }

        h.CopyTo(packed.Slice(outSize + (dir * n * hidden), n * hidden));
        c.CopyTo(packed.Slice(outSize + (d * n * hidden) + (dir * n * hidden), n * hidden));
        return s;
    }

    private static void Backward(ReadOnlySpan<double> x, Tensor[] w, Saved s, ReadOnlySpan<double> g, Grads grads, int dir, int d, int n, int l, int f, int hidden, bool batchFirst)
    {
        var g4 = 4 * hidden;
        var wih = w[0].Span64;
        var whh = w[1].Span64;
        var outSize = l * n * d * hidden;
        var stateSize = d * n * hidden;
        var dhNext = g.Slice(outSize + (dir * n * hidden), n * hidden).ToArray();
        var dcNext = g.Slice(outSize + stateSize + (dir * n * hidden), n * hidden).ToArray();
        var dz = new double[g4];
        var dhPrev = new double[hidden];
        var (dwih, dwhh, db) = (grads.WIh[dir], grads.WHh[dir], grads.B[dir]);
        for (var step = l - 1; step >= 0; step--)
        {
            var t = dir == 0 ? step : l - 1 - step;
            for (var b = 0; b < n; b++)
            {
                var at = ((t * n) + b) * hidden;
                var gates = s.Gates.AsSpan(((t * n) + b) * g4, g4);
                var gOut = g.Slice(Row(batchFirst, t, b, n, l, d * hidden) + (dir * hidden), hidden);
                var dhb = dhNext.AsSpan(b * hidden, hidden);
                var dcb = dcNext.AsSpan(b * hidden, hidden);
                for (var k = 0; k < hidden; k++)
                {
                    var (gi, gf, gg, go) = (gates[k], gates[hidden + k], gates[(2 * hidden) + k], gates[(3 * hidden) + k]);
                    var tc = Math.Tanh(s.Cells[at + k]);
                    var dhk = gOut[k] + dhb[k];
                    var dc = dcb[k] + (dhk * go * (1 - (tc * tc)));
                    dz[k] = dc * gg * gi * (1 - gi);
                    dz[hidden + k] = dc * s.CPrev[at + k] * gf * (1 - gf);
                    dz[(2 * hidden) + k] = dc * gi * (1 - (gg * gg));
                    dz[(3 * hidden) + k] = dhk * tc * go * (1 - go);
                    dcb[k] = dc * gf;
                }

                // dh_prev = dz·W_hh; dW_hh += dzᵀ·h_prev; dW_ih += dzᵀ·x; dx += dz·W_ih; db += dz.
                Array.Clear(dhPrev);
                var xr = x.Slice(Row(batchFirst, t, b, n, l, f), f);
                var hp = s.HPrev.AsSpan(at, hidden);
                var dxr = grads.X is null ? Span<double>.Empty : grads.X.AsSpan(Row(batchFirst, t, b, n, l, f), f);
                for (var j = 0; j < g4; j++)
                {
                    var dzj = dz[j];
                    db[j] += dzj;
                    var wr = whh.Slice(j * hidden, hidden);
                    var dwr = dwhh.AsSpan(j * hidden, hidden);
                    for (var k = 0; k < hidden; k++)
                    {
                        dhPrev[k] += dzj * wr[k];
                        dwr[k] += dzj * hp[k];
                    }

                    var wi = wih.Slice(j * f, f);
                    var dwi = dwih.AsSpan(j * f, f);
                    for (var k = 0; k < f; k++)
                    {
                        dwi[k] += dzj * xr[k];
                        if (!dxr.IsEmpty)
                        {
                            dxr[k] += dzj * wi[k];
                        }
                    }
                }

                dhPrev.CopyTo(dhb);
            }
        }

        if (grads.H0 is not null)
        {
            dhNext.CopyTo(grads.H0.AsSpan(dir * n * hidden, n * hidden));
        }

        if (grads.C0 is not null)
        {
            dcNext.CopyTo(grads.C0.AsSpan(dir * n * hidden, n * hidden));
        }
    }

    /// <summary>What one direction's forward keeps for its backward, in step-major (t·N + b) order.</summary>
    private sealed class Saved(int gateSize, int stateSize)
    {
        internal double[] Gates { get; } = new double[gateSize];

        internal double[] Cells { get; } = new double[stateSize];

        internal double[] CPrev { get; } = new double[stateSize];

        internal double[] HPrev { get; } = new double[stateSize];
    }

    /// <summary>The gradients of one backward, summed over the directions, handed to the engine at the end.</summary>
    private sealed class Grads
    {
        internal Grads(Tensor x, Tensor[][] weights, Tensor? h0, Tensor? c0)
        {
            X = x.RequiresGradFlag ? new double[x.NumelInt] : null;
            WIh = new double[weights.Length][];
            WHh = new double[weights.Length][];
            B = new double[weights.Length][];
            for (var dir = 0; dir < weights.Length; dir++)
            {
                WIh[dir] = new double[weights[dir][0].NumelInt];
                WHh[dir] = new double[weights[dir][1].NumelInt];
                B[dir] = new double[weights[dir][1].Dims[0]];
            }

            H0 = h0 is null ? null : new double[h0.NumelInt];
            C0 = c0 is null ? null : new double[c0.NumelInt];
        }

        internal double[]? X { get; }

        internal double[][] WIh { get; }

        internal double[][] WHh { get; }

        internal double[][] B { get; }

        internal double[]? H0 { get; }

        internal double[]? C0 { get; }

        internal void Accumulate(Tensor x, Tensor[][] weights, Tensor? h0, Tensor? c0)
        {
            if (X is not null)
            {
                Engine.AccumulateOwned(x, Tensor.FromDoubles(X, x.Dims));
            }

            for (var dir = 0; dir < weights.Length; dir++)
            {
                var w = weights[dir];
                Engine.AccumulateOwned(w[0], Tensor.FromDoubles(WIh[dir], w[0].Dims));
                Engine.AccumulateOwned(w[1], Tensor.FromDoubles(WHh[dir], w[1].Dims));
                if (w.Length == 4)
                {
                    Engine.Accumulate(w[2], Tensor.FromDoubles(B[dir], w[2].Dims));
                    Engine.Accumulate(w[3], Tensor.FromDoubles(B[dir], w[3].Dims));
                }
            }

            if (h0 is not null)
            {
                Engine.AccumulateOwned(h0, Tensor.FromDoubles(H0!, h0.Dims));
            }

            if (c0 is not null)
            {
                Engine.AccumulateOwned(c0, Tensor.FromDoubles(C0!, c0.Dims));
            }
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>MaxPool1d(2) (kernel 2, stride 2, no padding): out[r, t] = max(x[r, 2t], x[r, 2t + 1]), 8 windows per AVX step.</summary>
/// <remarks>
/// Same rule as <see cref="Pool1d"/>'s argmax: the second element wins if it is greater or NaN, so a NaN propagates as in
/// PyTorch. Backward routes g[r, t] to the winner and writes 0 to the loser (and to an odd trailing element) in one pass, without
/// clearing gx first. Rows are partitioned over threads.
/// </remarks>
internal static unsafe class MaxPairs1d
{
    internal static bool Applies(int l, int[] starts, int[] ends)
    {
        if (starts.Length != l / 2 || starts.Length == 0)
        {
            return false;
        }

        for (var t = 0; t < starts.Length; t++)
        {
            if (starts[t] != 2 * t || ends[t] != (2 * t) + 2)
            {
                return false;
            }
        }

        return true;
    }

    internal static void Forward(Tensor x, Tensor y, int rows, int l)
    {
        var lout = l / 2;
        fixed (float* px = x.Span, py = y.Span)
        {
            var (ax, ay) = ((nint)px, (nint)py);
            Threading.For(rows, l, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var xr = (float*)ax + ((long)r * l);
                    var yr = (float*)ay + ((long)r * lout);
                    var t = 0;
                    if (Avx2.IsSupported)
                    {
                        for (; t + 8 <= lout; t += 8)
                        {
                            var (a, b) = Split(xr + (2 * t));
                            var m = SecondWins(a, b);
                            var v = Vector256.ConditionalSelect(m, b, a);
                            Avx.Store(yr + t, Avx2.Permute4x64(v.AsDouble(), 0b11_01_10_00).AsSingle());
                        }
                    }

                    for (; t < lout; t++)
                    {
                        var (a, b) = (xr[2 * t], xr[(2 * t) + 1]);
                        yr[t] = b > a || float.IsNaN(b) ? b : a;
                    }
                }
            });
        }

        GC.KeepAlive(x);
        GC.KeepAlive(y);
    }

    internal static void Backward(Tensor x, Tensor g, Tensor gx, int rows, int l)
    {
        var lout = l / 2;
        fixed (float* px = x.Span, pg = g.Span, pgx = gx.Span)
        {
            var (ax, ag, agx) = ((nint)px, (nint)pg, (nint)pgx);
            Threading.For(rows, l, (r0, r1) =>
            {
                for (var r = r0; r < r1; r++)
                {
                    var xr = (float*)ax + ((long)r * l);
                    var gr = (float*)ag + ((long)r * lout);
                    var dxr = (float*)agx + ((long)r * l);
                    var t = 0;
                    if (Avx2.IsSupported)
                    {
                        for (; t + 8 <= lout; t += 8)
                        {
                            var (a, b) = Split(xr + (2 * t));
                            var m = SecondWins(a, b);
                            // g in the lane order of Split: [g0, g1, g4, g5 | g2, g3, g6, g7].
                            var gv = Avx2.Permute4x64(Avx.LoadVector256(gr + t).AsDouble(), 0b11_01_10_00).AsSingle();
                            var second = Vector256.BitwiseAnd(m, gv);
                            var first = Vector256.AndNot(gv, m);
                            Avx.Store(dxr + (2 * t), Avx.UnpackLow(first, second));
                            Avx.Store(dxr + (2 * t) + 8, Avx.UnpackHigh(first, second));
                        }
                    }

                    for (; t < lout; t++)
                    {
                        var (a, b) = (xr[2 * t], xr[(2 * t) + 1]);
                        var wins = b > a || float.IsNaN(b);
                        dxr[2 * t] = wins ? 0f : gr[t];
                        dxr[(2 * t) + 1] = wins ? gr[t] : 0f;
                    }

                    if ((l & 1) != 0)
                    {
                        dxr[l - 1] = 0f;
                    }
                }
            });
        }

        GC.KeepAlive(x);
        GC.KeepAlive(g);
        GC.KeepAlive(gx);
    }

    /// <summary>The first and second elements of 8 windows from 16 floats, in the lane order [w0, w1, w4, w5 | w2, w3, w6, w7].</summary>
    private static (Vector256<float> First, Vector256<float> Second) Split(float* p)
    {
        var v0 = Avx.LoadVector256(p);
        var v1 = Avx.LoadVector256(p + 8);
        return (Avx.Shuffle(v0, v1, 0b10_00_10_00), Avx.Shuffle(v0, v1, 0b11_01_11_01));
    }

    /// <summary>All-ones where the second element is greater or NaN.</summary>
    private static Vector256<float> SecondWins(Vector256<float> a, Vector256<float> b) =>
        Vector256.BitwiseOr(Vector256.GreaterThan(b, a), Avx.CompareUnordered(b, b));
}

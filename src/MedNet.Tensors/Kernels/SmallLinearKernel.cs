// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MedNet.Tensors.Kernels;

/// <summary>y = x·Wᵀ + b and its gradients for tiny weights (F_in·F_out ≤ 1024), many rows: no packing and no 6×16 tile padding.</summary>
/// <remarks>
/// DTAAD's layers are Linear 2→6, 2→2, 2→16, 16→2 and 10→1 over 1280 rows, where the packed GEMM spends most of its
/// time packing and multiplying zero padding. Here each row is one pass: Vector256 FMAs across the outputs when
/// F_out ≥ 8, else Avx2 lane permutes (F_in ≤ 8 small enough) or Vector256 dot products across the inputs. Weight
/// gradients are summed over rows in row order (the order the GEMM used); bias gradients of widths that are not a
/// multiple of 8 in fixed lane-parallel partial sums. Results are deterministic and independent of the thread count.
/// </remarks>
internal static unsafe partial class SmallLinearKernel
{
    private const int MaxWeights = 1024;

    /// <summary>True when the weight is small enough for this kernel.</summary>
    internal static bool Applies(int fin, int fout) => fin <= 64 && fout <= 64 && fin * fout <= MaxWeights && Vector256.IsHardwareAccelerated;

    /// <summary>y (rows, fout) = x (rows, fin) · Wᵀ + b, W (fout, fin) row-major; bias may be empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> y, int rows, int fin, int fout)
    {
        fixed (float* px = x, pw = w, pb = bias, py = y)
        {
            RowTimes(px, pw, bias.IsEmpty ? null : pb, py, rows, fin, fout);
        }
    }

    /// <summary>dx (rows, fin) = dy (rows, fout) · W (overwrites dx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardInput(ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Span<float> dx, int rows, int fin, int fout)
    {
        // dx = dy · (Wᵀ)ᵀ: the forward form with the (fin, fout) matrix Wᵀ.
        var wt = stackalloc float[fin * fout];
        fixed (float* pw = w)
        {
            Transpose(pw, wt, fout, fin);
        }

        fixed (float* pg = dy, px = dx)
        {
            RowTimes(pg, wt, null, px, rows, fout, fin);
        }
    }

    /// <summary>dW (fout, fin) = Σ_r dy[r]ᵀ·x[r] and db (fout) = Σ_r dy[r], summed in row order (both overwritten; either may be empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BackwardWeight(ReadOnlySpan<float> dy, ReadOnlySpan<float> x, Span<float> dw, Span<float> db, int rows, int fin, int fout)
    {
        fixed (float* pg = dy, px = x, pw = dw, pb = db)
        {
            if (!dw.IsEmpty)
            {
                var acc = stackalloc float[fin * fout];
                new Span<float>(acc, fin * fout).Clear();
                if (fin >= 8 || fout < 8)
                {
                    // acc (fout, fin): row r adds dy[r, o]·x[r, :] to row o.
                    OuterSum(pg, px, acc, rows, fout, fin);
                    new Span<float>(acc, fin * fout).CopyTo(dw);
                }
                else
                {
                    // acc (fin, fout): row r adds x[r, i]·dy[r, :] to row i; transposed at the end.
                    OuterSum(px, pg, acc, rows, fin, fout);
                    Transpose(acc, pw, fin, fout);
                }
            }

            if (!db.IsEmpty)
            {
                db.Clear();
                if (fout % 8 == 0)
                {
                    for (var r = 0; r < rows; r++)
                    {
                        AddInto(pb, pg + ((long)r * fout), fout);
                    }
                }
                else
                {
                    SumColumnsFolded(pg, pb, rows, fout);
                }
            }
        }
    }

    /// <summary>y[r, :] = x[r, :] · Bᵀ (+ b), B (n, k) row-major.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowTimes(float* x, float* bnk, float* bias, float* y, int rows, int k, int n)
    {
        if (n >= 8)
        {
            // Vectorise across the n outputs with the (k, n) transpose of B.
            var bkn = stackalloc float[k * n];
            Transpose(bnk, bkn, n, k);
            var chunks = n / 8;
            for (var r = 0; r < rows; r++)
            {
                var xr = x + ((long)r * k);
                var yr = y + ((long)r * n);
                for (var c = 0; c < chunks; c++)
                {
                    var acc = Vector256<float>.Zero;
                    for (var p = 0; p < k; p++)
                    {
                        acc = Vector256.FusedMultiplyAdd(Vector256.Create(xr[p]), Vector256.Load(bkn + (p * n) + (c * 8)), acc);
                    }

                    if (bias is not null)
                    {
                        acc += Vector256.Load(bias + (c * 8));
                    }

                    acc.Store(yr + (c * 8));
                }

                for (var o = chunks * 8; o < n; o++)
                {
                    var acc = 0f;
                    for (var p = 0; p < k; p++)
                    {
                        acc = MathF.FusedMultiplyAdd(xr[p], bkn[(p * n) + o], acc);
                    }

                    yr[o] = bias is null ? acc : acc + bias[o];
                }
            }

            return;
        }

        if (k < 8)
        {
            // Few outputs and few inputs (Linear 2→2, 2→6, 6→2): whole output vectors by lane permutes where a vector's
            // rows fit in one 8-float load, then plain FMA chains (the same operations per output) for the rest.
            var done = Avx2.IsSupported ? RowTimesPermuted(x, bnk, bias, y, rows, k, n) : 0;
            for (var r = done; r < rows; r++)
            {
                var xr = x + ((long)r * k);
                var yr = y + ((long)r * n);
                for (var o = 0; o < n; o++)
                {
                    var wo = bnk + (o * k);
                    var acc = 0f;
                    for (var p = 0; p < k; p++)
                    {
                        acc = MathF.FusedMultiplyAdd(xr[p], wo[p], acc);
                    }

                    yr[o] = bias is null ? acc : acc + bias[o];
                }
            }

            return;
        }

        for (var r = 0; r < rows; r++)
        {
            var xr = x + ((long)r * k);
            var yr = y + ((long)r * n);
            for (var o = 0; o < n; o++)
            {
                var acc = Dot(xr, bnk + (o * k), k);
                yr[o] = bias is null ? acc : acc + bias[o];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Dot(float* a, float* b, int k)
    {
        var p = 0;
        var acc = 0f;
        if (k >= 8)
        {
            var v = Vector256<float>.Zero;
            for (; p + 8 <= k; p += 8)
            {
                v = Vector256.FusedMultiplyAdd(Vector256.Load(a + p), Vector256.Load(b + p), v);
            }

            acc = Vector256.Sum(v);
        }

        for (; p < k; p++)
        {
            acc = MathF.FusedMultiplyAdd(a[p], b[p], acc);
        }

        return acc;
    }

    /// <summary>acc (m, n) += Σ_r u[r, i]·v[r, :] for each row i of acc; u (rows, m), v (rows, n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void OuterSum(float* u, float* v, float* acc, int rows, int m, int n)
    {
        var chunks = n / 8;
        for (var r = 0; r < rows; r++)
        {
            var ur = u + ((long)r * m);
            var vr = v + ((long)r * n);
            for (var i = 0; i < m; i++)
            {
                var s = ur[i];
                var ai = acc + (i * n);
                for (var c = 0; c < chunks; c++)
                {
                    Vector256.FusedMultiplyAdd(Vector256.Create(s), Vector256.Load(vr + (c * 8)), Vector256.Load(ai + (c * 8))).Store(ai + (c * 8));
                }

                for (var j = chunks * 8; j < n; j++)
                {
                    ai[j] = MathF.FusedMultiplyAdd(s, vr[j], ai[j]);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddInto(float* acc, float* row, int n)
    {
        var j = 0;
        for (; j + 8 <= n; j += 8)
        {
            (Vector256.Load(acc + j) + Vector256.Load(row + j)).Store(acc + j);
        }

        for (; j < n; j++)
        {
            acc[j] += row[j];
        }
    }

    /// <summary>dst (cols, rows) = src (rows, cols)ᵀ.</summary>
    private static void Transpose(float* src, float* dst, int rows, int cols)
    {
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                dst[(j * rows) + i] = src[(i * cols) + j];
            }
        }
    }
}

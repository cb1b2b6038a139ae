// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Kernels;

/// <summary>Fused Vector256 row passes of tiled attention: max, e^(x − shift) with its sum, and P ⊙ (dP − D), one pass each.</summary>
/// <remarks>
/// <see cref="Exp"/> is the Cephes single-precision exponential (Moshier, "Methods and Programs for Mathematical
/// Functions", 1989): n = ⌊x·log₂e + ½⌋, r = x − n·ln 2 in two parts, e^r by a degree-7 polynomial, times 2ⁿ built in
/// the exponent bits; relative error below 2 ulp on [−87, 88], 0 below (e^−∞ = 0), NaN propagates. Rows are padded
/// to a multiple of 8 columns by the tile; lanes past the row's length are excluded from max and sum and written as 0.
/// </remarks>
internal static unsafe class SoftmaxRows
{
    /// <summary>max_j row[j] for j &lt; n (−∞ for n = 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Max(float* row, int n)
    {
        var m = Vector256.Create(float.NegativeInfinity);
        var j = 0;
        for (; j + 8 <= n; j += 8)
        {
            m = Vector256.Max(m, Vector256.Load(row + j));
        }

        var result = HorizontalMax(m);
        for (; j < n; j++)
        {
            result = MathF.Max(result, row[j]);
        }

        return result;
    }

    /// <summary>row[j] = e^(row[j] − shift) for j &lt; n, 0 for n ≤ j &lt; Pad8(n); returns Σ_j row[j].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static float ExpShiftSum(float* row, int n, float shift)
    {
        var s = Vector256.Create(shift);
        var acc = Vector256<float>.Zero;
        var j = 0;
        for (; j + 8 <= n; j += 8)
        {
            var e = Exp(Vector256.Load(row + j) - s);
            e.Store(row + j);
            acc += e;
        }

        if (j < n)
        {
            var e = Vector256.ConditionalSelect(TailMask(n - j), Exp(Vector256.Load(row + j) - s), Vector256<float>.Zero);
            e.Store(row + j);
            acc += e;
        }

        return Vector256.Sum(acc);
    }

    /// <summary>dp[j] = p[j]·(dp[j] − d) for j &lt; Pad8(n): the softmax backward dS of one row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SoftmaxGrad(float* dp, float* p, int n, float d)
    {
        var dv = Vector256.Create(d);
        for (var j = 0; j < n; j += 8)
        {
            (Vector256.Load(p + j) * (Vector256.Load(dp + j) - dv)).Store(dp + j);
        }
    }

    /// <summary>e^x per lane (Cephes expf).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Exp(Vector256<float> x)
    {
        var nan = Vector256.IsNaN(x);
        var under = Vector256.LessThan(x, Vector256.Create(-87.33654f));
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-87.33654f)), Vector256.Create(88.37626f));
        var fx = Vector256.Floor(Vector256.FusedMultiplyAdd(x, Vector256.Create(1.44269504088896341f), Vector256.Create(0.5f)));
        x = Vector256.FusedMultiplyAdd(fx, Vector256.Create(-0.693359375f), x);
        x = Vector256.FusedMultiplyAdd(fx, Vector256.Create(2.12194440e-4f), x);
        var y = Vector256.Create(1.9875691500E-4f);
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(1.3981999507E-3f));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(8.3334519073E-3f));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(4.1665795894E-2f));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(1.6666665459E-1f));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(5.0000001201E-1f));
        y = Vector256.FusedMultiplyAdd(y, x * x, x + Vector256<float>.One);
        var pow2 = Vector256.ShiftLeft(Vector256.ConvertToInt32(fx) + Vector256.Create(127), 23).AsSingle();
        var result = Vector256.ConditionalSelect(under, Vector256<float>.Zero, y * pow2);
        return Vector256.ConditionalSelect(nan, Vector256.Create(float.NaN), result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> TailMask(int count) =>
        Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(count)).AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float HorizontalMax(Vector256<float> v)
    {
        var m = Vector128.Max(v.GetLower(), v.GetUpper());
        m = Vector128.Max(m, Vector128.Shuffle(m, Vector128.Create(2, 3, 0, 1)));
        m = Vector128.Max(m, Vector128.Shuffle(m, Vector128.Create(1, 0, 3, 2)));
        return m.ToScalar();
    }
}

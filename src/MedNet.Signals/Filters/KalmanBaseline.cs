// SPDX-License-Identifier: MIT
using System.Buffers;

namespace MedNet.Signals.Filters;

/// <summary>Removes baseline wander by estimating it with a Kalman filter and Rauch–Tung–Striebel smoother, then subtracting it.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("modified Kalman filtering … modeling the drift as a slowly varying process independent of the cardiac
/// signal … without phase distortion"); Rauch, Tung, Striebel, AIAA J 3(8), 1965. The paper gives no state model; this is ours.
/// <para>State model (scalar): baseline b_k = b_{k−1} + w_k, w_k ~ N(0, Q) (a random walk: slowly varying, no preferred level);
/// observation x_k = b_k + v_k, v_k ~ N(0, R), where v_k is the ECG itself plus noise, independent of the drift. R = 1 (units
/// cancel: only λ = Q/R matters). The forward filter is b̂_k = b̂_{k−1} + K_k (x_k − b̂_{k−1}); the RTS smoother then runs
/// backward, b̃_k = b̂_k + C_k (b̃_{k+1} − b̂_k), C_k = P_k / (P_k + Q). Forward plus backward gives zero phase: no lag.</para>
/// <para>Choice of Q/R: in steady state the gain is K, λ = K² / (1 − K), and the smoother's response to the baseline is
/// |H(f)|² = K² / |1 − (1 − K) e^{−iω}|² (amplitude), a zero-phase low-pass. K is solved in closed form so that this is
/// 1/√2 (−3 dB) at the chosen cut-off f_c (default 0.5 Hz, the paper's lower band edge): with c = cos(2π f_c / fs),
/// g = √2 − 1 and B = (√2 − c) / g, 1 − K = B − √(B² − 1). Subtracting the estimate removes most of the drift below f_c.</para>
/// The first state is b̂_0 = x_0 with P_0 = R.
/// </remarks>
public static class KalmanBaseline
{
    /// <summary>Default baseline cut-off in Hz.</summary>
    public const double DefaultCutoffHz = 0.5;

    /// <summary>The process-to-measurement noise ratio λ = Q/R that puts the smoother's half-power point at <paramref name="cutoffHz"/>.</summary>
    /// <param name="cutoffHz">Cut-off in Hz, 0 &lt; f_c &lt; fs/2.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <returns>λ = Q/R, &gt; 0.</returns>
    public static double NoiseRatio(double cutoffHz, double samplingRate)
    {
        if (!(cutoffHz > 0 && cutoffHz < samplingRate / 2))
        {
            throw new ArgumentOutOfRangeException(nameof(cutoffHz), cutoffHz, $"KalmanBaseline: expected 0 < cut-off < fs/2 = {samplingRate / 2} Hz but got {cutoffHz} Hz.");
        }

        var c = Math.Cos(2 * Math.PI * cutoffHz / samplingRate);
        var g = Math.Sqrt(2) - 1;
        var big = (Math.Sqrt(2) - c) / g;
        var a = big - Math.Sqrt((big * big) - 1);
        var k = 1 - a;
        return k * k / a;
    }

    /// <summary>Estimates the baseline of <paramref name="signal"/>.</summary>
    /// <param name="signal">ECG samples, any unit.</param>
    /// <param name="baseline">Output baseline, same length and unit.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="cutoffHz">Baseline cut-off in Hz. Default: 0.5.</param>
    public static void Estimate(ReadOnlySpan<float> signal, Span<float> baseline, double samplingRate, double cutoffHz = DefaultCutoffHz)
    {
        if (baseline.Length != signal.Length)
        {
            throw new ArgumentException($"KalmanBaseline: expected a baseline buffer of {signal.Length} samples but got {baseline.Length}.", nameof(baseline));
        }

        var n = signal.Length;
        if (n == 0)
        {
            return;
        }

        var q = NoiseRatio(cutoffHz, samplingRate);
        const double R = 1;
        var filteredRent = ArrayPool<double>.Shared.Rent(n);
        var varianceRent = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var bf = filteredRent.AsSpan(0, n); // b̂_k
            var pf = varianceRent.AsSpan(0, n); // P_k
            double b = signal[0], p = R;
            bf[0] = b;
            pf[0] = p;
            for (var k = 1; k < n; k++)
            {
                var prior = p + q;
                var gain = prior / (prior + R);
                b += gain * (signal[k] - b);
                p = (1 - gain) * prior;
                bf[k] = b;
                pf[k] = p;
            }

            var smooth = bf[n - 1];
            baseline[n - 1] = (float)smooth;
            for (var k = n - 2; k >= 0; k--)
            {
                var c = pf[k] / (pf[k] + q);
                smooth = bf[k] + (c * (smooth - bf[k]));
                baseline[k] = (float)smooth;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(filteredRent);
            ArrayPool<double>.Shared.Return(varianceRent);
        }
    }

    /// <summary>Removes the baseline: destination = signal − <see cref="Estimate"/>(signal).</summary>
    /// <param name="signal">ECG samples.</param>
    /// <param name="destination">Output, same length; may be the same memory as <paramref name="signal"/>.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="cutoffHz">Baseline cut-off in Hz. Default: 0.5.</param>
    public static void Remove(ReadOnlySpan<float> signal, Span<float> destination, double samplingRate, double cutoffHz = DefaultCutoffHz)
    {
        var rent = ArrayPool<float>.Shared.Rent(signal.Length);
        try
        {
            var baseline = rent.AsSpan(0, signal.Length);
            Estimate(signal, baseline, samplingRate, cutoffHz);
            System.Numerics.Tensors.TensorPrimitives.Subtract(signal, baseline, destination);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rent);
        }
    }
}

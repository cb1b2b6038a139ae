// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Spectral;

/// <summary>Welch's averaged-periodogram power spectral density and the power in a frequency band.</summary>
/// <remarks>
/// Source: Welch PD, IEEE Trans. Audio Electroacoust. 15(2):70–73, 1967; scipy.signal.welch defaults (Hann window,
/// 50 % overlap, segment mean removed, one-sided density). PSD[k] = c · mean over segments of |FFT(w · (x_s − mean x_s))[k]|²
/// with c = 2 / (fs · Σ w²) (the DC and Nyquist bins are not doubled); bin k is at k · fs / N. Band power = Σ PSD[k] · fs / N over
/// the bins with low ≤ f_k ≤ high. [MSA] §3.2 uses it for the share of 50–150 Hz power a preprocessing keeps.
/// </remarks>
public static class WelchPower
{
    /// <summary>The one-sided PSD of a signal.</summary>
    /// <param name="signal">Samples, at least <paramref name="segmentLength"/> of them, finite.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="segmentLength">Segment N, a power of two ≥ 8. Default: 1024 (0.35 Hz bins at 360 Hz).</param>
    /// <returns>Frequencies (N/2 + 1) in Hz and the PSD in signal units² / Hz.</returns>
    /// <exception cref="ArgumentException">A bad segment length, sampling rate or a too-short signal.</exception>
    public static (double[] Frequencies, double[] Density) Density(ReadOnlySpan<float> signal, double samplingRate, int segmentLength = 1024)
    {
        if (segmentLength < 8 || (segmentLength & (segmentLength - 1)) != 0)
        {
            throw new ArgumentException($"WelchPower: expected a segment length that is a power of two ≥ 8 but got {segmentLength}.", nameof(segmentLength));
        }

        if (!(samplingRate > 0) || signal.Length < segmentLength)
        {
            throw new ArgumentException(
                $"WelchPower: expected fs > 0 and at least {segmentLength} samples but got fs = {samplingRate}, {signal.Length} samples.", nameof(signal));
        }

        var n = segmentLength;
        var window = new double[n];
        double windowPower = 0;
        for (var i = 0; i < n; i++)
        {
            window[i] = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / n)); // periodic Hann, as scipy's get_window('hann', N)
            windowPower += window[i] * window[i];
        }

        var bins = (n / 2) + 1;
        var density = new double[bins];
        var re = new double[n];
        var im = new double[n];
        var step = n / 2;
        var segments = 0;
        for (var start = 0; start + n <= signal.Length; start += step)
        {
            var seg = signal.Slice(start, n);
            double mean = 0;
            foreach (var v in seg)
            {
                if (!float.IsFinite(v))
                {
                    throw new ArgumentException($"WelchPower: expected finite samples but got {v} near sample {start}.", nameof(signal));
                }

                mean += v;
            }

            mean /= n;
            for (var i = 0; i < n; i++)
            {
                re[i] = (seg[i] - mean) * window[i];
                im[i] = 0;
            }

            RadixTwoFft.Forward(re, im);
            for (var k = 0; k < bins; k++)
            {
                density[k] += (re[k] * re[k]) + (im[k] * im[k]);
            }

            segments++;
        }

        var frequencies = new double[bins];
        for (var k = 0; k < bins; k++)
        {
            var scale = (k == 0 || k == n / 2 ? 1.0 : 2.0) / (samplingRate * windowPower * segments);
            density[k] *= scale;
            frequencies[k] = k * samplingRate / n;
        }

        return (frequencies, density);
    }

    /// <summary>The power between <paramref name="lowHz"/> and <paramref name="highHz"/> (inclusive) from Welch's PSD.</summary>
    /// <param name="signal">Samples.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <param name="lowHz">Lower band edge in Hz, ≥ 0.</param>
    /// <param name="highHz">Upper band edge in Hz, &gt; <paramref name="lowHz"/>; clipped to fs/2.</param>
    /// <param name="segmentLength">Segment N (power of two). Default: 1024.</param>
    /// <returns>Band power in signal units² (mean square).</returns>
    public static double Band(ReadOnlySpan<float> signal, double samplingRate, double lowHz, double highHz, int segmentLength = 1024)
    {
        if (!(lowHz >= 0 && highHz > lowHz))
        {
            throw new ArgumentException($"WelchPower.Band: expected 0 ≤ low < high but got [{lowHz}, {highHz}] Hz.", nameof(highHz));
        }

        var (f, p) = Density(signal, samplingRate, segmentLength);
        var df = samplingRate / segmentLength;
        double sum = 0;
        for (var k = 0; k < f.Length; k++)
        {
            if (f[k] >= lowHz && f[k] <= highHz)
            {
                sum += p[k] * df;
            }
        }

        return sum;
    }
}

// SPDX-License-Identifier: MIT
using System.Numerics;

namespace MedNet.Signals.Filters;

/// <summary>Designs digital Butterworth filters of any order as second-order sections, the way scipy's <c>butter(..., output='sos')</c> does.</summary>
/// <remarks>
/// Source: [BUTTERWORTH1930]; design steps as in scipy.signal (<c>buttap</c> → <c>lp2lp/lp2hp/lp2bp_zpk</c> → <c>bilinear_zpk</c>
/// → <c>zpk2sos</c>). Analog prototype poles p_k = −exp(iπ m / 2N), m = −N+1, −N+3, …, N−1. Cut-offs are pre-warped,
/// Ω = 2 fs tan(π f / fs), so the digital filter is exactly −3 dB (|H| = 1/√2) at each cut-off. A band-pass of order N has
/// 2N poles. Bilinear transform: z = (2fs + s) / (2fs − s).
/// </remarks>
public static class Butterworth
{
    /// <summary>Designs a low-pass filter.</summary>
    /// <param name="order">Filter order N, ≥ 1.</param>
    /// <param name="cutoff">−3 dB frequency in Hz, 0 &lt; f &lt; fs/2.</param>
    /// <param name="samplingRate">Sampling rate fs in Hz, &gt; 0.</param>
    /// <returns>⌈N/2⌉ sections.</returns>
    public static SecondOrderSections LowPass(int order, double cutoff, double samplingRate)
    {
        Check(order, samplingRate, cutoff);
        var wo = Warp(cutoff, samplingRate);
        var p = Prototype(order);
        for (var i = 0; i < p.Length; i++)
        {
            p[i] *= wo;
        }

        return Bilinear([], p, Math.Pow(wo, order), samplingRate);
    }

    /// <summary>Designs a high-pass filter.</summary>
    /// <param name="order">Filter order N, ≥ 1.</param>
    /// <param name="cutoff">−3 dB frequency in Hz, 0 &lt; f &lt; fs/2.</param>
    /// <param name="samplingRate">Sampling rate fs in Hz, &gt; 0.</param>
    /// <returns>⌈N/2⌉ sections.</returns>
    public static SecondOrderSections HighPass(int order, double cutoff, double samplingRate)
    {
        Check(order, samplingRate, cutoff);
        var wo = Warp(cutoff, samplingRate);
        var p = Prototype(order);
        var k = Complex.One;
        for (var i = 0; i < p.Length; i++)
        {
            k /= -p[i];
            p[i] = wo / p[i];
        }

        return Bilinear(new Complex[order], p, k.Real, samplingRate); // N analog zeros at s = 0
    }

    /// <summary>Designs a band-pass filter.</summary>
    /// <param name="order">Order N of the low-pass prototype, ≥ 1; the band-pass has 2N poles (scipy's convention).</param>
    /// <param name="low">Lower −3 dB frequency in Hz, 0 &lt; low &lt; high.</param>
    /// <param name="high">Upper −3 dB frequency in Hz, high &lt; fs/2.</param>
    /// <param name="samplingRate">Sampling rate fs in Hz, &gt; 0.</param>
    /// <returns>N sections.</returns>
    public static SecondOrderSections BandPass(int order, double low, double high, double samplingRate)
    {
        Check(order, samplingRate, low, high);
        if (!(low < high))
        {
            throw new ArgumentException($"Butterworth.BandPass: expected low < high but got {low} Hz and {high} Hz.", nameof(low));
        }

        double wl = Warp(low, samplingRate), wh = Warp(high, samplingRate);
        double bw = wh - wl, wo2 = wl * wh;
        var proto = Prototype(order);
        var p = new Complex[2 * order];
        for (var i = 0; i < order; i++)
        {
            var pl = proto[i] * bw / 2;
            var root = Complex.Sqrt((pl * pl) - wo2);
            p[i] = pl + root;
            p[order + i] = pl - root;
        }

        return Bilinear(new Complex[order], p, Math.Pow(bw, order), samplingRate); // N analog zeros at s = 0
    }

    private static Complex[] Prototype(int order)
    {
        var p = new Complex[order];
        for (var i = 0; i < order; i++)
        {
            var m = -order + 1 + (2 * i);
            p[i] = -Complex.Exp(new Complex(0, Math.PI * m / (2.0 * order)));
        }

        return p;
    }

    private static double Warp(double f, double fs) => 2 * fs * Math.Tan(Math.PI * f / fs);

    private static SecondOrderSections Bilinear(Complex[] z, Complex[] p, double k, double fs)
    {
        var fs2 = 2 * fs;
        var zd = new List<Complex>(p.Length);
        var gain = new Complex(k, 0);
        foreach (var zi in z)
        {
            zd.Add((fs2 + zi) / (fs2 - zi));
            gain *= fs2 - zi;
        }

        var pd = new Complex[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            pd[i] = (fs2 + p[i]) / (fs2 - p[i]);
            gain /= fs2 - p[i];
        }

        while (zd.Count < pd.Length)
        {
            zd.Add(-Complex.One); // zeros at infinity map to Nyquist
        }

        return ToSections(zd, pd, gain.Real);
    }

    // Butterworth zeros are real (±1). Poles: conjugate pairs one per section, real poles paired in order.
    private static SecondOrderSections ToSections(List<Complex> zeros, Complex[] poles, double gain)
    {
        const double ImagTolerance = 1e-12;
        var pairs = new List<(Complex A, Complex? B)>();
        var reals = new List<double>();
        foreach (var p in poles)
        {
            if (p.Imaginary > ImagTolerance)
            {
                pairs.Add((p, Complex.Conjugate(p)));
            }
            else if (Math.Abs(p.Imaginary) <= ImagTolerance)
            {
                reals.Add(p.Real);
            }
        }

        reals.Sort();
        for (var i = 0; i < reals.Count; i += 2)
        {
            pairs.Add(i + 1 < reals.Count ? (reals[i], reals[i + 1]) : (reals[i], null));
        }

        var zr = new List<double>(zeros.Count);
        foreach (var z in zeros)
        {
            zr.Add(z.Real);
        }

        zr.Sort();
        int lo = 0, hi = zr.Count - 1;
        var c = new double[6 * pairs.Count];
        for (var s = 0; s < pairs.Count; s++)
        {
            var (a, b) = pairs[s];
            var row = 6 * s;
            c[row + 3] = 1;
            if (b is { } bb)
            {
                c[row + 4] = -(a + bb).Real;
                c[row + 5] = (a * bb).Real;
                double z1 = zr[lo++], z2 = zr[hi--]; // pair the smallest with the largest: (−1, +1) in a band-pass
                c[row] = 1;
                c[row + 1] = -(z1 + z2);
                c[row + 2] = z1 * z2;
            }
            else
            {
                c[row + 4] = -a.Real;
                var z1 = zr[lo++];
                c[row] = 1;
                c[row + 1] = -z1;
            }
        }

        for (var i = 0; i < 3; i++)
        {
            c[i] *= gain;
        }

        return new SecondOrderSections(c);
    }

    private static void Check(int order, double fs, params double[] cutoffs)
    {
        if (order < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"Butterworth: expected order ≥ 1 but got {order}.");
        }

        if (!(fs > 0) || double.IsInfinity(fs))
        {
            throw new ArgumentOutOfRangeException(nameof(fs), fs, $"Butterworth: expected a finite sampling rate > 0 Hz but got {fs}.");
        }

        foreach (var f in cutoffs)
        {
            if (!(f > 0 && f < fs / 2) || double.IsInfinity(f))
            {
                throw new ArgumentOutOfRangeException(nameof(cutoffs), f,
                    $"Butterworth: expected 0 < cut-off < fs/2 = {fs / 2} Hz but got {f} Hz. Use EcgBandPass.Design for a rule that handles cut-offs above Nyquist.");
            }
        }
    }
}

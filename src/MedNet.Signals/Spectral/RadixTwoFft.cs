// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Spectral;

/// <summary>In-place iterative radix-2 complex FFT (Cooley–Tukey, decimation in time), used by <see cref="WelchPower"/>.</summary>
/// <remarks>Source: Cooley JW, Tukey JW, Math. Comp. 19:297–301, 1965. X[k] = Σ_n x[n] e^{−2πi nk/N}, no scaling.</remarks>
internal static class RadixTwoFft
{
    /// <summary>Transforms (re, im) in place; the length must be a power of two.</summary>
    /// <param name="re">Real parts, length N = 2^m.</param>
    /// <param name="im">Imaginary parts, length N.</param>
    public static void Forward(Span<double> re, Span<double> im)
    {
        var n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var size = 2; size <= n; size <<= 1)
        {
            var angle = -2 * Math.PI / size;
            var half = size / 2;
            for (var k = 0; k < half; k++)
            {
                double wr = Math.Cos(angle * k), wi = Math.Sin(angle * k);
                for (var start = k; start < n; start += size)
                {
                    var o = start + half;
                    var tr = (re[o] * wr) - (im[o] * wi);
                    var ti = (re[o] * wi) + (im[o] * wr);
                    re[o] = re[start] - tr;
                    im[o] = im[start] - ti;
                    re[start] += tr;
                    im[start] += ti;
                }
            }
        }
    }
}

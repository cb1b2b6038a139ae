// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Resampling;

/// <summary>Rational-rate resampling (e.g. 128, 300 or 500 Hz → 360 Hz) with a Kaiser-windowed sinc in polyphase form.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("Resampling to a uniform 360Hz"); method: Crochiere &amp; Rabiner, Multirate Digital Signal
/// Processing (1983), polyphase interpolation. With g = gcd(f_in, f_out), L = f_out / g and M = f_in / g, output n sits at
/// input position n·M / L; its phase (n·M mod L) selects one of L precomputed filters.
/// y[n] = Σ_k x[k] · h_φ(k − n·M/L), with h(t) = 2f_c · sinc(2f_c t) · kaiser(t / Z), f_c = ½ · min(1, L/M) · <see cref="Rolloff"/>
/// cycles per input sample, Z = <see cref="ZeroCrossings"/> / (2f_c) input samples either side, β = <see cref="KaiserBeta"/>.
/// Each phase's taps are scaled to sum to 1 (unit DC gain). Samples beyond the ends repeat the end value, so a constant
/// stays constant up to the edges. Output length = ⌈N · L / M⌉. Rates must be whole numbers of Hz. Equal rates copy the
/// input unchanged (no filtering).
/// </remarks>
public sealed class PolyphaseResampler
{
    /// <summary>Cut-off as a fraction of the lower Nyquist frequency: 0.94 (passband flat to ≈ 0.9 · Nyquist).</summary>
    public const double Rolloff = 0.94;

    /// <summary>Sinc zero crossings kept on each side of the centre: 16.</summary>
    public const int ZeroCrossings = 16;

    /// <summary>Kaiser window β: 8.6 (≈ 85 dB stop-band).</summary>
    public const double KaiserBeta = 8.6;

    private readonly double[] _taps; // (L, 2Z) row-major
    private readonly int _halfWidth;

    /// <summary>Builds the filter bank for <paramref name="inputRate"/> → <paramref name="outputRate"/>.</summary>
    /// <param name="inputRate">Input sampling rate in Hz, a positive whole number (e.g. 500).</param>
    /// <param name="outputRate">Output sampling rate in Hz, a positive whole number. Default use: 360.</param>
    /// <exception cref="ArgumentException">A rate is not a positive whole number.</exception>
    public PolyphaseResampler(double inputRate, double outputRate)
    {
        int fin = WholeHz(inputRate, nameof(inputRate)), fout = WholeHz(outputRate, nameof(outputRate));
        int g = Gcd(fin, fout);
        Up = fout / g;
        Down = fin / g;
        InputRate = fin;
        OutputRate = fout;
        double fc = 0.5 * Math.Min(1.0, (double)Up / Down) * Rolloff;
        _halfWidth = (int)Math.Ceiling(ZeroCrossings / (2 * fc));
        int width = 2 * _halfWidth;
        _taps = new double[Up * width];
        double i0Beta = BesselI0(KaiserBeta);
        for (int phase = 0; phase < Up; phase++)
        {
            double frac = (double)phase / Up;
            var row = _taps.AsSpan(phase * width, width);
            double sum = 0;
            for (int j = 0; j < width; j++)
            {
                double t = j - _halfWidth + 1 - frac; // k − position, k = i0 − Z + 1 + j
                double x = 2 * fc * t;
                double sinc = Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                double r = t / _halfWidth;
                double window = Math.Abs(r) >= 1 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(1 - (r * r))) / i0Beta;
                row[j] = 2 * fc * sinc * window;
                sum += row[j];
            }

            for (int j = 0; j < width; j++)
            {
                row[j] /= sum;
            }
        }
    }

    /// <summary>Input rate in Hz.</summary>
    public int InputRate { get; }

    /// <summary>Output rate in Hz.</summary>
    public int OutputRate { get; }

    /// <summary>Up-sampling factor L = f_out / gcd.</summary>
    public int Up { get; }

    /// <summary>Down-sampling factor M = f_in / gcd.</summary>
    public int Down { get; }

    /// <summary>Output length for an input of <paramref name="inputLength"/> samples: ⌈N · L / M⌉.</summary>
    /// <param name="inputLength">N ≥ 0.</param>
    /// <returns>The output length.</returns>
    public int OutputLength(int inputLength) => (int)(((long)inputLength * Up + Down - 1) / Down);

    /// <summary>Resamples one lead.</summary>
    /// <param name="input">Samples at <see cref="InputRate"/>, length N ≥ 1.</param>
    /// <param name="output">Destination, length exactly <see cref="OutputLength"/>(N).</param>
    /// <exception cref="ArgumentException">Empty input or wrong output length.</exception>
    public void Resample(ReadOnlySpan<float> input, Span<float> output)
    {
        if (input.IsEmpty)
        {
            throw new ArgumentException("PolyphaseResampler: expected at least one input sample but got 0.", nameof(input));
        }

        int expected = OutputLength(input.Length);
        if (output.Length != expected)
        {
            throw new ArgumentException(
                $"PolyphaseResampler: expected an output of {expected} samples for {input.Length} input samples ({InputRate} → {OutputRate} Hz) but got {output.Length}.",
                nameof(output));
        }

        if (Up == Down)
        {
            input.CopyTo(output); // equal rates: a copy, no filtering
            return;
        }

        int width = 2 * _halfWidth, last = input.Length - 1;
        for (int n = 0; n < output.Length; n++)
        {
            long pos = (long)n * Down;
            int i0 = (int)(pos / Up);
            int phase = (int)(pos % Up);
            var taps = _taps.AsSpan(phase * width, width);
            int start = i0 - _halfWidth + 1;
            double acc = 0;
            if (start >= 0 && start + width - 1 <= last)
            {
                var window = input.Slice(start, width);
                for (int j = 0; j < width; j++)
                {
                    acc += taps[j] * window[j];
                }
            }
            else
            {
                for (int j = 0; j < width; j++)
                {
                    acc += taps[j] * input[Math.Clamp(start + j, 0, last)];
                }
            }

            output[n] = (float)acc;
        }
    }

    /// <summary>Resamples one lead into a new array.</summary>
    /// <param name="input">Samples at <see cref="InputRate"/>.</param>
    /// <returns>Samples at <see cref="OutputRate"/>, length ⌈N · L / M⌉.</returns>
    public float[] Resample(ReadOnlySpan<float> input)
    {
        var output = new float[OutputLength(input.Length)];
        Resample(input, output);
        return output;
    }

    private static int WholeHz(double rate, string name)
    {
        if (!(rate > 0) || rate != Math.Floor(rate) || rate > int.MaxValue)
        {
            throw new ArgumentException($"PolyphaseResampler: expected a positive whole number of Hz but got {rate}.", name);
        }

        return (int)rate;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Modified Bessel function of the first kind, order 0, by its power series (converges for all x used here).</summary>
    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++)
        {
            term *= q / ((double)k * k);
            sum += term;
        }

        return sum;
    }
}

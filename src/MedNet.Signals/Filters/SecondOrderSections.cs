// SPDX-License-Identifier: MIT
using System.Numerics;

namespace MedNet.Signals.Filters;

/// <summary>A digital IIR filter as a cascade of second-order sections (biquads), the numerically safe form of a Butterworth filter.</summary>
/// <remarks>
/// Each section k has coefficients (b0, b1, b2, 1, a1, a2) with transfer function
/// H_k(z) = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²); the filter is H(z) = Π H_k(z). Filtering uses the transposed
/// direct form II in float64: y = b0·x + s1; s1 ← b1·x − a1·y + s2; s2 ← b2·x − a2·y (scipy's <c>sosfilt</c> layout).
/// </remarks>
public sealed class SecondOrderSections
{
    private readonly double[] _c; // (n, 6): b0 b1 b2 a0 a1 a2, a0 = 1

    /// <summary>Creates the cascade from a row-major (n, 6) coefficient array, scipy's <c>sos</c> layout.</summary>
    /// <param name="coefficients">Rows (b0, b1, b2, a0, a1, a2); every a0 must be 1.</param>
    /// <exception cref="ArgumentException">The length is not a multiple of 6 or an a0 is not 1.</exception>
    public SecondOrderSections(double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length == 0 || coefficients.Length % 6 != 0)
        {
            throw new ArgumentException($"SecondOrderSections: expected (n, 6) coefficients with n ≥ 1 but got {coefficients.Length} values.", nameof(coefficients));
        }

        for (var k = 0; k < coefficients.Length; k += 6)
        {
            if (coefficients[k + 3] != 1)
            {
                throw new ArgumentException($"SecondOrderSections: expected a0 = 1 in section {k / 6} but got {coefficients[k + 3]}.", nameof(coefficients));
            }
        }

        _c = (double[])coefficients.Clone();
    }

    /// <summary>Number of sections.</summary>
    public int Count => _c.Length / 6;

    /// <summary>A copy of the coefficients, row-major (n, 6): b0 b1 b2 a0 a1 a2.</summary>
    /// <returns>A new array.</returns>
    public double[] ToArray() => (double[])_c.Clone();

    /// <summary>Complex frequency response at <paramref name="frequency"/>.</summary>
    /// <param name="frequency">Frequency in Hz, 0 ≤ f ≤ fs/2.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <returns>H(e^{jω}) with ω = 2π f / fs.</returns>
    public Complex Response(double frequency, double samplingRate)
    {
        var w = 2 * Math.PI * frequency / samplingRate;
        var z1 = Complex.FromPolarCoordinates(1, -w);
        var z2 = z1 * z1;
        var h = Complex.One;
        for (var k = 0; k < _c.Length; k += 6)
        {
            h *= (_c[k] + (_c[k + 1] * z1) + (_c[k + 2] * z2)) / (1 + (_c[k + 4] * z1) + (_c[k + 5] * z2));
        }

        return h;
    }

    /// <summary>Filters <paramref name="signal"/> in place, causally, from the state in <paramref name="state"/>.</summary>
    /// <param name="signal">Samples, filtered in place.</param>
    /// <param name="state">Section states (s1, s2) per section, length 2n; updated.</param>
    public void FilterInPlace(Span<double> signal, Span<double> state)
    {
        if (state.Length != 2 * Count)
        {
            throw new ArgumentException($"SecondOrderSections.FilterInPlace: expected a state of length {2 * Count} but got {state.Length}.", nameof(state));
        }

        for (var k = 0; k < Count; k++)
        {
            double b0 = _c[6 * k], b1 = _c[(6 * k) + 1], b2 = _c[(6 * k) + 2], a1 = _c[(6 * k) + 4], a2 = _c[(6 * k) + 5];
            double s1 = state[2 * k], s2 = state[(2 * k) + 1];
            for (var i = 0; i < signal.Length; i++)
            {
                var x = signal[i];
                var y = (b0 * x) + s1;
                s1 = (b1 * x) - (a1 * y) + s2;
                s2 = (b2 * x) - (a2 * y);
                signal[i] = y;
            }

            state[2 * k] = s1;
            state[(2 * k) + 1] = s2;
        }
    }

    /// <summary>Writes the steady-state section states for a unit step input (scipy's <c>sosfilt_zi</c>).</summary>
    /// <param name="state">Output, length 2n; multiply by the first sample to start without a transient.</param>
    public void SteadyStateForUnitStep(Span<double> state)
    {
        var scale = 1.0;
        for (var k = 0; k < Count; k++)
        {
            double b0 = _c[6 * k], b1 = _c[(6 * k) + 1], b2 = _c[(6 * k) + 2], a1 = _c[(6 * k) + 4], a2 = _c[(6 * k) + 5];
            var gain = (b0 + b1 + b2) / (1 + a1 + a2);
            var s2 = b2 - (a2 * gain);
            var s1 = b1 - (a1 * gain) + s2;
            state[2 * k] = scale * s1;
            state[(2 * k) + 1] = scale * s2;
            scale *= gain;
        }
    }

    /// <summary>How many sections have b2 = 0 and a2 = 0 (first-order sections), the smaller count; used by scipy's padlen.</summary>
    internal int FirstOrderSectionCount()
    {
        int b = 0, a = 0;
        for (var k = 0; k < Count; k++)
        {
            b += _c[(6 * k) + 2] == 0 ? 1 : 0;
            a += _c[(6 * k) + 5] == 0 ? 1 : 0;
        }

        return Math.Min(a, b);
    }
}

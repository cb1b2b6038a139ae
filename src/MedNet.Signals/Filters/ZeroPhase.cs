// SPDX-License-Identifier: MIT
using System.Buffers;

namespace MedNet.Signals.Filters;

/// <summary>Zero-phase filtering: the filter runs forward, then backward, so the phase cancels (scipy's <c>sosfiltfilt</c>).</summary>
/// <remarks>
/// Source: Gustafsson F., "Determining the initial states in forward-backward filtering", IEEE TSP 44(4), 1996; scipy.signal.sosfiltfilt
/// with its defaults. The magnitude response is |H(f)|² (so a Butterworth cut-off is at −6 dB after filtfilt) and the phase is 0.
/// <para>Edges, as scipy's defaults: the signal is extended at both ends by an odd reflection of padlen samples,
/// x[−i] = 2x[0] − x[i], with padlen = 3 × (2n + 1 − m), n = number of sections, m = number of first-order sections; each pass
/// starts from the steady state for its first sample (<see cref="SecondOrderSections.SteadyStateForUnitStep"/>).</para>
/// </remarks>
public static class ZeroPhase
{
    /// <summary>The edge padding used for a filter: 3 × (2n + 1 − m) samples, scipy's default padlen.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>Samples of padding at each end.</returns>
    public static int PadLength(SecondOrderSections filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return 3 * ((2 * filter.Count) + 1 - filter.FirstOrderSectionCount());
    }

    /// <summary>Filters forward and backward.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="signal">Input samples, length &gt; <see cref="PadLength"/>.</param>
    /// <param name="destination">Output, same length as <paramref name="signal"/>; may be the same memory.</param>
    /// <exception cref="ArgumentException">The signal is not longer than the padding or the lengths differ.</exception>
    public static void Filter(SecondOrderSections filter, ReadOnlySpan<float> signal, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pad = PadLength(filter);
        var n = signal.Length;
        if (n <= pad)
        {
            throw new ArgumentException($"ZeroPhase.Filter: expected more than padlen = {pad} samples but got {n}. Use a longer signal or a lower-order filter.", nameof(signal));
        }

        if (destination.Length != n)
        {
            throw new ArgumentException($"ZeroPhase.Filter: expected a destination of {n} samples but got {destination.Length}.", nameof(destination));
        }

        var total = n + (2 * pad);
        var buffer = ArrayPool<double>.Shared.Rent(total);
        var zi = ArrayPool<double>.Shared.Rent(2 * filter.Count);
        var state = ArrayPool<double>.Shared.Rent(2 * filter.Count);
        try
        {
            var ext = buffer.AsSpan(0, total);
            double first = signal[0], last = signal[n - 1];
            for (var i = 0; i < pad; i++)
            {
                ext[i] = (2 * first) - signal[pad - i];
                ext[pad + n + i] = (2 * last) - signal[n - 2 - i];
            }

            for (var i = 0; i < n; i++)
            {
                ext[pad + i] = signal[i];
            }

            var ziSpan = zi.AsSpan(0, 2 * filter.Count);
            var st = state.AsSpan(0, 2 * filter.Count);
            filter.SteadyStateForUnitStep(ziSpan);
            Pass(filter, ext, ziSpan, st);
            ext.Reverse();
            Pass(filter, ext, ziSpan, st);
            ext.Reverse();
            for (var i = 0; i < n; i++)
            {
                destination[i] = (float)ext[pad + i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
            ArrayPool<double>.Shared.Return(zi);
            ArrayPool<double>.Shared.Return(state);
        }
    }

    private static void Pass(SecondOrderSections filter, Span<double> x, ReadOnlySpan<double> zi, Span<double> state)
    {
        var x0 = x[0];
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = zi[i] * x0;
        }

        filter.FilterInPlace(x, state);
    }
}

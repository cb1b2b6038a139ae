// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Augmentation;

/// <summary>Adds a sinusoidal baseline drift, as respiration and motion cause.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("sinusoidal drifts at frequencies between 0.15 and 0.3Hz and amplitudes of up to 15% of the signal range").
/// y[t] = x[t] + A · sin(2π f t / fs + φ), with f ~ U[fMin, fMax], A ~ U[0, maxFraction · (max x − min x)], φ ~ U[0, 2π),
/// all drawn from the given seeded <see cref="Random"/>.
/// </remarks>
public static class BaselineWander
{
    /// <summary>Adds a drift to one lead in place.</summary>
    /// <param name="lead">Samples of one lead.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="random">Seeded generator.</param>
    /// <param name="minHz">Lowest drift frequency in Hz. Default: 0.15.</param>
    /// <param name="maxHz">Highest drift frequency in Hz, ≥ <paramref name="minHz"/>. Default: 0.3.</param>
    /// <param name="maxFractionOfRange">Largest amplitude as a fraction of the lead's range, in [0, 1]. Default: 0.15.</param>
    /// <returns>The drift drawn: frequency (Hz), amplitude (signal units) and phase (rad).</returns>
    public static (double FrequencyHz, double Amplitude, double Phase) Add(
        Span<float> lead, double samplingRate, Random random, double minHz = 0.15, double maxHz = 0.3, double maxFractionOfRange = 0.15)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(samplingRate > 0) || !(minHz >= 0 && maxHz >= minHz) || !(maxFractionOfRange >= 0 && maxFractionOfRange <= 1))
        {
            throw new ArgumentException(
                $"BaselineWander: expected fs > 0, 0 ≤ minHz ≤ maxHz and a fraction in [0, 1] but got fs = {samplingRate}, [{minHz}, {maxHz}] Hz, {maxFractionOfRange}.");
        }

        float min = float.PositiveInfinity, max = float.NegativeInfinity;
        foreach (var v in lead)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        double range = lead.IsEmpty ? 0 : max - min;
        double f = minHz + ((maxHz - minHz) * random.NextDouble());
        double a = maxFractionOfRange * range * random.NextDouble();
        double phase = 2 * Math.PI * random.NextDouble();
        double w = 2 * Math.PI * f / samplingRate;
        for (int t = 0; t < lead.Length; t++)
        {
            lead[t] += (float)(a * Math.Sin((w * t) + phase));
        }

        return (f, a, phase);
    }
}

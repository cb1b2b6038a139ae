// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Augmentation;

/// <summary>Shifts a window in time by a random whole number of samples within ±max ms.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("random delays of ±50 ms to improve robustness against R-peak detection variability").
/// s ~ U{−m, …, m} with m = round(maxMs · fs / 1000) (18 samples at 360 Hz); y[t] = x[t − s]; samples shifted in from
/// outside repeat the nearest edge value. All leads of a record get the same s.
/// </remarks>
public static class TimeShift
{
    /// <summary>Shifts every lead of a (C, L) lead-major record in place by the same random offset.</summary>
    /// <param name="record">Samples (C, L), lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="random">Seeded generator.</param>
    /// <param name="maxMs">Largest shift in ms, ≥ 0. Default: 50.</param>
    /// <returns>The shift s in samples (positive = delayed).</returns>
    public static int Apply(Span<float> record, int leads, double samplingRate, Random random, double maxMs = 50)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (leads < 1 || record.Length % leads != 0 || !(samplingRate > 0) || !(maxMs >= 0))
        {
            throw new ArgumentException(
                $"TimeShift: expected a (C, L) record with C = {leads} ≥ 1, fs > 0 and maxMs ≥ 0 but got {record.Length} samples, fs = {samplingRate}, maxMs = {maxMs}.");
        }

        int m = (int)Math.Round(maxMs * samplingRate / 1000);
        int s = random.Next(-m, m + 1);
        Shift(record, leads, s);
        return s;
    }

    /// <summary>Shifts every lead by exactly <paramref name="samples"/> (positive = delayed), repeating edge values.</summary>
    /// <param name="record">Samples (C, L), lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="samples">Shift in samples.</param>
    public static void Shift(Span<float> record, int leads, int samples)
    {
        int length = record.Length / leads;
        if (samples == 0 || length == 0)
        {
            return;
        }

        for (int c = 0; c < leads; c++)
        {
            var lead = record.Slice(c * length, length);
            int k = Math.Min(Math.Abs(samples), length);
            if (samples > 0)
            {
                float first = lead[0];
                lead[..(length - k)].CopyTo(lead[k..]);
                lead[..k].Fill(first);
            }
            else
            {
                float last = lead[^1];
                lead[k..].CopyTo(lead);
                lead[(length - k)..].Fill(last);
            }
        }
    }
}

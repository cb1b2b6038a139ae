// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Signals.Detection;
using MedNet.Signals.Resampling;
using MedNet.Signals.Segmentation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>Record-level preprocessing for PTB-XL and CinC 2017: resampling, the §2.1 C baseline removal and 0.5–150 Hz band-pass,
/// R peaks, and 10 s windows z-scored per lead with the QRS and ST-T prior channels appended.</summary>
/// <remarks>
/// Source: [MSA] §2.1 C ("Resampling to a uniform 360Hz", "z-score normalization within each lead independently"), §2.2 A
/// (10 s inputs), §2.2 B (priors). Each window is z-scored on its own values, so no statistic crosses the split. The R peaks
/// come from Pan–Tompkins on one lead (II for PTB-XL, the only lead for CinC) of the filtered record. Differs: D-MS-50, D-MS-52.
/// </remarks>
public static class MsaRecordWindows
{
    /// <summary>Resamples each lead to <paramref name="targetRate"/> and applies the high-frequency-preserving preprocessing.</summary>
    /// <param name="leads">Leads in mV at <paramref name="rate"/>, equal lengths.</param>
    /// <param name="rate">Their rate in Hz.</param>
    /// <param name="targetRate">The rate of the model inputs in Hz.</param>
    /// <returns>The conditioned leads at <paramref name="targetRate"/>.</returns>
    /// <exception cref="ArgumentException">No lead, or leads of different lengths.</exception>
    public static float[][] Condition(IReadOnlyList<float[]> leads, double rate, double targetRate)
    {
        ArgumentNullException.ThrowIfNull(leads);
        if (leads.Count == 0)
        {
            throw new ArgumentException("MsaRecordWindows.Condition: expected at least one lead.", nameof(leads));
        }

        var resampler = Math.Abs(rate - targetRate) < 1e-9 ? null : new PolyphaseResampler(rate, targetRate);
        var result = new float[leads.Count][];
        for (var c = 0; c < leads.Count; c++)
        {
            if (leads[c].Length != leads[0].Length)
            {
                throw new ArgumentException($"MsaRecordWindows.Condition: expected leads of equal length but lead {c} has {leads[c].Length} samples, lead 0 {leads[0].Length}.", nameof(leads));
            }

            var x = resampler is null ? leads[c] : resampler.Resample(leads[c]);
            result[c] = MsaPreprocessing.Apply(x, targetRate, highFrequencyPreservation: true).Signal;
        }

        return result;
    }

    /// <summary>R peaks of one conditioned lead (Pan–Tompkins 1985); none when the lead is shorter than 1 s.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="rate">Its rate in Hz.</param>
    /// <returns>Ascending peak indices.</returns>
    public static int[] Peaks(float[] lead, double rate)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.Length < rate ? [] : PanTompkins1985.Detect(lead, rate).RPeaks;
    }

    /// <summary>Start indices of windows of <paramref name="length"/> every <paramref name="step"/> samples; a record shorter than one
    /// window gives one window at 0 (zero-padded by <see cref="Fill"/>), and a trailing part shorter than a window is dropped.</summary>
    /// <param name="samples">Record length.</param>
    /// <param name="length">Window length, ≥ 1.</param>
    /// <param name="step">Hop, ≥ 1 (half the window for 50 % overlap).</param>
    /// <returns>The starts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A length or step below 1.</exception>
    public static int[] Starts(int samples, int length, int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        if (samples <= length)
        {
            return [0];
        }

        var starts = new List<int>();
        for (var s = 0; s + length <= samples; s += step)
        {
            starts.Add(s);
        }

        return [.. starts];
    }

    /// <summary>Writes one (C + 2, L) window: each lead z-scored over the window (zero-padded past the record's end), then the priors.</summary>
    /// <param name="leads">Conditioned leads.</param>
    /// <param name="start">First sample of the window.</param>
    /// <param name="length">L.</param>
    /// <param name="peaks">R peaks of the record (record indices).</param>
    /// <param name="rate">Rate in Hz.</param>
    /// <param name="row">Destination, (C + 2)·L values.</param>
    /// <exception cref="ArgumentException">The destination has the wrong size.</exception>
    public static void Fill(float[][] leads, int start, int length, int[] peaks, double rate, Span<float> row)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(peaks);
        if (row.Length != (leads.Length + 2) * length)
        {
            throw new ArgumentException($"MsaRecordWindows.Fill: expected a row of ({leads.Length} + 2) × {length} values but got {row.Length}.", nameof(row));
        }

        row.Clear();
        for (var c = 0; c < leads.Length; c++)
        {
            var available = Math.Clamp(leads[c].Length - start, 0, length);
            var dst = row.Slice(c * length, length);
            leads[c].AsSpan(start, available).CopyTo(dst);
            double sum = 0, sq = 0;
            for (var i = 0; i < available; i++)
            {
                sum += dst[i];
            }

            var mean = available == 0 ? 0 : sum / available;
            for (var i = 0; i < available; i++)
            {
                var d = dst[i] - mean;
                sq += d * d;
            }

            var sd = available == 0 ? 0 : Math.Sqrt(sq / available);
            var scale = sd > 1e-8 ? 1 / sd : 0;
            for (var i = 0; i < available; i++)
            {
                dst[i] = (float)((dst[i] - mean) * scale);
            }
        }

        var local = new List<int>();
        foreach (var p in peaks)
        {
            if (p >= start && p < start + length)
            {
                local.Add(p - start);
            }
        }

        RegionMasks.Build(local.ToArray(), rate, row.Slice(leads.Length * length, length), row.Slice((leads.Length + 1) * length, length), MsaPriors.StTAfterR100To300);
    }
}

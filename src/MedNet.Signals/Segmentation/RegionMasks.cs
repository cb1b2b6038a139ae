// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Segmentation;

/// <summary>Builds the QRS and ST-T 0/1 masks over a record (or a beat window) from its R peaks.</summary>
/// <remarks>
/// Source: [MSA] §2.1 C. For each R peak r (samples) and sampling rate fs: QRS = [r − q, r + q] with q = round(QrsHalfWidthMs · fs / 1000);
/// J = r + round(JPointAfterRMs · fs / 1000); ST-T = [J + round(StStart · fs / 1000), J + round(StEnd · fs / 1000)]; all inclusive,
/// clipped to [0, L). The union of the two masks gates the spatial attention. At 360 Hz: QRS = r ± 18, ST-T = r + 40 … r + 61.
/// </remarks>
public static class RegionMasks
{
    /// <summary>Fills the two masks.</summary>
    /// <param name="rPeaks">R-peak sample indices; peaks outside [0, L) still mark the part of their regions inside.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="qrs">Destination QRS mask, length L; set to 0/1.</param>
    /// <param name="stT">Destination ST-T mask, length L; set to 0/1.</param>
    /// <param name="options">Offsets in ms. Default: the paper's.</param>
    public static void Build(ReadOnlySpan<int> rPeaks, double samplingRate, Span<float> qrs, Span<float> stT, RegionMaskOptions? options = null)
    {
        options ??= new RegionMaskOptions();
        var problems = options.Validate();
        if (problems.Count > 0 || !(samplingRate > 0) || qrs.Length != stT.Length)
        {
            throw new ArgumentException(
                $"RegionMasks: expected valid options, fs > 0 and equal mask lengths but got [{string.Join(" ", problems)}], fs = {samplingRate}, lengths {qrs.Length}/{stT.Length}.",
                nameof(options));
        }

        int Samples(double ms) => (int)Math.Round(ms * samplingRate / 1000);
        int q = Samples(options.QrsHalfWidthMs), j = Samples(options.JPointAfterRMs);
        int s0 = Samples(options.StStartAfterJMs), s1 = Samples(options.StEndAfterJMs);
        qrs.Clear();
        stT.Clear();
        foreach (var r in rPeaks)
        {
            Mark(qrs, r - q, r + q);
            Mark(stT, r + j + s0, r + j + s1);
        }
    }

    private static void Mark(Span<float> mask, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(mask.Length - 1, to);
        if (to >= from)
        {
            mask[from..(to + 1)].Fill(1f);
        }
    }
}

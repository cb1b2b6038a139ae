// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Segmentation;

/// <summary>Cuts lead-major ECG records into beat windows centred on R peaks, or into fixed overlapping segments.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("extracting 2.5-second windows centered on each R-peak"; PhysioNet 2017 "10-s segments (overlap = 50%)").
/// Beat window: W = round(seconds · fs) samples, starting at r − ⌊W/2⌋, so the R peak sits at index ⌊W/2⌋
/// (2.5 s at 360 Hz: W = 900, R at 450). Fixed segments: W = round(seconds · fs), hop = round(W · (1 − overlap)),
/// starts 0, hop, 2·hop, … while the segment fits; with <see cref="EdgeRule.Skip"/> a record shorter than W gives no
/// segment and the uncovered tail is dropped (its start is listed in <see cref="SegmentSet.Skipped"/>); with a padding
/// rule one final padded segment covers the tail.
/// </remarks>
public static class EcgSegmenter
{
    /// <summary>Windows of <paramref name="seconds"/> centred on each R peak.</summary>
    /// <param name="record">Samples (C, L) lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="rPeaks">R-peak sample indices (any order; each must lie in [0, L)).</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0 (360 after resampling).</param>
    /// <param name="seconds">Window length in s, &gt; 0. Default: 2.5.</param>
    /// <param name="edges">Peaks too near an end. Default: <see cref="EdgeRule.Skip"/>.</param>
    /// <returns>The (N, C, W) beat windows.</returns>
    public static SegmentSet BeatWindows(
        ReadOnlySpan<float> record, int leads, ReadOnlySpan<int> rPeaks, double samplingRate, double seconds = 2.5, EdgeRule edges = EdgeRule.Skip)
    {
        int length = Validate(record, leads, samplingRate, seconds, nameof(record));
        int w = (int)Math.Round(seconds * samplingRate);
        var starts = new List<int>(rPeaks.Length);
        var anchors = new List<int>(rPeaks.Length);
        var skipped = new List<int>();
        foreach (var r in rPeaks)
        {
            if ((uint)r >= (uint)length)
            {
                throw new ArgumentException($"EcgSegmenter.BeatWindows: expected R peaks in [0, {length}) but got {r}.", nameof(rPeaks));
            }

            int s = r - (w / 2);
            if (edges == EdgeRule.Skip && (s < 0 || s + w > length))
            {
                skipped.Add(r);
                continue;
            }

            starts.Add(s);
            anchors.Add(r);
        }

        return Cut(record, leads, length, w, starts, anchors, skipped, edges);
    }

    /// <summary>Fixed segments of <paramref name="seconds"/> with the given overlap.</summary>
    /// <param name="record">Samples (C, L) lead-major.</param>
    /// <param name="leads">C ≥ 1.</param>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="seconds">Segment length in s, &gt; 0. Default: 10.</param>
    /// <param name="overlap">Fraction of a segment shared with the next, in [0, 1). Default: 0.5.</param>
    /// <param name="edges">Tail and short records. Default: <see cref="EdgeRule.Skip"/>.</param>
    /// <returns>The (N, C, W) segments.</returns>
    public static SegmentSet FixedSegments(
        ReadOnlySpan<float> record, int leads, double samplingRate, double seconds = 10, double overlap = 0.5, EdgeRule edges = EdgeRule.Skip)
    {
        int length = Validate(record, leads, samplingRate, seconds, nameof(record));
        if (!(overlap >= 0 && overlap < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(overlap), overlap, "EcgSegmenter.FixedSegments: expected overlap in [0, 1).");
        }

        int w = (int)Math.Round(seconds * samplingRate);
        int hop = Math.Max(1, (int)Math.Round(w * (1 - overlap)));
        var starts = new List<int>();
        var skipped = new List<int>();
        int s = 0;
        for (; s + w <= length; s += hop)
        {
            starts.Add(s);
        }

        int coveredTo = starts.Count == 0 ? 0 : starts[^1] + w;
        if (coveredTo < length)
        {
            if (edges == EdgeRule.Skip)
            {
                skipped.Add(s);
            }
            else
            {
                starts.Add(starts.Count == 0 ? 0 : s);
            }
        }

        return Cut(record, leads, length, w, starts, [.. starts], skipped, edges);
    }

    private static int Validate(ReadOnlySpan<float> record, int leads, double fs, double seconds, string name)
    {
        if (leads < 1 || record.Length == 0 || record.Length % leads != 0)
        {
            throw new ArgumentException($"EcgSegmenter: expected a (C, L) record with C = {leads} ≥ 1 but got {record.Length} samples.", name);
        }

        if (!(fs > 0) || !(seconds > 0) || Math.Round(seconds * fs) < 1)
        {
            throw new ArgumentException($"EcgSegmenter: expected samplingRate > 0 and seconds > 0 giving ≥ 1 sample but got fs = {fs}, seconds = {seconds}.", name);
        }

        return record.Length / leads;
    }

    private static SegmentSet Cut(
        ReadOnlySpan<float> record, int leads, int length, int w, List<int> starts, List<int> anchors, List<int> skipped, EdgeRule edges)
    {
        int n = starts.Count;
        var data = new float[(long)n * leads * w];
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < leads; c++)
            {
                var lead = record.Slice(c * length, length);
                var dst = data.AsSpan(((i * leads) + c) * w, w);
                int s = starts[i];
                int from = Math.Max(0, -s), to = Math.Min(w, length - s); // dst[from..to) comes from the record
                if (to > from)
                {
                    lead.Slice(s + from, to - from).CopyTo(dst[from..to]);
                }

                switch (edges)
                {
                    case EdgeRule.Skip:
                    case EdgeRule.ZeroPad:
                        break; // Skip never pads; ZeroPad leaves the zeros
                    case EdgeRule.RepeatEdge:
                        dst[..from].Fill(lead[0]);
                        dst[Math.Max(from, to)..].Fill(lead[^1]);
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(edges), edges, $"EcgSegmenter: expected one of {string.Join(", ", Enum.GetNames<EdgeRule>())} but got {edges}.");
                }
            }
        }

        return new SegmentSet(data, n, leads, w, [.. starts], [.. anchors], [.. skipped]);
    }
}

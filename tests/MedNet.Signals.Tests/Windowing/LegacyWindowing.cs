using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Windowing;

/// <summary>
/// The window arithmetic of the three cutters the kit had before issue 11 (Preprocessing.SlidingWindows,
/// Substitutes.RecordingWindows and Segmentation.EcgSegmenter at commit c16d1ca), restated loop by loop as the slow
/// reference the one <see cref="MedNet.Signals.Windowing.WindowCutter"/> must match bit for bit.
/// </summary>
internal static class LegacyWindowing
{
    /// <summary>SlidingWindows.Create: leading 0 = skip, 1 = DTAAD (rows [i − W, i)), 2 = ending at row i; (N, W, C) and first rows.</summary>
    public static (float[] Data, int[] First) Sliding(TimeSeriesTable series, int w, int stride, int leading)
    {
        int t = series.Rows, c = series.Columns;
        int n = leading == 0 ? ((t - w) / stride) + 1 : t;
        var first = new int[n];
        for (int i = 0; i < n; i++)
        {
            first[i] = leading switch { 0 => i * stride, 1 => i - w, _ => i - w + 1 };
        }

        var data = new float[n * w * c];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < w; k++)
            {
                int row = Math.Max(0, first[i] + k);
                for (int j = 0; j < c; j++)
                {
                    data[(((i * w) + k) * c) + j] = (float)series.Values[(row * c) + j];
                }
            }
        }

        return (data, first);
    }

    /// <summary>RecordingWindows.Create: windows of W every step samples from each recording, tail dropped; (N, W) and dropped samples.</summary>
    public static (float[] Data, long Dropped) PerRecording(IReadOnlyList<float[]> recordings, int w, int step)
    {
        var data = new List<float>();
        long dropped = 0;
        foreach (var samples in recordings)
        {
            int end = 0;
            for (int start = 0; start + w <= samples.Length; start += step)
            {
                end = start + w;
                data.AddRange(samples.AsSpan(start, w).ToArray());
            }

            dropped += samples.Length - end;
        }

        return ([.. data], dropped);
    }

    /// <summary>EcgSegmenter beat windows (skip rule): starts r − ⌊W/2⌋ of the peaks whose window fits; (N, C, W) lead-major windows and skipped peaks.</summary>
    public static (float[] Data, int[] Starts, int[] Skipped) Beats(float[] record, int leads, int[] peaks, int w)
    {
        int length = record.Length / leads;
        var starts = new List<int>();
        var skipped = new List<int>();
        foreach (var r in peaks)
        {
            int s = r - (w / 2);
            if (s < 0 || s + w > length)
            {
                skipped.Add(r);
                continue;
            }

            starts.Add(s);
        }

        return (Cut(record, leads, length, w, starts), [.. starts], [.. skipped]);
    }

    /// <summary>EcgSegmenter fixed segments (skip rule): starts 0, hop, … while a segment fits; (N, C, W) and the skipped tail start.</summary>
    public static (float[] Data, int[] Starts, int[] Skipped) Segments(float[] record, int leads, int w, int hop)
    {
        int length = record.Length / leads;
        var starts = new List<int>();
        int s = 0;
        for (; s + w <= length; s += hop)
        {
            starts.Add(s);
        }

        int coveredTo = starts.Count == 0 ? 0 : starts[^1] + w;
        return (Cut(record, leads, length, w, starts), [.. starts], coveredTo < length ? [s] : []);
    }

    private static float[] Cut(float[] record, int leads, int length, int w, List<int> starts)
    {
        var data = new float[starts.Count * leads * w];
        for (int i = 0; i < starts.Count; i++)
        {
            for (int c = 0; c < leads; c++)
            {
                Array.Copy(record, (c * length) + starts[i], data, ((i * leads) + c) * w, w);
            }
        }

        return data;
    }
}

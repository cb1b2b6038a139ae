using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Segmentation;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Windowing;

/// <summary>The old three parameterisations (<see cref="LegacyWindowing"/>) and the one spec + cutter give the same windows on the shipped records.</summary>
public class LegacyParityTests
{
    private static TimeSeriesTable MbaTest()
    {
        var ds = MbaDataset.Load(SharedData.Shipped("mba"));
        return ChannelNormaliser.Fit(ds.Train, Normalisation.DtaadMinMax).Transform(ds.Test);
    }

    private static MitBihRecord Record100() => MitBih.Load(SharedData.Shipped("mitdb"), "100");

    /// <summary>(N, C, W) channel-first as the old SegmentSet stored it, from the cutter's (N, W, C).</summary>
    private static float[] ChannelFirst(WindowTensor w)
    {
        var result = new float[w.Data.Length];
        for (int n = 0; n < w.Count; n++)
        {
            for (int k = 0; k < w.Length; k++)
            {
                for (int c = 0; c < w.Channels; c++)
                {
                    result[(((n * w.Channels) + c) * w.Length) + k] = w.Data[(((n * w.Length) + k) * w.Channels) + c];
                }
            }
        }

        return result;
    }

    [Theory]
    [InlineData(10, 1, 0)]
    [InlineData(128, 1, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(10, 7, 0)]
    [InlineData(10, 1, 1)]
    [InlineData(128, 1, 1)]
    [InlineData(10, 1, 2)]
    public void Mba_SlidingWindowsParameterisations_SameWindows(int w, int stride, int leading)
    {
        var series = MbaTest();
        var spec = leading switch
        {
            0 => new WindowSpec { Length = w, Stride = stride },
            1 => WindowSpec.Dtaad(w),
            _ => new WindowSpec { Length = w, Alignment = WindowAlignment.EndingAtRow, Edges = EdgeRule.RepeatEdge },
        };

        var (data, first) = LegacyWindowing.Sliding(series, w, stride, leading);
        var cut = WindowCutter.Cut(series, spec);

        Assert.Equal(first, cut.FirstRow);
        Assert.Equal(data, cut.Data);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 5)]
    [InlineData(360, 360)]
    public void Mitdb100_RecordingWindowsParameterisation_SameWindows(int w, int step)
    {
        var signal = Record100().Signal;
        var recordings = new List<float[]>();
        for (int start = 0; start + 3607 <= signal.Length && recordings.Count < 40; start += 3607)
        {
            recordings.Add(signal.AsSpan(start, 3607).ToArray()); // odd length, so every recording drops a tail
        }

        var (data, dropped) = LegacyWindowing.PerRecording(recordings, w, step);
        var cut = WindowCutter.CutEach(recordings, 1, SampleLayout.TimeMajor, new WindowSpec { Length = w, Stride = step });

        Assert.Equal(data, cut.Data);
        long cutterDropped = 0;
        foreach (var r in recordings)
        {
            cutterDropped += WindowCutter.Cut(r, 1, SampleLayout.TimeMajor, cut.Spec).DroppedTailRows;
        }

        Assert.Equal(dropped, cutterDropped);
    }

    [Fact]
    public void Mitdb100_BeatWindowsParameterisation_SameWindows()
    {
        var rec = Record100();
        var peaks = Array.ConvertAll(rec.BeatSamples(), s => (int)s);
        var spec = WindowSpec.CentredBeats(2.5, rec.SamplingFrequency);

        var (data, starts, skipped) = LegacyWindowing.Beats(rec.Signal, 1, peaks, spec.Length);
        var cut = EcgSegmenter.BeatWindows(rec.Signal, 1, peaks, spec);

        Assert.Equal(900, spec.Length);
        Assert.Equal(starts, cut.FirstRow);
        Assert.Equal(skipped, cut.Skipped);
        Assert.Equal(data, ChannelFirst(cut));
    }

    [Fact]
    public void Mitdb100_TwoLeadFixedSegmentsParameterisation_SameWindows()
    {
        var one = Record100().Signal;
        var two = new float[2 * one.Length]; // (C, L) lead-major: the lead, then its negation
        for (int i = 0; i < one.Length; i++)
        {
            two[i] = one[i];
            two[one.Length + i] = -one[i];
        }

        var spec = WindowSpec.Segments(10, 360, 0.5);
        var (data, starts, skipped) = LegacyWindowing.Segments(two, 2, spec.Length, spec.Stride);
        var cut = EcgSegmenter.FixedSegments(two, 2, spec);

        Assert.Equal(starts, cut.FirstRow);
        Assert.Equal(skipped, cut.Skipped);
        Assert.Equal(data, ChannelFirst(cut));
    }
}

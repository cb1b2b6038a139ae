using MedNet.Signals.Segmentation;

namespace MedNet.Signals.Tests.Segmentation;

public class EcgSegmenterTests
{
    private static float[] Ramp(int leads, int length) =>
        Enumerable.Range(0, leads * length).Select(i => (float)((i / length * 100000) + (i % length))).ToArray();

    [Fact]
    public void BeatWindows_At360Hz_Are900SamplesWithRAt450()
    {
        var record = Ramp(2, 3600);
        var set = EcgSegmenter.BeatWindows(record, 2, [1000, 2000], 360);
        Assert.Equal((2, 2, 900), set.Shape);
        Assert.Equal(1000, set.Segment(0)[450]);
        Assert.Equal(100000 + 2000, set.Segment(1)[900 + 450]);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void BeatWindows_PeakNearEdge_SkippedOrPadded()
    {
        var record = Ramp(1, 3600);
        var skipped = EcgSegmenter.BeatWindows(record, 1, [100, 1800, 3550], 360);
        Assert.Equal(1, skipped.Count);
        Assert.Equal([100, 3550], skipped.Skipped);

        var padded = EcgSegmenter.BeatWindows(record, 1, [100], 360, edges: EdgeRule.RepeatEdge);
        Assert.Equal(0, padded.Segment(0)[0]);      // repeats sample 0
        Assert.Equal(100, padded.Segment(0)[450]);
        var zero = EcgSegmenter.BeatWindows(record, 1, [3550], 360, edges: EdgeRule.ZeroPad);
        Assert.Equal(0, zero.Segment(0)[899]);
    }

    [Fact]
    public void FixedSegments_TenSecondsHalfOverlap_HopIsFiveSeconds()
    {
        var set = EcgSegmenter.FixedSegments(Ramp(1, 300 * 30), 1, 300);
        Assert.Equal((5, 1, 3000), set.Shape);
        Assert.Equal([0, 1500, 3000, 4500, 6000], set.Start);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void FixedSegments_ShortRecord_SkipGivesNonePadGivesOne()
    {
        var record = Ramp(1, 2700); // 9 s at 300 Hz
        Assert.Equal(0, EcgSegmenter.FixedSegments(record, 1, 300).Count);
        var padded = EcgSegmenter.FixedSegments(record, 1, 300, edges: EdgeRule.ZeroPad);
        Assert.Equal(1, padded.Count);
        Assert.Equal(0, padded.Segment(0)[2999]);
    }

    [Fact]
    public void BeatWindows_PeakOutsideRecord_Throws() =>
        Assert.Throws<ArgumentException>(() => EcgSegmenter.BeatWindows(Ramp(1, 100), 1, [100], 360));
}

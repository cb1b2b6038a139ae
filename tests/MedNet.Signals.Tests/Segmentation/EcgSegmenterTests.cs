using MedNet.Signals.Segmentation;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Segmentation;

public class EcgSegmenterTests
{
    private static readonly WindowSpec Beats = WindowSpec.CentredBeats(2.5, 360);
    private static readonly WindowSpec TenSeconds = WindowSpec.Segments(10, 300, 0.5);

    private static float[] Ramp(int leads, int length) =>
        Enumerable.Range(0, leads * length).Select(i => (float)((i / length * 100000) + (i % length))).ToArray();

    [Fact]
    public void BeatWindows_At360Hz_Are900SamplesWithRAt450()
    {
        var record = Ramp(2, 3600);
        var set = EcgSegmenter.BeatWindows(record, 2, [1000, 2000], Beats);
        Assert.Equal((2, 900, 2), set.Shape);
        Assert.Equal(1000, set.Window(0)[450 * 2]);            // (W, C): row 450, lead 0
        Assert.Equal(100000 + 2000, set.Window(1)[(450 * 2) + 1]); // row 450, lead 1
        Assert.Equal([1000, 2000], set.Anchor);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void BeatWindows_PeakNearEdge_SkippedOrPadded()
    {
        var record = Ramp(1, 3600);
        var skipped = EcgSegmenter.BeatWindows(record, 1, [100, 1800, 3550], Beats);
        Assert.Equal(1, skipped.Count);
        Assert.Equal([100, 3550], skipped.Skipped);

        var padded = EcgSegmenter.BeatWindows(record, 1, [100], Beats with { Edges = EdgeRule.RepeatEdge });
        Assert.Equal(0, padded.Window(0)[0]);      // repeats sample 0
        Assert.Equal(100, padded.Window(0)[450]);
        var zero = EcgSegmenter.BeatWindows(record, 1, [3550], Beats with { Edges = EdgeRule.ZeroPad });
        Assert.Equal(0, zero.Window(0)[899]);
    }

    [Fact]
    public void FixedSegments_TenSecondsHalfOverlap_HopIsFiveSeconds()
    {
        var set = EcgSegmenter.FixedSegments(Ramp(1, 300 * 30), 1, TenSeconds);
        Assert.Equal((5, 3000, 1), set.Shape);
        Assert.Equal([0, 1500, 3000, 4500, 6000], set.FirstRow);
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void FixedSegments_ShortRecord_SkipGivesNonePadGivesOne()
    {
        var record = Ramp(1, 2700); // 9 s at 300 Hz
        Assert.Equal(0, EcgSegmenter.FixedSegments(record, 1, TenSeconds).Count);
        var padded = EcgSegmenter.FixedSegments(record, 1, TenSeconds with { Edges = EdgeRule.ZeroPad });
        Assert.Equal(1, padded.Count);
        Assert.Equal(0, padded.Window(0)[2999]);
    }

    [Fact]
    public void BeatWindows_PeakOutsideRecord_ThrowsNamingAnchors()
    {
        var ex = Assert.Throws<ArgumentException>(() => EcgSegmenter.BeatWindows(Ramp(1, 100), 1, [100], Beats));
        Assert.Equal("anchors", ex.ParamName);
    }

    [Fact]
    public void BeatWindows_SpecFromStart_ThrowsNamingAlignment()
    {
        var ex = Assert.Throws<ArgumentException>(() => EcgSegmenter.BeatWindows(Ramp(1, 100), 1, [50], WindowSpec.Sliding(10)));
        Assert.Contains("spec.Alignment: expected AtAnchors", ex.Message, StringComparison.Ordinal);
    }
}

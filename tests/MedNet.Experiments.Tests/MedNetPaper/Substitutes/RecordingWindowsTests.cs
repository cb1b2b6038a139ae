// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Signals.Windowing;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

public class RecordingWindowsTests
{
    private static LabelledRecording Ramp(string id, int length, float start, int label, int[]? points = null)
    {
        var x = new float[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = start + i;
        }

        return new LabelledRecording(id, x, label, points);
    }

    [Fact]
    public void Create_DefaultStep_NonOverlappingRecordingMajorTailDropped()
    {
        LabelledRecording[] recs = [Ramp("a", 25, 0, 0), Ramp("b", 30, 100, 1)];

        var w = RecordingWindows.Create(recs, WindowSpec.NonOverlapping(10));

        Assert.Equal(10, w.Spec.Stride);
        Assert.Equal((5, 10, 1), w.Windows.Shape);
        Assert.Equal([0, 0, 1, 1, 1], w.RecordingIndex);
        Assert.Equal([0, 10, 0, 10, 20], w.WindowOffset);
        Assert.Equal([0, 0, 1, 1, 1], w.WindowLabels);
        Assert.Equal(110f, w.Windows.Window(3)[0]);
        Assert.Equal(119f, w.Windows.Window(3)[9]);
        Assert.Equal([0, 10, 25, 35, 45], w.Windows.FirstRow);
        Assert.Equal(55, w.Windows.SourceRows);
        Assert.Equal(3, w.AnomalousCount);
        Assert.Equal(5L, w.DroppedSamples); // 25 mod 10 + 30 mod 10
    }

    [Fact]
    public void Create_Step_OverlappingWindowCount()
    {
        var w = RecordingWindows.Create([Ramp("a", 25, 0, 0)], new WindowSpec { Length = 10, Stride = 5 });

        Assert.Equal([0, 5, 10, 15], w.WindowOffset); // ⌊(25 − 10) / 5⌋ + 1 = 4
        Assert.Equal(15f, w.Windows.Window(3)[0]);
    }

    [Fact]
    public void Create_PointLabels_WindowLabelIsMaxInsideWindow()
    {
        var points = new int[30];
        points[12] = 1; // inside window 1 only
        var rec = Ramp("p", 30, 0, 1, points);

        var w = RecordingWindows.Create([rec], WindowSpec.NonOverlapping(10));

        Assert.Equal([0, 1, 0], w.WindowLabels);
    }

    [Fact]
    public void Create_RecordingShorterThanWindow_NamesRecording()
    {
        LabelledRecording[] recs = [Ramp("long", 20, 0, 0), Ramp("short-one", 7, 0, 0)];

        var ex = Assert.Throws<ArgumentException>(() => RecordingWindows.Create(recs, WindowSpec.NonOverlapping(10)));

        Assert.Contains("'short-one' (index 1) has 7", ex.Message);
    }

    [Fact]
    public void Create_PointLabelsLengthChangedByWith_NamesRecording()
    {
        var rec = Ramp("p", 30, 0, 1, new int[30]) with { Samples = new float[20] };

        var ex = Assert.Throws<ArgumentException>(() => RecordingWindows.Create([rec], WindowSpec.NonOverlapping(10)));

        Assert.Contains("'p' (index 0) has 30 for 20 samples", ex.Message);
    }

    [Theory]
    [InlineData(0, 1, "Length")]
    [InlineData(10, -1, "Stride")]
    public void Create_BadLengthOrStride_ThrowsNamingTheField(int length, int stride, string field)
    {
        var ex = Assert.Throws<ArgumentException>(() => RecordingWindows.Create([Ramp("a", 20, 0, 0)], new WindowSpec { Length = length, Stride = stride }));
        Assert.Contains(field + ": expected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DtaadSpec_OneWindowPerSampleOfEveryRecording()
    {
        LabelledRecording[] recs = [Ramp("a", 12, 0, 0), Ramp("b", 11, 100, 1)];

        var w = RecordingWindows.Create(recs, WindowSpec.Dtaad(10));

        Assert.Equal(23, w.Count);
        Assert.Equal(12, w.RecordingIndex.Count(r => r == 0));
        Assert.Equal(100f, w.Windows.Window(12)[9]);   // window 0 of b: ten copies of b's first sample, never a's samples
        Assert.Equal(0L, w.DroppedSamples);
    }

    [Fact]
    public void Create_EqualsTheCutterOnEachRecording()
    {
        LabelledRecording[] recs = [Ramp("a", 25, 0, 0), Ramp("b", 37, 100, 1)];
        var spec = new WindowSpec { Length = 6, Stride = 4 };

        var w = RecordingWindows.Create(recs, spec);

        var a = WindowCutter.Cut(recs[0].Samples, 1, SampleLayout.TimeMajor, spec);
        var b = WindowCutter.Cut(recs[1].Samples, 1, SampleLayout.TimeMajor, spec);
        Assert.Equal([.. a.Data, .. b.Data], w.Windows.Data);
        Assert.Equal(a.DroppedTailRows + b.DroppedTailRows, w.DroppedSamples);
    }

    [Fact]
    public void Create_NoRecordings_Throws()
    {
        Assert.Throws<ArgumentException>(() => RecordingWindows.Create([], WindowSpec.NonOverlapping(10)));
    }
}

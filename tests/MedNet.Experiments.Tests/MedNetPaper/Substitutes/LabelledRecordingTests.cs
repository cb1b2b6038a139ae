// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

public class LabelledRecordingTests
{
    [Fact]
    public void Constructor_NaNSample_NamesRecordingAndIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("rec-7", [0f, 1f, float.NaN, 2f], 0));

        Assert.Contains("'rec-7'", ex.Message);
        Assert.Contains("sample index 2", ex.Message);
    }

    [Fact]
    public void Constructor_InfiniteSample_NamesRecordingAndIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("x", [float.PositiveInfinity], 1));

        Assert.Contains("sample index 0", ex.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Constructor_LabelNotBinary_Throws(int label)
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [0f], label));

        Assert.Contains($"has {label}", ex.Message);
    }

    [Fact]
    public void Constructor_PointLabelsWrongLength_ThrowsWithBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [0f, 1f, 2f], 0, [0, 1]));

        Assert.Contains("expected 3 point labels", ex.Message);
        Assert.Contains("has 2", ex.Message);
    }

    [Fact]
    public void Constructor_PointLabelNotBinary_NamesIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [0f, 1f], 1, [0, 3]));

        Assert.Contains("sample index 1", ex.Message);
    }

    [Fact]
    public void With_NaNSamples_NamesRecordingAndIndex()
    {
        var ok = new LabelledRecording("rec-9", [1f, 2f], 0);

        var ex = Assert.Throws<ArgumentException>(() => ok with { Samples = [1f, float.NaN] });

        Assert.Contains("'rec-9' has NaN at sample index 1", ex.Message);
    }

    [Fact]
    public void Constructor_EmptySamples_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [], 0));
    }

    [Fact]
    public void Constructor_BeatOutsideRecording_NamesRecordingAndBeat()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("rec-3", [0f, 1f, 2f], 0, beats: [new BeatMark(0, "N"), new BeatMark(3, "V")]));

        Assert.Contains("'rec-3'", ex.Message);
        Assert.Contains("beat 1 at 3", ex.Message);
        Assert.Equal("Beats", ex.ParamName);
    }

    [Fact]
    public void Constructor_BeatsOutOfOrder_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [0f, 1f, 2f], 0, beats: [new BeatMark(2, "N"), new BeatMark(1, "N")]));

        Assert.Contains("ascending", ex.Message);
    }

    [Fact]
    public void Constructor_BlankBeatSymbol_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LabelledRecording("r", [0f, 1f], 0, beats: [new BeatMark(1, " ")]));

        Assert.Contains("blank", ex.Message);
    }

    [Fact]
    public void With_ShorterSamplesThenBeats_ChecksAgainstNewLength()
    {
        var r = new LabelledRecording("r", [0f, 1f, 2f, 3f], 0, beats: [new BeatMark(1, "N"), new BeatMark(3, "V")]);

        var ex = Assert.Throws<ArgumentException>(() => r with { Samples = [0f, 1f], Beats = r.Beats });
        var cropped = r with { Samples = [0f, 1f], Beats = [r.Beats![0]] };

        Assert.Contains("beat 1 at 3", ex.Message);
        Assert.Equal([new BeatMark(1, "N")], cropped.Beats);
    }
}

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
}

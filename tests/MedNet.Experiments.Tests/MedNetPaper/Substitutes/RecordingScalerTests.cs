// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

public class RecordingScalerTests
{
    /// <summary>float32 arithmetic on values of order 1.</summary>
    private const float Tolerance = 1e-5f;

    private static readonly LabelledRecording[] Train = [new("t0", [0f, 10f, -2f], 0), new("t1", [4f, 2f, 2f], 1)];

    [Fact]
    public void Fit_PerTimeStepMinMax_UsesTrainingColumnsOnly()
    {
        var scaler = RecordingScaler.Fit(Train, RecordingScaling.PerTimeStepMinMax);
        var test = scaler.Apply(new LabelledRecording("x", [8f, 2f, 0f], 1));

        Assert.Equal([0f, 2f, -2f], scaler.Offset);
        Assert.Equal(8f / (4f + RecordingScaler.MinMaxEpsilon), test.Samples[0], Tolerance); // outside [0, 1]: test is not fitted
        Assert.Equal(0f, test.Samples[1], Tolerance);
        Assert.Equal(2f / (4f + RecordingScaler.MinMaxEpsilon), test.Samples[2], Tolerance);
        Assert.Equal(("x", 1), (test.Id, test.Label));
    }

    [Fact]
    public void Fit_PerTimeStepUnequalLengths_NamesRecording()
    {
        var ex = Assert.Throws<ArgumentException>(() => RecordingScaler.Fit([Train[0], new LabelledRecording("odd", [1f], 0)], RecordingScaling.PerTimeStepMinMax));

        Assert.Contains("'odd' has 1", ex.Message);
    }

    [Fact]
    public void Fit_ZScore_TrainingHasMeanZeroStdOne()
    {
        var scaler = RecordingScaler.Fit(Train, RecordingScaling.ZScore);
        var all = new List<float>();
        foreach (var r in scaler.Apply(Train))
        {
            all.AddRange(r.Samples);
        }

        var mean = all.Average();
        var std = Math.Sqrt(all.Average(v => (v - mean) * (v - mean)));
        Assert.Equal(0, mean, Tolerance);
        Assert.Equal(1, std, Tolerance);
    }

    [Fact]
    public void Fit_GlobalMinMax_TrainingSpansZeroToAlmostOne()
    {
        var scaled = RecordingScaler.Fit(Train, RecordingScaling.GlobalMinMax).Apply(Train);

        Assert.Equal(0f, scaled[0].Samples[2], Tolerance);
        Assert.Equal(12f / (12f + RecordingScaler.MinMaxEpsilon), scaled[0].Samples[1], Tolerance);
    }

    [Fact]
    public void Apply_PerRecordingMinMax_EachRecordingOwnRange()
    {
        var scaled = RecordingScaler.Fit(Train, RecordingScaling.PerRecordingMinMax).Apply(new LabelledRecording("x", [5f, 7f], 0));

        Assert.Equal([0f, 2f / (2f + RecordingScaler.MinMaxEpsilon)], scaled.Samples);
    }

    [Fact]
    public void Apply_None_CopiesValues()
    {
        var scaled = RecordingScaler.Fit(Train, RecordingScaling.None).Apply(Train[0]);

        Assert.Equal(Train[0].Samples, scaled.Samples);
        Assert.NotSame(Train[0].Samples, scaled.Samples);
    }

    [Fact]
    public void Fit_UndefinedMethod_ListsNames()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RecordingScaler.Fit(Train, (RecordingScaling)99));

        Assert.Contains("PerTimeStepMinMax", ex.Message);
    }
}

using MedNet.Signals.Balancing;
using MedNet.Signals.Splits;

namespace MedNet.Signals.Tests.Splits;

/// <summary>Issue 18, point 6: each of the four ways test rows reached SMOTE-Tomek through the public API now meets a named error.</summary>
public class HonestFoldTests
{
    /// <summary>Six samples: subjects "tr1", "tr2" (training) and "te" (held out; rows 4 and 5, feature value 100+).</summary>
    private static LabelledSamples Samples() => new(
        [0, 1, 2, 3, 4, 5, 6, 7, 100, 101, 102, 103], 2, [0, 0, 1, 1, 0, 1], ["tr1", "tr1", "tr2", "tr2", "te", "te"]);

    private static SubjectFold Legitimate() => new(0, [0, 1, 2, 3], [4, 5], ["te"]);

    [Fact]
    public void Route1_AFoldWithoutAHeldOutSide_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SubjectFold(0, [0, 1, 2, 3, 4, 5], [], []));
        Assert.Contains("non-empty held-out side", ex.Message);
        Assert.Throws<ArgumentException>(() => new SubjectFold(0, [0, 1, 2, 3], [4, 5], []));
    }

    [Fact]
    public void Route2_WideningAFoldMeansBuildingANewOne_WhichIsCheckedAgainstTheSamples()
    {
        // `fold with { TrainIndices = all, TestSubjects = [] }` no longer compiles (SubjectFold is a class with get-only
        // properties); the nearest legal move is a new fold that lists the held-out subject but trains on its rows:
        var widened = new SubjectFold(0, [0, 1, 2, 3, 4], [5], ["te"]);
        var ex = Assert.Throws<InvalidOperationException>(() => widened.Training(Samples()));
        Assert.Contains("sample 4 belongs to 'te'", ex.Message);
    }

    [Fact]
    public void OverlappingOrRepeatedIndices_AreRefusedAtConstruction()
    {
        Assert.Contains("on both", Assert.Throws<ArgumentException>(() => new SubjectFold(0, [0, 1, 4], [4, 5], ["te"])).Message);
        Assert.Contains("repeated", Assert.Throws<ArgumentException>(() => new SubjectFold(0, [0, 0], [4], ["te"])).Message);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => new SubjectFold(0, [-1], [4], ["te"])).Message);
        Assert.Contains("below 6", Assert.Throws<InvalidOperationException>(() => new SubjectFold(0, [0, 9], [4], ["te"]).Training(Samples())).Message);
    }

    [Fact]
    public void Route3_WritingIntoTheArraysOfAFold_ChangesNothing()
    {
        int[] train = [0, 1, 2, 3];
        var fold = new SubjectFold(0, train, [4, 5], ["te"]);
        train[0] = 4; // the caller's array, written after construction
        Assert.Equal([0, 1, 2, 3], fold.TrainIndices);
        Assert.False(fold.TrainIndices is int[]); // the exposed list is read-only, not the internal array
        Assert.Throws<NotSupportedException>(() => ((IList<int>)fold.TrainIndices)[0] = 4);
    }

    [Fact]
    public void Route4_WritingIntoALegitimateTrainingFold_DoesNotReachTheResampler()
    {
        var samples = Samples();
        var training = Legitimate().Training(samples);
        var copy = training.CopySamples();
        samples.Row(4).CopyTo(copy.Features.AsSpan(0, 2)); // test features into the copy, under a training subject's name
        Assert.Equal(0f, training.Row(0)[0]);
        var balanced = SmoteTomek.Resample(training, new SmoteTomekOptions { Seed = 1 });
        for (var i = 0; i < balanced.Samples.Count; i++)
        {
            Assert.True(balanced.Samples.Row(i)[0] < 100f, $"row {i} holds a held-out value");
        }

        // The source's rows must carry the subjects it reports per index: a source that relabels a test row is caught.
        var lying = new RelabellingSource(samples);
        var ex = Assert.Throws<InvalidOperationException>(() => new SubjectFold(0, [0, 1, 2, 3], [4, 5], ["te"]).Training(lying));
        Assert.Contains("carry subject", ex.Message);
    }

    [Fact]
    public void AClassTooSmallToOversample_IsAWarningByDefaultAndAnErrorByOption()
    {
        // class 1 has one training row (row 2), class 0 has three: SMOTE cannot interpolate a single row
        var samples = new LabelledSamples([0, 0, 1, 1, 2, 2, 3, 3, 100, 100], 2, [0, 0, 1, 0, 0], ["a", "a", "b", "b", "te"]);
        var training = new SubjectFold(0, [0, 1, 2, 3], [4], ["te"]).Training(samples);
        var warned = SmoteTomek.Resample(training);
        Assert.Contains(warned.Warnings, w => w.Contains("class 1 of fold 0 has 1 training row", StringComparison.Ordinal));
        var ex = Assert.Throws<InvalidOperationException>(() => SmoteTomek.Resample(training, new SmoteTomekOptions { SmallClass = SmallClassPolicy.Error }));
        Assert.Contains("SmallClass = Error", ex.Message);
    }

    private sealed class RelabellingSource(LabelledSamples inner) : ISampleSource
    {
        public int Count => inner.Count;

        public string SubjectOf(int index) => inner.SubjectOf(index);

        public LabelledSamples Select(IReadOnlyList<int> indices)
        {
            var rows = inner.Select(indices);
            rows.Subjects[0] = "somebody else";
            return rows;
        }
    }
}

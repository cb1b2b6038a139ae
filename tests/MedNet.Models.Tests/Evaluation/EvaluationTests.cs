using MedNet.Models.Evaluation;

namespace MedNet.Models.Tests.Evaluation;

public class ConfusionCountsTests
{
    [Fact]
    public void From_MixedPredictions_CountsEachCell()
    {
        bool[] pred = [true, true, false, false, true];
        bool[] act = [true, false, true, false, true];
        var c = ConfusionCounts.From(pred, act);
        Assert.Equal(new ConfusionCounts(2, 1, 1, 1), c);
        Assert.Equal(2.0 / 3, c.Precision, 12);
        Assert.Equal(2.0 / 3, c.Recall, 12);
        Assert.Equal(2.0 / 3, c.F1, 12);
    }

    [Fact]
    public void F1_NoPredictedPositives_IsZeroNotNaN()
    {
        var c = ConfusionCounts.From([false, false], [true, false]);
        Assert.Equal(0, c.F1);
        Assert.Equal(0, c.Precision);
    }

    [Fact]
    public void From_LengthMismatch_ThrowsWithBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionCounts.From([true], [true, false]));
        Assert.Contains("1 and 2", ex.Message);
    }
}

public class PointAdjustmentTests
{
    [Fact]
    public void Adjust_OneHitInsideSegment_MarksWholeSegment()
    {
        // Segment at 2..5 detected at index 4; segment at 8..9 never detected; false alarm at 0.
        bool[] act = [false, false, true, true, true, true, false, false, true, true];
        bool[] pred = [true, false, false, false, true, false, false, false, false, false];
        var (adj, latency) = PointAdjustment.Adjust(pred, act);
        Assert.Equal([true, false, true, true, true, true, false, false, false, false], adj);
        Assert.Equal(2 / (1 + 1e-4), latency, 9);
        Assert.False(pred[2]); // input untouched
    }

    [Fact]
    public void Adjust_SegmentStartingAtIndexZero_KeepsReferenceQuirk()
    {
        // DTAAD walks back with range(i, 0, -1): index 0 is never revisited.
        bool[] act = [true, true, true];
        bool[] pred = [false, false, true];
        var (adj, _) = PointAdjustment.Adjust(pred, act);
        Assert.Equal([false, true, true], adj);
    }
}

public class RocCurveTests
{
    [Fact]
    public void Compute_ScikitLearnDocExample_AucIsThreeQuarters()
    {
        var roc = RocCurve.Compute([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);
        Assert.NotNull(roc);
        Assert.Equal(0.75, roc.Auc, 12);
        Assert.Equal(0, roc.FalsePositiveRates[0]);
        Assert.Equal(1, roc.TruePositiveRates[^1]);
    }

    [Fact]
    public void Compute_AllScoresTied_AucIsHalf()
    {
        var roc = RocCurve.Compute([0.5, 0.5, 0.5, 0.5], [false, true, false, true]);
        Assert.Equal(0.5, roc!.Auc, 12);
    }

    [Fact]
    public void Compute_OneClassOnly_ReturnsNull()
    {
        Assert.Null(RocCurve.Compute([0.1, 0.2], [true, true]));
    }

    [Fact]
    public void Compute_NaNScore_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, double.NaN], [true, false]));
        Assert.Contains("score[1]", ex.Message);
    }

    [Fact]
    public void BinaryAuc_EqualsMeanOfTprAndTnr()
    {
        // TPR = 1/2, TNR = 2/3.
        var auc = RocCurve.BinaryAuc([true, false, false, false, true], [true, true, false, false, false]);
        Assert.Equal((0.5 + (2.0 / 3)) / 2, auc!.Value, 12);
    }
}

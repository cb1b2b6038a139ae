// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.Tests.Evaluation;

public class ConfusionMatrixTests
{
    private static readonly string[] Abc = ["A", "B", "C"];

    [Fact]
    public void From_SmallExample_RowsAreTrueClassColumnsArePredicted()
    {
        // Pairs (true, predicted): (0,0) (0,1) (1,1) (2,0) (2,2) (2,2).
        var m = ConfusionMatrix.From([0, 0, 1, 2, 2, 2], [0, 1, 1, 0, 2, 2], Abc);
        Assert.Equal(new long[,] { { 1, 1, 0 }, { 0, 1, 0 }, { 1, 0, 2 } }, m.ToArray());
        Assert.Equal(1, m[0, 1]);
        Assert.Equal(0, m[1, 0]);
        Assert.Equal(6, m.Total);
        Assert.Equal(4, m.Correct);
        Assert.Equal(3, m.Support(2));
        Assert.Equal(2, m.PredictedCount(0));
        Assert.Equal(Abc, m.ClassNames);
    }

    [Fact]
    public void OneVsRest_WorkedMatrix_CountsEachCell()
    {
        // Class B of [[5,1,0],[1,2,1],[0,3,7]]: TP = 2, FN = 1 + 1, FP = 1 + 3, TN = 20 − 2 − 2 − 4 = 12.
        var m = ConfusionMatrix.FromCounts(new long[,] { { 5, 1, 0 }, { 1, 2, 1 }, { 0, 3, 7 } }, Abc);
        Assert.Equal(new ConfusionCounts(2, 12, 4, 2), m.OneVsRest(1));
    }

    [Fact]
    public void From_Empty_AllZeros()
    {
        var m = ConfusionMatrix.From([], [], ["N", "AF"]);
        Assert.Equal(0, m.Total);
        Assert.Equal(new ConfusionCounts(0, 0, 0, 0), m.OneVsRest(0));
    }

    [Fact]
    public void ToArray_ReturnsCopy()
    {
        var m = ConfusionMatrix.From([0, 1], [0, 1], ["N", "AF"]);
        var a = m.ToArray();
        a[0, 0] = 99;
        Assert.Equal(1, m[0, 0]);
    }

    [Fact]
    public void From_LengthMismatch_ThrowsWithBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0, 1, 2], [0, 1], Abc));
        Assert.Contains("3 and 2", ex.Message);
        Assert.Equal("predicted", ex.ParamName);
    }

    [Fact]
    public void From_ActualLabelOutOfRange_ThrowsNamingIndexAndRange()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0, 1, 2, 3], [0, 1, 2, 2], Abc));
        Assert.Contains("[0, 3)", ex.Message);
        Assert.Contains("actual[3] = 3", ex.Message);
        Assert.Equal("actual", ex.ParamName);
    }

    [Fact]
    public void From_NegativePredictedLabel_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0, 1], [0, -1], Abc));
        Assert.Contains("predicted[1] = -1", ex.Message);
        Assert.Equal("predicted", ex.ParamName);
    }

    [Fact]
    public void From_OneClassName_ThrowsKAtLeastTwo()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0], [0], ["N"]));
        Assert.Contains("at least 2 class names", ex.Message);
        Assert.Contains("got 1", ex.Message);
    }

    [Fact]
    public void From_DuplicateClassNames_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0], [0], ["N", "S", "N"]));
        Assert.Contains("classNames[0] and classNames[2]", ex.Message);
    }

    [Fact]
    public void From_ClassNamedAfterScope_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0], [0], ["N", MetricScope.Macro]));
        Assert.Contains("classNames[1] = 'macro'", ex.Message);
    }

    [Fact]
    public void From_EmptyClassName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.From([0], [0], ["N", " "]));
        Assert.Contains("classNames[1] is empty", ex.Message);
    }

    [Fact]
    public void FromCounts_WrongShape_ThrowsWithBothShapes()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromCounts(new long[2, 3], Abc));
        Assert.Contains("(3, 3)", ex.Message);
        Assert.Contains("(2, 3)", ex.Message);
    }

    [Fact]
    public void FromCounts_NegativeCount_ThrowsNamingCell()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromCounts(new long[,] { { 1, 0 }, { -2, 1 } }, ["N", "AF"]));
        Assert.Contains("counts[1, 0] = -2", ex.Message);
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var m = ConfusionMatrix.From([0, 1], [0, 1], ["N", "AF"]);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => m[2, 0]);
        Assert.Equal("actual", ex.ParamName);
    }
}

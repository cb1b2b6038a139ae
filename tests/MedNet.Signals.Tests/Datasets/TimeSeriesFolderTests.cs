using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Datasets;

public class TimeSeriesFolderTests
{
    [Fact]
    public void Load_CleanFolder_ChangesNothingAndKeepsShapes()
    {
        using var tmp = new TempFolder();
        tmp.Write("train.csv", "s1,s2\n1,2\n3,4\n5,6\n");
        tmp.Write("test.csv", "s1,s2\n7,8\n9,10\n");
        tmp.Write("labels.csv", "label\n0\n1\n");
        var ds = TimeSeriesFolder.Load(tmp.Path, new TimeSeriesFolderOptions { SamplingRate = 250 });
        Assert.Equal((3, 2), ds.Train.Shape);
        Assert.Equal((2, 2), ds.Test.Shape);
        Assert.Equal((2, 1), ds.Labels!.Shape);
        Assert.Equal(250, ds.SamplingRate);
        Assert.True(ds.Diagnostics.Cleaning!.IsClean);
    }

    [Fact]
    public void Load_DirtyFolder_EveryCoercionDropAndFillIsCounted()
    {
        using var tmp = new TempFolder();
        // timestamp: metadata by name; tag: mostly text → non-numeric; blank: empty column; row 3 of train empty.
        tmp.Write("train.csv",
            "timestamp,s1,tag,s2,blank\n" +
            "2024-01-01,1,a,2,\n" +
            "2024-01-02,err,b,4,\n" +
            "2024-01-03,,c,,\n" +
            "2024-01-04,5,7,,\n");
        tmp.Write("test.csv", "timestamp,s1,s2,extra\n2024-02-01,1,2,9\n2024-02-02,,,9\n2024-02-03,3,x,9\n");
        tmp.Write("labels.csv", "sample,label\n0,0\n1,1\n2,1\n");
        var ds = TimeSeriesFolder.Load(tmp.Path);
        var c = ds.Diagnostics.Cleaning!;
        Assert.Equal(["s1", "s2"], c.KeptColumns);
        Assert.Equal(["timestamp"], c.DroppedMetadataColumns);
        Assert.Equal(["tag"], c.DroppedNonNumericColumns);
        Assert.Equal(["blank"], c.DroppedEmptyColumns);
        Assert.Equal(["extra"], c.DroppedTestOnlyColumns);

        Assert.Equal([2], c.Train.DroppedEmptyRows);
        Assert.Equal(1, c.Train.CoercedTextCells);           // "err"
        Assert.Equal(3, c.Train.EmptyCells);                 // s1 row 3, s2 rows 3 and 4
        Assert.Equal([1, 1], c.Train.FilledPerColumn);       // "err" and s2 row 4
        Assert.Equal([1.0, 2, 0, 4, 5, 0], ds.Train.Values);

        Assert.Equal([1], c.Test!.DroppedEmptyRows);
        Assert.Equal(1, c.DroppedLabelRows);
        Assert.Equal([0.0, 1], ds.Labels!.Values);          // label row 1 left with its test row
        Assert.Equal([1.0, 2, 3, 0], ds.Test.Values);
        Assert.False(c.IsClean);
        Assert.Contains(c.Describe(), l => l.StartsWith("dropped metadata columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StrictWithText_ThrowsNamingFileLineColumn()
    {
        using var tmp = new TempFolder();
        tmp.Write("train.csv", "s1,s2\n1,2\n3,hello\n");
        tmp.Write("test.csv", "s1,s2\n1,2\n");
        var ex = Assert.Throws<TabularFormatException>(
            () => TimeSeriesFolder.Load(tmp.Path, new TimeSeriesFolderOptions { Parsing = NumericParsing.Strict }));
        Assert.EndsWith("train.csv", ex.File);
        Assert.Equal((3, 2), (ex.Line, ex.Column));
        Assert.Contains("'hello'", ex.Message);
    }

    [Fact]
    public void Load_LabelsWithWrongRowCount_Throws()
    {
        using var tmp = new TempFolder();
        tmp.Write("train.csv", "s1\n1\n2\n");
        tmp.Write("test.csv", "s1\n1\n2\n");
        tmp.Write("labels.csv", "label\n0\n1\n1\n");
        var ex = Assert.Throws<ArgumentException>(() => TimeSeriesFolder.Load(tmp.Path));
        Assert.Contains("one row per test row (2) but got 3", ex.Message);
    }

    [Fact]
    public void Load_LabelNotZeroOrOne_Throws()
    {
        using var tmp = new TempFolder();
        tmp.Write("train.csv", "s1\n1\n");
        tmp.Write("test.csv", "s1\n1\n");
        tmp.Write("labels.csv", "label\n2\n");
        var ex = Assert.Throws<TabularFormatException>(() => TimeSeriesFolder.Load(tmp.Path));
        Assert.Contains("0/1 label", ex.Message);
    }

    [Fact]
    public void Load_TestMissingTrainColumn_Throws()
    {
        using var tmp = new TempFolder();
        tmp.Write("train.csv", "s1,s2\n1,2\n");
        tmp.Write("test.csv", "s1\n1\n");
        var ex = Assert.Throws<ArgumentException>(() => TimeSeriesFolder.Load(tmp.Path));
        Assert.Contains("training column 's2'", ex.Message);
    }

    [Fact]
    public void Load_ShippedMbaCsvAsGenericFolder_DropsSampleColumn()
    {
        var ds = TimeSeriesFolder.Load(SharedData.Shipped("mba"), new TimeSeriesFolderOptions { FileNames = ("train.csv", "test.csv", "labels_pointwise_tranad.csv") });
        Assert.Equal((7680, 2), ds.Train.Shape);
        Assert.Equal(["sample"], ds.Diagnostics.Cleaning!.DroppedMetadataColumns);
        Assert.Equal((7680, 2), ds.Labels!.Shape);
    }
}

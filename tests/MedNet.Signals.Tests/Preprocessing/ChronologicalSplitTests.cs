using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Splits;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Preprocessing;

public class ChronologicalSplitTests
{
    private static TimeSeriesDataset Dataset(int rows)
    {
        var values = Enumerable.Range(0, 2 * rows).Select(i => (double)i).ToArray();
        var labels = Enumerable.Range(0, 2 * rows).Select(i => (double)((i / 2) % 2)).ToArray();
        var table = new TimeSeriesTable(values, rows, ["a", "b"]);
        return new TimeSeriesDataset("toy", table, table, new TimeSeriesTable(labels, rows, ["a", "b"]), 128, new DatasetDiagnostics([], null));
    }

    [Fact]
    public void Split_Half_TrainsOnFirstRowsAndTestsOnTheRest()
    {
        var split = ChronologicalSplit.Split(Dataset(10), 0.5);

        Assert.Equal(5, split.Train.Rows);
        Assert.Equal(5, split.Test.Rows);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], split.Train.Values);
        Assert.Equal(10, split.Test[0, 0]);
        Assert.Equal(5, split.Labels!.Rows);
        Assert.Equal(1, split.Labels[0, 0]);
        Assert.Contains("split in time at row 5", Assert.Single(split.Diagnostics.Notes));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Split_FractionOutsideOpenInterval_Throws(double fraction)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ChronologicalSplit.Split(Dataset(10), fraction));

        Assert.Contains("expected a fraction in (0, 1)", ex.Message);
    }

    [Fact]
    public void Split_FractionLeavingNoTrainingRow_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChronologicalSplit.Split(Dataset(10), 0.05));

        Assert.Contains("k = 0", ex.Message);
    }
}

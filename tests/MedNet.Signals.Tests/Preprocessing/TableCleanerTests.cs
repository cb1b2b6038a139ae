using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Preprocessing;

public class TableCleanerTests
{
    private static CsvReadResult Read(TempFolder tmp, string name, string text) =>
        CsvTableReader.Read(tmp.Write(name, text), NumericParsing.CoerceToNaN);

    [Fact]
    public void Clean_OnlyMetadataColumns_ThrowsListingThem()
    {
        using var tmp = new TempFolder();
        var ex = Assert.Throws<ArgumentException>(() => TableCleaner.Clean(Read(tmp, "t.csv", "id,timestamp\n1,2\n")));
        Assert.Contains("metadata [id, timestamp]", ex.Message);
    }

    [Fact]
    public void Clean_InvalidOptions_ReportsEveryProblem()
    {
        using var tmp = new TempFolder();
        var options = new CleaningOptions { MaxNonNumericFraction = 2, FillValue = double.NaN };
        Assert.Equal(2, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => TableCleaner.Clean(Read(tmp, "t.csv", "a\n1\n"), options: options));
    }

    [Fact]
    public void Clean_LabelsWithoutTest_Throws()
    {
        using var tmp = new TempFolder();
        var labels = new TimeSeriesTable([0.0], 1, ["y"]);
        Assert.Throws<ArgumentException>(() => TableCleaner.Clean(Read(tmp, "t.csv", "a\n1\n"), labels: labels));
    }

    [Fact]
    public void Clean_CustomFillValue_IsUsedAndCounted()
    {
        using var tmp = new TempFolder();
        var result = TableCleaner.Clean(Read(tmp, "t.csv", "a,b\n1,\n2,3\n"), options: new CleaningOptions { FillValue = -1 });
        Assert.Equal([1.0, -1, 2, 3], result.Train.Values);
        Assert.Equal([0, 1], result.Diagnostics.Train.FilledPerColumn);
    }
}

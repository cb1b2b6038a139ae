using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Tabular;

public class CsvTableReaderTests
{
    [Fact]
    public void Read_Strict_EmptyCell_ThrowsNamingLineAndColumn()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "a,b\n1,2\n3,\n");
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Equal((3, 2), (ex.Line, ex.Column));
        Assert.Contains("an empty cell", ex.Message);
        Assert.Equal(file, ex.File);
    }

    [Fact]
    public void Read_Coerce_CountsTextAndEmptyCellsPerColumn()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "a,b,c\n1,x,3\n,5,6\n7,NaN\n");
        var result = CsvTableReader.Read(file, NumericParsing.CoerceToNaN);
        Assert.Equal((3, 3), result.Table.Shape);
        Assert.Equal([0, 2, 0], result.NonNumericPerColumn);
        Assert.Equal([1, 0, 1], result.EmptyPerColumn);
        Assert.True(double.IsNaN(result.Table[0, 1]));
        Assert.True(double.IsNaN(result.Table[2, 2]));
        Assert.Equal(4, result.Examples.Count);
        Assert.Equal(2, result.Examples[0].Line);
    }

    [Fact]
    public void Read_RowWithExtraField_Throws()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "a,b\n1,2,3\n");
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file, NumericParsing.CoerceToNaN));
        Assert.Equal(2, ex.Line);
        Assert.Contains("expected 2 fields", ex.Message);
    }

    [Fact]
    public void Read_QuotedFieldsCrlfAndBom_AreParsed()
    {
        using var tmp = new TempFolder();
        var file = Path.Combine(tmp.Path, "x.csv");
        File.WriteAllText(file, "\"a, first\",\"b \"\"q\"\"\"\r\n\"1.5\",2e3\r\n\r\n-4,5\r\n", new System.Text.UTF8Encoding(true));
        var result = CsvTableReader.Read(file);
        Assert.Equal(["a, first", "b \"q\""], result.Table.ColumnNames);
        Assert.Equal([1.5, 2000, -4, 5], result.Table.Values);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => CsvTableReader.Read("/nonexistent/file.csv"));
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", string.Empty);
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Contains("header", ex.Message);
    }

    [Fact]
    public void Read_QuotedHeaderSpanningLines_KeepsPhysicalLineNumbers()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "\"lead\nMLII\",b\n1,2\n3,\n");
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Equal((4, 2), (ex.Line, ex.Column));
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsNamingWhereTheFieldStarts()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "a,b\n\"1,2\n3,4\n");
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Equal(2, ex.Line);
        Assert.Contains("the file ended", ex.Message);
    }
}

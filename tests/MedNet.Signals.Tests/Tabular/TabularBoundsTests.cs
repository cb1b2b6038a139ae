using System.Text;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Tabular;

/// <summary>Issue 18, point 4: CSV parsing linear whatever the quoting; XLSX references bounded before any allocation; broken XML named.</summary>
public class TabularBoundsTests
{
    [Fact]
    public void Csv_UnbalancedQuoteInLargeFile_NamesTheLineWhereTheFieldStarts()
    {
        // 61,440 rows with one stray quote on line 3: the old reader re-counted quotes over an ever longer joined line
        // (≈ 100 s at this size); the single-pass reader reaches the end of the file once and names line 3.
        using var tmp = new TempFolder();
        var text = new StringBuilder("a,b\n1,2\n\"3,4\n");
        for (var i = 0; i < 61_440; i++)
        {
            text.Append(i).Append(',').Append(i + 1).Append('\n');
        }

        var file = tmp.Write("x.csv", text.ToString());
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Equal(3, ex.Line);
        Assert.Contains("closing quote", ex.Message);
    }

    [Fact]
    public void Csv_QuotedFieldsWithEscapedQuotesCommasAndCrlf_AreKept()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "\"a \"\"x\"\", y\",b\r\n1,2\r\n");
        var table = CsvTableReader.Read(file).Table;
        Assert.Equal("a \"x\", y", table.ColumnNames[0]);
        Assert.Equal(2.0, table[0, 1]);
    }

    [Fact]
    public void Csv_TextAfterClosingQuote_IsNamed()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("x.csv", "\"a\"x,b\n1,2\n");
        var ex = Assert.Throws<TabularFormatException>(() => CsvTableReader.Read(file));
        Assert.Equal((1, 1), (ex.Line, ex.Column));
    }

    [Theory]
    [InlineData("ZZZZZZZZ3", "at most 3 letters")]
    [InlineData("XFE1", "A1…XFD1048576")]
    [InlineData("B200000000", "A1…XFD1048576")]
    [InlineData("B99999999999", "like 'B3'")]
    public void Xlsx_ReferenceBeyondTheFormatsLimits_IsNamedBeforeAllocation(string reference, string expected)
    {
        using var tmp = new TempFolder();
        var path = XlsxReaderTests.WriteWorkbook(Path.Combine(tmp.Path, "x.xlsx"),
            $"<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"{reference}\"><v>2</v></c></row>", string.Empty);
        var ex = Assert.Throws<TabularFormatException>(() => XlsxReader.ReadSheet(path));
        Assert.Contains(expected, ex.Message);
        Assert.Contains(reference, ex.Message);
    }

    [Fact]
    public void Xlsx_StrayCellFarFromTheTable_IsNamedInsteadOfAllocatingTheGrid()
    {
        using var tmp = new TempFolder();
        var path = XlsxReaderTests.WriteWorkbook(Path.Combine(tmp.Path, "x.xlsx"),
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row>", string.Empty);
        var ex = Assert.Throws<TabularFormatException>(() => XlsxReader.ReadSheet(path));
        Assert.Contains("stray cell", ex.Message);
        Assert.Equal((1_048_576, 16_384), (ex.Line, ex.Column));
    }

    [Fact]
    public void Xlsx_SheetXmlCutInHalf_IsNamedWithThePart()
    {
        using var tmp = new TempFolder();
        var path = XlsxReaderTests.WriteWorkbook(Path.Combine(tmp.Path, "x.xlsx"),
            "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v", string.Empty);
        var ex = Assert.Throws<TabularFormatException>(() => XlsxReader.ReadSheet(path));
        Assert.Contains("worksheets/sheet1.xml", ex.Message);
        Assert.Contains("well-formed XML", ex.Message);
    }
}

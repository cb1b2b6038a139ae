using System.IO.Compression;
using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Tabular;

public class XlsxReaderTests
{
    /// <summary>Writes a minimal workbook: header via shared strings, a units row, numeric rows, optional inline text.</summary>
    internal static string WriteWorkbook(string path, string sheetRows, string sharedStrings)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string content)
        {
            using var w = new StreamWriter(zip.CreateEntry(name).Open());
            w.Write(content);
        }

        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Add("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Add("xl/sharedStrings.xml", $"<sst xmlns=\"{main}\">{sharedStrings}</sst>");
        Add("xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{main}\"><sheetData>{sheetRows}</sheetData></worksheet>");
        return path;
    }

    private const string Header = "<si><t>sample</t></si><si><t>ECG1</t></si><si><r><t>EC</t></r><r><t>G2</t></r></si><si><t>(mV)</t></si>";

    private static string Rows(string extra = "") =>
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>" +
        "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\" t=\"s\"><v>3</v></c></row>" +
        "<row r=\"3\"><c r=\"A3\"><v>0</v></c><c r=\"B3\"><v>-0.14000000000000001</v></c><c r=\"C3\"><v>1E-2</v></c></row>" +
        "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\"><v>2.5</v></c><c r=\"C4\" t=\"n\"><v>3</v></c></row>" + extra;

    [Fact]
    public void ReadSheet_SharedRichAndNumericCells_AreDecoded()
    {
        using var tmp = new TempFolder();
        var file = WriteWorkbook(Path.Combine(tmp.Path, "t.xlsx"), Rows(), Header);
        var sheet = XlsxReader.ReadSheet(file);
        Assert.Equal("Data", sheet.Name);
        Assert.Equal((4, 3), (sheet.RowCount, sheet.ColumnCount));
        Assert.Equal("ECG2", sheet.Cells[0][2].Text);
        Assert.True(sheet.Cells[1][0].IsEmpty);
        Assert.Equal(-0.14, sheet.Cells[2][1].Number);
    }

    [Fact]
    public void ReadSignalsXlsx_UnitsRowDroppedAndNoted()
    {
        using var tmp = new TempFolder();
        var file = WriteWorkbook(Path.Combine(tmp.Path, "t.xlsx"), Rows(), Header);
        var notes = new List<string>();
        var table = MbaDataset.ReadSignalsXlsx(file, notes);
        Assert.Equal((2, 2), table.Shape);
        Assert.Equal([-0.14, 0.01, 2.5, 3.0], table.Values);
        Assert.Contains("(mV), (mV)", notes.Single());
    }

    [Fact]
    public void ReadSignalsXlsx_TextInDataCell_NamesCell()
    {
        using var tmp = new TempFolder();
        var rows = Rows("<row r=\"5\"><c r=\"A5\"><v>2</v></c><c r=\"B5\" t=\"inlineStr\"><is><t>oops</t></is></c><c r=\"C5\"><v>1</v></c></row>");
        var file = WriteWorkbook(Path.Combine(tmp.Path, "t.xlsx"), rows, Header);
        var ex = Assert.Throws<TabularFormatException>(() => MbaDataset.ReadSignalsXlsx(file));
        Assert.Equal((5, 2), (ex.Line, ex.Column));
        Assert.Contains("cell B5", ex.Message);
        Assert.Contains("'oops'", ex.Message);
    }

    [Fact]
    public void ReadSheet_NotAZip_ThrowsTabularFormatException()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("fake.xlsx", "sample,ECG1\n");
        var ex = Assert.Throws<TabularFormatException>(() => XlsxReader.ReadSheet(file));
        Assert.Contains("not a zip", ex.Message);
    }

    [Fact]
    public void ReadSheet_UnknownSheetName_ListsSheets()
    {
        using var tmp = new TempFolder();
        var file = WriteWorkbook(Path.Combine(tmp.Path, "t.xlsx"), Rows(), Header);
        var ex = Assert.Throws<TabularFormatException>(() => XlsxReader.ReadSheet(file, "Sheet9"));
        Assert.Contains("[Data]", ex.Message);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(28, "AB")]
    public void ColumnLetters_Number_GivesExcelLetters(int column, string letters) =>
        Assert.Equal(letters, XlsxSheet.ColumnLetters(column));
}

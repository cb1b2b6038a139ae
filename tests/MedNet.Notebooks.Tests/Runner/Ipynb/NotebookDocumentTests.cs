using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Tests.Runner.Ipynb;

public class NotebookDocumentTests
{
    private const string Path = "/nb/test.ipynb";

    private static string Notebook(string cells, string metadata = "{\"kernelspec\": {\"name\": \".net-csharp\"}}") =>
        $"{{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {metadata}, \"cells\": [{cells}]}}";

    private static string Code(string source, string metadata = "{}") =>
        $"{{\"cell_type\": \"code\", \"metadata\": {metadata}, \"outputs\": [], \"execution_count\": null, \"source\": {source}}}";

    [Fact]
    public void Parse_SourceAsLineArray_JoinsLines()
    {
        var doc = NotebookDocument.Parse(Notebook(Code("[\"var a = 1;\\n\", \"a\"]")), Path);
        Assert.Equal("var a = 1;\na", doc.Cells[0].Source);
        Assert.Equal(CellLanguage.CSharp, doc.Cells[0].Language);
    }

    [Fact]
    public void Parse_MagicLine_WinsOverMetadataAndIsStripped()
    {
        var doc = NotebookDocument.Parse(
            Notebook(Code("\"#!markdown\\n# Title\"", "{\"polyglot_notebook\": {\"kernelName\": \"csharp\"}}")), Path);
        Assert.Equal(CellLanguage.Markdown, doc.Cells[0].Language);
        Assert.Equal("# Title", doc.Cells[0].Source);
        Assert.Equal(1, doc.Cells[0].LineOffset);
    }

    [Theory]
    [InlineData("{\"polyglot_notebook\": {\"kernelName\": \"fsharp\"}}", CellLanguage.Unsupported)]
    [InlineData("{\"dotnet_interactive\": {\"language\": \"markdown\"}}", CellLanguage.Markdown)]
    [InlineData("{\"polyglot_notebook\": {\"kernelName\": \"csharp\"}, \"dotnet_interactive\": {\"language\": \"pwsh\"}}", CellLanguage.CSharp)]
    [InlineData("{}", CellLanguage.CSharp)]
    public void Parse_CellMetadata_DecidesTheLanguage(string metadata, CellLanguage expected)
    {
        var doc = NotebookDocument.Parse(Notebook(Code("\"x\"", metadata)), Path);
        Assert.Equal(expected, doc.Cells[0].Language);
    }

    [Fact]
    public void Parse_PolyglotDefaultKernel_AppliesToCellsWithoutMetadata()
    {
        var doc = NotebookDocument.Parse(
            Notebook(Code("\"x\""), "{\"polyglot_notebook\": {\"kernelInfo\": {\"defaultKernelName\": \"fsharp\"}}}"), Path);
        Assert.Equal("fsharp", doc.DefaultKernelName);
        Assert.Equal(CellLanguage.Unsupported, doc.Cells[0].Language);
    }

    [Fact]
    public void Parse_CellNumbers_CountMarkdownCells()
    {
        var doc = NotebookDocument.Parse(
            Notebook("{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"# a\"}, " + Code("\"1\"")), Path);
        Assert.Equal([1, 2], doc.Cells.Select(c => c.Number).ToArray());
    }

    [Theory]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "'nbformat' = 4")]
    [InlineData("{\"nbformat\": 4}", "'cells'")]
    [InlineData("not json", "notebook JSON")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"widget\", \"source\": \"\"}]}", "cells[0].cell_type")]
    public void Parse_InvalidNotebook_ThrowsNamingFileAndField(string json, string expected)
    {
        var ex = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse(json, Path));
        Assert.Equal(Path, ex.NotebookPath);
        Assert.StartsWith(Path + ": ", ex.Message);
        Assert.Contains(expected, ex.Message);
    }
}

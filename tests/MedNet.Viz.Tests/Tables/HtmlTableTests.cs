using MedNet.Viz.Tables;

namespace MedNet.Viz.Tests.Tables;

public class HtmlTableTests
{
    [Fact]
    public void ToHtml_CellsWithMarkup_AreEncoded()
    {
        var html = new HtmlTable("metric", "value") { Caption = "F1 <MBA>" }.AddRow("f1", "<b>0.97</b>").ToHtml();
        Assert.Contains("<caption>F1 &lt;MBA&gt;</caption>", html);
        Assert.Contains("<td>&lt;b&gt;0.97&lt;/b&gt;</td>", html);
        Assert.Contains("<th>metric</th><th>value</th>", html);
    }

    [Fact]
    public void AddRow_WrongCellCount_ThrowsNamingColumns()
    {
        var table = new HtmlTable("a", "b");
        var ex = Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
        Assert.Contains("expected 2 cells (a, b) but got 1", ex.Message);
    }

    [Fact]
    public void AddRow_Numbers_FormattedInvariantAndRightAligned()
    {
        var table = new HtmlTable("metric", "value", "n") { NumberFormat = "F3", Footnote = "5-fold CV" }.AddRow("F1", 0.97654, double.NaN);

        var html = table.ToHtml();

        Assert.Contains("<td class=\"num\" style=\"text-align:right\">0.977</td>", html);
        Assert.Contains(">NaN</td>", html);
        Assert.Contains("5-fold CV", html);
    }

    [Fact]
    public void ToPlainText_AlignsColumns()
    {
        var text = new HtmlTable("metric", "value").AddRow("F1", 0.5).AddRow("Precision", 10).ToPlainText();

        var lines = text.Split('\n');
        Assert.Equal("metric     value", lines[0]);
        Assert.Equal("F1           0.5", lines[2]);
        Assert.Equal("Precision     10", lines[3]);
    }
}

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
}

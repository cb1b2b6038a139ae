using System.Text.RegularExpressions;
using MedNet.Viz.Html;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Traces;
using MedNet.Viz.Tables;

namespace MedNet.Viz.Tests.Html;

public class HtmlPageTests
{
    private static Figure SmallFigure() => new Figure().Add(new Scatter { Y = new[] { 1.0, 2 } });

    [PlotlyJsFact]
    public void Render_InlineWithTwoFigures_EmbedsPlotlyOnce()
    {
        var page = new HtmlPage("Report").Add(SmallFigure()).Add(SmallFigure());

        var html = page.Render(PlotlyScriptMode.Inline);

        Assert.Equal(1, Regex.Count(html, "plotly.js v" + PlotlyJs.Version.Split('.')[0]));
        Assert.Contains("id=\"mednet-plot-1\"", html);
        Assert.Contains("id=\"mednet-plot-2\"", html);
        Assert.DoesNotContain("plotly.js-dist-min@", html);
    }

    [Fact]
    public void Render_Notebook_UsesPinnedCdnAndNoInlineLibrary()
    {
        var html = new HtmlPage("Notebook").Add(SmallFigure()).Render(PlotlyScriptMode.Notebook);

        Assert.Contains($"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{PlotlyJs.Version}/plotly.min", html);
        Assert.Contains("requirejs.config", html);
        Assert.True(html.Length < 20_000, $"notebook page should not carry plotly.js but is {html.Length} chars");
    }

    [Fact]
    public void Render_SameContent_SameBytes()
    {
        string Build() => new HtmlPage("R").AddHeading("a").Add(SmallFigure()).Render(PlotlyScriptMode.Notebook);

        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void Render_SectionsInOrder_TextEncodedRawHtmlKept()
    {
        var html = new HtmlPage("<T>")
            .AddHeading("Results & more")
            .AddParagraph("a < b")
            .Add("<hr class=\"x\">")
            .Add(new HtmlTable("m", "v").AddRow("f1", 0.5))
            .Render(PlotlyScriptMode.Notebook);

        Assert.Contains("<title>&lt;T&gt;</title>", html);
        var order = new[] { "<h2>Results &amp; more</h2>", "<p>a &lt; b</p>", "<hr class=\"x\">", "<table" }
            .Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToArray(), order);
    }

    [Fact]
    public void Render_InlineWithoutFigures_DoesNotNeedPlotly()
    {
        var html = new HtmlPage("Tables only").AddParagraph("x").Render(PlotlyScriptMode.Inline);

        Assert.DoesNotContain("plotly", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fragment_WithoutId_IdsAreFreshAndCarryAProcessToken()
    {
        static string Id(string html) => System.Text.RegularExpressions.Regex.Match(html, "id=\"(mednet-plot-[^\"]+)\"").Groups[1].Value;
        var a = Id(PlotlyHtml.Fragment(SmallFigure(), PlotlyScriptMode.Notebook));
        var b = Id(PlotlyHtml.Fragment(SmallFigure(), PlotlyScriptMode.Notebook));

        Assert.NotEqual(a, b);
        Assert.Matches("^mednet-plot-[0-9a-f]{8}-[0-9]+$", a);
        Assert.Equal(a[..a.LastIndexOf('-')], b[..b.LastIndexOf('-')]);
    }

    [Fact]
    public void Fragment_Notebook_IsSelfContainedDivAndScript()
    {
        var html = PlotlyHtml.Fragment(SmallFigure(), PlotlyScriptMode.Notebook, "fig-a");

        Assert.StartsWith("<div id=\"fig-a\" class=\"mednet-plot\"", html);
        Assert.Contains("Plotly.newPlot(el, fig.data, fig.layout, fig.config)", html);
        Assert.EndsWith("</script>\n", html);
    }
}

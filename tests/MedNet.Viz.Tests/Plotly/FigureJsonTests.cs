using System.Text.Json;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Annotations;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;
using MedNet.Viz.Plotly.Traces;

namespace MedNet.Viz.Tests.Plotly;

public class FigureJsonTests
{
    private static JsonElement Parse(Figure figure) => JsonDocument.Parse(figure.ToJson()).RootElement;

    [Fact]
    public void ToJson_EveryTraceKind_WritesPlotlyTypeNames()
    {
        var fig = new Figure()
            .Add(Scatter.Lines(new[] { 0.0, 1 }, new[] { 1.0, 2 }))
            .Add(new Scatter { Y = new[] { 1.0, 2 }, WebGl = true })
            .Add(new Heatmap { Z = [[1, 2], [3, 4]] })
            .Add(new Bar { X = new[] { "N", "V" }, Y = new[] { 3.0, 4 } })
            .Add(new Histogram { X = new[] { 1.0, 2, 2 } })
            .Add(new Box { Y = new[] { 1.0, 2, 3 } });

        var types = Parse(fig).GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();

        Assert.Equal(["scatter", "scattergl", "heatmap", "bar", "histogram", "box"], types);
    }

    [Fact]
    public void ToJson_NonFiniteValues_BecomeNullAndParse()
    {
        var fig = new Figure().Add(Scatter.Lines(new[] { 0.0, 1, 2, 3 }, new[] { 1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity }));
        fig.Layout.XAxis().Range = (double.NaN, 1);

        var root = Parse(fig);

        var y = root.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(e => e.ValueKind).ToArray();
        Assert.Equal([JsonValueKind.Number, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null], y);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("layout").GetProperty("xaxis").GetProperty("range")[0].ValueKind);
    }

    [Fact]
    public void ToJson_ScatterMode_WritesPlusJoinedFlags()
    {
        var fig = new Figure().Add(new Scatter { Y = new[] { 1.0 }, Mode = ScatterMode.Lines | ScatterMode.Markers });

        Assert.Equal("lines+markers", Parse(fig).GetProperty("data")[0].GetProperty("mode").GetString());
    }

    [Fact]
    public void ToJson_AxesAndTraceReferences_UseLayoutKeysAndShortIds()
    {
        var fig = new Figure().Add(new Scatter { Y = new[] { 1.0 }, XAxis = AxisId.X(2), YAxis = AxisId.Y(3) });
        fig.Layout.XAxis(2).Title = "Time (s)";
        fig.Layout.YAxis(3).Type = AxisType.Log;

        var root = Parse(fig);

        Assert.Equal("x2", root.GetProperty("data")[0].GetProperty("xaxis").GetString());
        Assert.Equal("y3", root.GetProperty("data")[0].GetProperty("yaxis").GetString());
        Assert.Equal("Time (s)", root.GetProperty("layout").GetProperty("xaxis2").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", root.GetProperty("layout").GetProperty("yaxis3").GetProperty("type").GetString());
    }

    [Fact]
    public void ToJson_ShapesAndAnnotations_WriteRefsAndKinds()
    {
        var fig = new Figure()
            .Add(new Scatter { Y = new[] { 1.0, 2 } })
            .Add(Shape.XRegion(1, 2, "rgba(255,0,0,0.2)"))
            .Add(Shape.HorizontalLine(0.5, new LineStyle { Dash = DashStyle.Dash }))
            .Add(Annotation.Note("hello"));

        var layout = Parse(fig).GetProperty("layout");
        var region = layout.GetProperty("shapes")[0];
        var threshold = layout.GetProperty("shapes")[1];

        Assert.Equal("rect", region.GetProperty("type").GetString());
        Assert.Equal("y domain", region.GetProperty("yref").GetString());
        Assert.Equal("below", region.GetProperty("layer").GetString());
        Assert.Equal("x domain", threshold.GetProperty("xref").GetString());
        Assert.Equal("dash", threshold.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("paper", layout.GetProperty("annotations")[0].GetProperty("xref").GetString());
    }

    [Fact]
    public void ToJson_ColorScales_WriteNameOrStops()
    {
        var fig = new Figure()
            .Add(new Heatmap { Z = [[1.0]], ColorScale = ColorScale.Viridis, ColorBar = new ColorBar { Title = "weight" } })
            .Add(new Heatmap { Z = [[1.0]], ColorScale = ColorScale.FromStops((0, "#fff"), (1, "#000")) });

        var data = Parse(fig).GetProperty("data");

        Assert.Equal("Viridis", data[0].GetProperty("colorscale").GetString());
        Assert.Equal("weight", data[0].GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("#000", data[1].GetProperty("colorscale")[1][1].GetString());
    }

    [Fact]
    public void ToJson_UnsetProperties_AreOmitted()
    {
        var trace = Parse(new Figure().Add(new Scatter { Y = new[] { 1.0 } })).GetProperty("data")[0];

        Assert.Equal(["type", "y"], trace.EnumerateObject().Select(p => p.Name).Order().ToArray());
    }

    [Fact]
    public void ToJson_TextWithScriptTag_IsEscapedForHtml()
    {
        var json = new Figure().WithTitle("</script><b>").Add(new Scatter { Y = new[] { 1.0 } }).ToJson();

        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("</script><b>", JsonDocument.Parse(json).RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void ToJson_BoxPointsNone_WritesFalse()
    {
        var box = Parse(new Figure().Add(new Box { Y = new[] { 1.0 }, Points = BoxPoints.None })).GetProperty("data")[0];

        Assert.Equal(JsonValueKind.False, box.GetProperty("boxpoints").ValueKind);
    }

    [Fact]
    public void ToString_ListsTracesWithPointCounts()
    {
        var text = new Figure().WithTitle("t").Add(Scatter.Lines(new[] { 0.0, 1 }, new[] { 1.0, 2 }, "MLII")).ToString();

        Assert.Contains("scatter trace 0 'MLII', 2 points", text);
    }
}

using MedNet.Viz.Plots;
using Plotly.NET.CSharp;
using static MedNet.Viz.Tests.Plots.FigureJson;

namespace MedNet.Viz.Tests.Plots;

/// <summary>A kit figure restyled with Plotly.NET's API as a user would: the result is still the kit's figure plus the change.</summary>
public class ChartExtensionsTests
{
    [Fact]
    public void KitStrip_RetitledAndShadedAndRestyled_KeepsItsGridAndTraces()
    {
        var strip = Figures.EcgStrip(SyntheticEcg.Lead(1280, 128), 128, lead: "ECG1", durationSeconds: 10)
            .WithShapes([Overlays.XRegion(1.0, 1.3, "rgba(31,119,180,0.25)"), Overlays.VerticalLine(2.5)])
            .WithTitle("labelled rows")
            .WithYAxisStyle<double, double, string>(TitleText: "ECG1 (mV), filtered");

        var root = Parse(strip);

        Assert.Equal("labelled rows", Layout(root).GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("ECG1 (mV), filtered", AxisTitle(root, "yaxis"));
        Assert.Equal(0.1, Layout(root).GetProperty("yaxis").GetProperty("minor").GetProperty("dtick").GetDouble(), 1e-12); // grid kept
        var shapes = Shapes(root);
        Assert.Equal(["rect", "line"], shapes.Select(s => s.GetProperty("type").GetString()!).ToArray());
        Assert.Equal("between", shapes[0].GetProperty("layer").GetString()); // above the paper grid, under the trace
        Assert.Equal(2.5, shapes[1].GetProperty("x0").GetDouble());
    }

    [Fact]
    public void KitCurves_CombinedWithAUserChart_HaveAllTraces()
    {
        var combined = Chart.Combine([Figures.MetricCurves("Loss", ("a", [1.0, 0.5])), Chart.Point<double, double, string>(x: [1.0], y: [0.7], Name: "target")]);

        Assert.Equal(["a", "target"], TraceNames(Parse(combined)));
    }

    [Fact]
    public void XRegion_EndBeforeStart_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Overlays.XRegion(2, 1, "red"));

        Assert.Contains("x0 = 2, x1 = 1", ex.Message);
    }
}

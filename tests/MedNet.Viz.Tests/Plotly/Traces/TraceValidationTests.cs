using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Styling;
using MedNet.Viz.Plotly.Traces;

namespace MedNet.Viz.Tests.Plotly.Traces;

public class TraceValidationTests
{
    [Fact]
    public void Add_MismatchedXY_ThrowsNamingTraceAndLengths()
    {
        var fig = new Figure().Add(new Scatter { Y = new[] { 1.0 } });

        var ex = Assert.Throws<ArgumentException>(() => fig.Add(Scatter.Lines(new[] { 0.0, 1, 2 }, new[] { 1.0, 2 }, "V1")));

        Assert.Contains("scatter trace 1 'V1'", ex.Message);
        Assert.Contains("x.Length = 3, y.Length = 2", ex.Message);
    }

    [Fact]
    public void Add_EmptySeries_ThrowsNamingTrace()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(new Scatter { Y = Array.Empty<double>(), Name = "MLII", WebGl = true }));

        Assert.Contains("scattergl trace 0 'MLII': expected at least one y value but got an empty series", ex.Message);
    }

    [Fact]
    public void Add_RaggedHeatmap_ThrowsNamingRow()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(new Heatmap { Z = [[1, 2], [3]], Name = "attn" }));

        Assert.Contains("heatmap trace 0 'attn': expected a rectangular z with 2 columns per row but row 1 has 1", ex.Message);
    }

    [Fact]
    public void Add_HeatmapAxisOfWrongLength_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(new Heatmap { Z = [[1, 2]], X = new[] { "a", "b", "c", "d" } }));

        Assert.Contains("expected x of length 2 (centres) or 3 (edges) but got 4", ex.Message);
    }

    [Fact]
    public void Add_BarWithEmptyXAndY_ReportsBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(new Bar { X = Array.Empty<string>(), Y = Array.Empty<double>() }));

        Assert.Contains("x value", ex.Message);
        Assert.Contains("y value", ex.Message);
    }

    [Fact]
    public void Add_MarkerColourValuesOfWrongLength_Throws()
    {
        var trace = new Scatter { Y = new[] { 1.0, 2 }, Marker = new Marker { ColorValues = [1.0] } };

        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(trace));

        Assert.Contains("marker.colorvalues", ex.Message);
    }

    [Fact]
    public void Add_HistogramWithZeroBins_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Figure().Add(new Histogram { X = new[] { 1.0 }, NBinsX = 0 }));

        Assert.Contains("nbinsx >= 1 but got 0", ex.Message);
    }

    [Fact]
    public void ToJson_DataMutatedAfterAdd_ThrowsInsteadOfWritingBadJson()
    {
        double[][] z = [[1, 2], [3, 4]];
        var fig = new Figure().Add(new Heatmap { Z = z });
        z[1] = [5];

        var ex = Assert.Throws<InvalidOperationException>(() => fig.ToJson());

        Assert.Contains("row 1 has 1", ex.Message);
    }
}

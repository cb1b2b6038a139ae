using System.Text.Json;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Traces;

namespace MedNet.Viz.Tests.Plotly.Axes;

public class SubplotGridTests
{
    private const double DomainTolerance = 1e-12; // sums of a few fractions; exact up to rounding

    [Fact]
    public void Create_TwoRowsSharedX_StacksDomainsAndMatchesBottomAxis()
    {
        var fig = new Figure();
        var grid = SubplotGrid.Create(fig.Layout, rows: 2, columns: 1, sharedX: true, verticalGap: 0.1);
        fig.Add(new Scatter { Y = new[] { 1.0 }, Cell = grid[0, 0] }).Add(new Scatter { Y = new[] { 2.0 }, Cell = grid[1, 0] });

        var root = JsonDocument.Parse(fig.ToJson()).RootElement;
        var layout = root.GetProperty("layout");

        Assert.Equal("x2", root.GetProperty("data")[1].GetProperty("xaxis").GetString());
        Assert.Equal("x2", layout.GetProperty("xaxis").GetProperty("matches").GetString());
        Assert.False(layout.TryGetProperty("matches", out _));
        var top = layout.GetProperty("yaxis").GetProperty("domain");
        var bottom = layout.GetProperty("yaxis2").GetProperty("domain");
        Assert.Equal(1.0, top[1].GetDouble(), DomainTolerance);
        Assert.Equal(0.55, top[0].GetDouble(), DomainTolerance);
        Assert.Equal(0.45, bottom[1].GetDouble(), DomainTolerance);
        Assert.Equal(0.0, bottom[0].GetDouble(), DomainTolerance);
        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("anchor").GetString());
    }

    [Fact]
    public void Create_Columns_SplitWidthWithGap()
    {
        var layout = new Layout();
        var grid = SubplotGrid.Create(layout, rows: 1, columns: 4, horizontalGap: 0.04);

        Assert.Equal(AxisId.X(4), grid[0, 3].X);
        Assert.Equal(0.22, layout.XAxis(1).Domain!.Value.End, DomainTolerance);
        Assert.Equal(0.78, layout.XAxis(4).Domain!.Value.Start, DomainTolerance);
        Assert.Equal(1.0, layout.XAxis(4).Domain!.Value.End, DomainTolerance);
    }

    [Fact]
    public void Create_RowHeights_AreProportional()
    {
        var layout = new Layout();
        SubplotGrid.Create(layout, rows: 2, columns: 1, verticalGap: 0, rowHeights: [3, 1]);

        Assert.Equal(0.25, layout.YAxis(1).Domain!.Value.Start, DomainTolerance);
    }

    [Fact]
    public void Create_BadArguments_ListsEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => SubplotGrid.Create(new Layout(), 0, 1, horizontalGap: 0.7));

        Assert.Contains("rows and columns >= 1 but got 0x1", ex.Message);
        Assert.Contains("gaps in [0, 0.5)", ex.Message);
    }

    [Fact]
    public void Indexer_OutsideGrid_Throws()
    {
        var grid = SubplotGrid.Create(new Layout(), 2, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => grid[2, 0]);
    }
}

using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Windowing;

public class WindowCutterTests
{
    /// <summary>(T, 2) series with value(t, c) = 10·t + c, so every element tells its source row.</summary>
    internal static TimeSeriesTable Ramp(int rows)
    {
        var v = new double[rows * 2];
        for (int t = 0; t < rows; t++)
        {
            v[2 * t] = 10 * t;
            v[(2 * t) + 1] = (10 * t) + 1;
        }

        return new TimeSeriesTable(v, rows, ["a", "b"]);
    }

    private static int SourceRow(WindowTensor w, int n, int k) => (int)(w.Window(n)[k * w.Channels] / 10);

    [Fact]
    public void Sliding_Stride1_GivesTMinusWPlusOneWindowsInNwcLayout()
    {
        var w = WindowCutter.Cut(Ramp(7), WindowSpec.Sliding(3));
        Assert.Equal((5, 3, 2), w.Shape);
        Assert.Equal(5 * 3 * 2, w.Data.Length);
        Assert.Equal([20f, 21, 30, 31, 40, 41], w.Window(2).ToArray());
        Assert.Equal(2 + 2, w.Anchor[2]);
        Assert.Equal(0, w.DroppedTailRows);
    }

    [Fact]
    public void NonOverlapping_DropsAndCountsTail()
    {
        var w = WindowCutter.Cut(Ramp(10), WindowSpec.NonOverlapping(4));
        Assert.Equal(2, w.Count);
        Assert.Equal([0, 4], w.FirstRow);
        Assert.Equal(2, w.DroppedTailRows);
    }

    [Fact]
    public void Dtaad_FirstWindows_RepeatFirstRowAndEndBeforeRowI()
    {
        const int W = 4;
        var w = WindowCutter.Cut(Ramp(9), WindowSpec.Dtaad(W));
        Assert.Equal(9, w.Count);
        for (int k = 0; k < W; k++)
        {
            Assert.Equal(0, SourceRow(w, 0, k)); // window 0 = W copies of row 0
        }

        Assert.Equal([0, 0, 0, 1], Enumerable.Range(0, W).Select(k => SourceRow(w, 2, k)).ToArray()); // pad W−i, then rows 0…i−1
        Assert.Equal([2, 3, 4, 5], Enumerable.Range(0, W).Select(k => SourceRow(w, 6, k)).ToArray()); // rows i−W … i−1
        Assert.Equal(6, w.Anchor[6]);
    }

    [Fact]
    public void RepeatFirstRowEndingAtRow_WindowEndsAtRowI()
    {
        var w = WindowCutter.Cut(Ramp(5), new WindowSpec { Length = 3, Alignment = WindowAlignment.EndingAtRow, Edges = EdgeRule.RepeatEdge });
        Assert.Equal([0, 0, 1], Enumerable.Range(0, 3).Select(k => SourceRow(w, 1, k)).ToArray());
        Assert.Equal([2, 3, 4], Enumerable.Range(0, 3).Select(k => SourceRow(w, 4, k)).ToArray());
    }

    [Fact]
    public void Sliding_FewerRowsThanWindow_ThrowsWithHint()
    {
        var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(Ramp(3), WindowSpec.Sliding(5)));
        Assert.Contains("W = 5 rows but got T = 3", ex.Message);
    }

    [Fact]
    public void Dtaad_FewerRowsThanWindow_PadsInstead()
    {
        var w = WindowCutter.Cut(Ramp(2), WindowSpec.Dtaad(5));
        Assert.Equal((2, 5, 2), w.Shape);
    }

    [Fact]
    public void Create_NaN_Throws()
    {
        var t = new TimeSeriesTable([0, 1, double.NaN, 3], 2, ["a", "b"]);
        Assert.Throws<ArgumentException>(() => WindowCutter.Cut(t, WindowSpec.Sliding(1)));
    }

    [Fact]
    public void Spec_PaddingWithStride_IsInvalid()
    {
        var problems = new WindowSpec { Length = 0, Stride = 2, Alignment = WindowAlignment.EndingBeforeRow }.Validate();
        Assert.Equal(2, problems.Count);
    }
}

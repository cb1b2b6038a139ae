using MedNet.Viz.Plots;
using static MedNet.Viz.Tests.Plots.FigureJson;

namespace MedNet.Viz.Tests.Plots;

public class FiguresSpectralTests
{
    [Fact]
    public void PowerSpectrum_OneTracePerVersion_LogAxisBandShadedZerosAsGaps()
    {
        double[] f = [0, 60, 120, 180];

        var root = Parse(Figures.PowerSpectrum(f, (50, 150), ("raw", [1.0, 0.1, 0.01, 0.0]), ("0.5–40 Hz", [0.9, 0.01, 0.001, 0.0])));

        Assert.Equal(2, root.GetProperty("data").GetArrayLength());
        Assert.Equal("0.5–40 Hz", Trace(root, 1).GetProperty("name").GetString());
        Assert.Equal("log", root.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("Frequency (Hz)", AxisTitle(root, "xaxis"));
        var y = Trace(root, 0).GetProperty("y");
        Assert.Equal(System.Text.Json.JsonValueKind.Number, y[2].ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Number, y[3].ValueKind); // 0 cannot sit on a log axis: a gap
        var band = Assert.Single(Shapes(root));
        Assert.Equal(50, band.GetProperty("x0").GetDouble());
        Assert.Equal(150, band.GetProperty("x1").GetDouble());
    }

    [Fact]
    public void PowerSpectrum_LengthMismatchOrBandPastLastBin_ThrowsNamingTheArgument()
    {
        var length = Assert.Throws<ArgumentException>(() => Figures.PowerSpectrum([0.0, 1, 2], null, ("raw", [1.0, 2])));
        Assert.Contains("series 0 'raw' to have 3", length.Message);

        var band = Assert.Throws<ArgumentOutOfRangeException>(() => Figures.PowerSpectrum([0.0, 90, 180], (50, 200), ("raw", [1.0, 2, 3])));
        Assert.Equal("band", band.ParamName);
        Assert.Contains("<= 180 Hz", band.Message);
    }
}

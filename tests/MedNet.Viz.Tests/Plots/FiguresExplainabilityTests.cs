// SPDX-License-Identifier: MIT
using MedNet.Viz.Plots;
using static MedNet.Viz.Tests.Plots.FigureJson;

namespace MedNet.Viz.Tests.Plots;

public class FiguresExplainabilityTests
{
    private static AttentionFigureRow Row(string title, int leads, int length, double fs)
    {
        var names = Enumerable.Range(0, leads).Select(i => $"L{i}").ToArray();
        var signal = new float[leads * length];
        var heat = new float[leads * length];
        var line = new float[length];
        for (var c = 0; c < leads; c++)
        {
            for (var t = 0; t < length; t++)
            {
                signal[(c * length) + t] = (float)Math.Sin(t / 7.0 + c);
                heat[(c * length) + t] = (float)t / (length - 1);
            }
        }

        for (var t = 0; t < length; t++)
        {
            line[t] = (float)t / (length - 1);
        }

        return new AttentionFigureRow(title, names, fs, signal, heat, line);
    }

    [Fact]
    public void AttentionFigure_ThreePanelsPerRow_BlueYellowRedFrom0To1_TimeInMs()
    {
        var root = Parse(Figures.AttentionFigure([Row("Normal", 12, 250, 100), Row("MI", 12, 250, 100), Row("AF", 1, 750, 300)]));
        var data = root.GetProperty("data").EnumerateArray().ToArray();

        // Per row: each lead twice (waveform and overlay), one heatmap, one attention line.
        Assert.Equal((2 * 12) + 2 + (2 * 12) + 2 + (2 * 1) + 2, data.Length);
        var heatmaps = data.Where(d => d.GetProperty("type").GetString() == "heatmap").ToArray();
        Assert.Equal(3, heatmaps.Length);
        Assert.All(heatmaps, h => Assert.Equal((0.0, 1.0), (h.GetProperty("zmin").GetDouble(), h.GetProperty("zmax").GetDouble())));
        var scale = heatmaps[0].GetProperty("colorscale");
        Assert.Equal("#2c7bb6", scale[0][1].GetString());
        Assert.Equal(0.5, scale[1][0].GetDouble());
        Assert.Equal("#d7191c", scale[2][1].GetString());
        Assert.Equal(12, heatmaps[0].GetProperty("z").GetArrayLength());
        Assert.Equal("y2", heatmaps[0].GetProperty("yaxis").GetString());
        Assert.Equal("y8", heatmaps[2].GetProperty("yaxis").GetString());
        Assert.Equal("Time (ms)", AxisTitle(root, "xaxis"));
        var range = root.GetProperty("layout").GetProperty("xaxis").GetProperty("range");
        Assert.Equal(749 / 300.0 * 1000, range[1].GetDouble(), 6); // the longest row: 750 samples at 300 Hz span 0–2496.7 ms (250 at 100 Hz: 2490)
        Assert.True(root.GetProperty("layout").TryGetProperty("yaxis9", out _));
        Assert.Contains("MI", Notes(root));
    }

    [Fact]
    public void AttentionFigure_ShapesThatDoNotMatch_ThrowNamingTheRow()
    {
        var bad = Row("AF", 1, 100, 300) with { Heat = new float[99] };
        var ex = Assert.Throws<ArgumentException>(() => Figures.AttentionFigure([Row("N", 2, 100, 300), bad]));
        Assert.Contains("row 1 'AF'", ex.Message);
        Assert.Contains("heat 99", ex.Message);
        Assert.Throws<ArgumentException>(() => Figures.AttentionFigure([]));
    }
}

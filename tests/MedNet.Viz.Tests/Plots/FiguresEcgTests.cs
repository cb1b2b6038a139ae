using MedNet.Viz.Plots;
using static MedNet.Viz.Tests.Plots.FigureJson;

namespace MedNet.Viz.Tests.Plots;

public class FiguresEcgTests
{
    private const double GridTolerance = 1e-12; // grid steps are exact ratios of small integers
    private const double Fs = 360;

    [Fact]
    public void EcgStrip_PaperGrid_Is1mmAnd5mmAt25mmPerSecondAnd10mmPerMillivolt()
    {
        var root = Parse(Figures.EcgStrip(SyntheticEcg.Lead(3600, Fs), Fs, lead: "MLII"));
        var x = Layout(root).GetProperty("xaxis");
        var y = Layout(root).GetProperty("yaxis");

        Assert.Equal(0.2, x.GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal(0.04, x.GetProperty("minor").GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.True(x.GetProperty("minor").GetProperty("showgrid").GetBoolean());
        Assert.Equal(EcgPaper.LargeBoxColor, x.GetProperty("gridcolor").GetString());
        Assert.Equal(EcgPaper.SmallBoxColor, y.GetProperty("minor").GetProperty("gridcolor").GetString());
        Assert.Equal(0.5, y.GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal(0.1, y.GetProperty("minor").GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal("x", y.GetProperty("scaleanchor").GetString());
        Assert.Equal(0.4, y.GetProperty("scaleratio").GetDouble(), GridTolerance);
        Assert.Equal("Time (s)", AxisTitle(root, "xaxis"));
        Assert.Equal("MLII (mV)", AxisTitle(root, "yaxis"));
    }

    [Fact]
    public void EcgStrip_TenSecondWindow_XAxisSpansExactlyTheWindowAndKeepsItWhenTheAspectDoesNotFit()
    {
        // Notebook 01's strip: 10 s of MBA at 128 Hz. plotly widened a tied axis's range to keep the 25 mm/s : 10 mm/mV aspect
        // (−5 … 15 s); constrain = domain makes it narrow the time axis's domain instead, so time always spans the window.
        var root = Parse(Figures.EcgStrip(SyntheticEcg.Lead(7680, 128), 128, lead: "ECG1"));
        var x = Layout(root).GetProperty("xaxis");

        Assert.Equal([0.0, 10.0], Numbers(x.GetProperty("range")));
        Assert.Equal("domain", x.GetProperty("constrain").GetString());
        Assert.False(Layout(root).GetProperty("yaxis").TryGetProperty("constrain", out _)); // amplitude may gain paper above and below
    }

    [Fact]
    public void StripHeight_PaperAspectAtATypicalOutputWidth_WithinBounds()
    {
        Assert.Equal(170 + 288, Figures.StripHeight(10, 8)); // 900 px for 10 s → 36 px/mV at 0.4
        Assert.Equal(320, Figures.StripHeight(10, 2)); // never flatter than 320 px
        Assert.Equal(720, Figures.StripHeight(2, 10)); // nor taller than 720 px

        var root = Parse(Figures.EcgStrip(SyntheticEcg.Lead(3600, Fs, amplitude: 5), Fs));
        var range = Numbers(Layout(root).GetProperty("yaxis").GetProperty("range"));
        Assert.Equal(Figures.StripHeight(10, range[1] - range[0]), Layout(root).GetProperty("height").GetInt32());
    }

    [Fact]
    public void EcgStrip_WindowInsideRecord_RangeIsTheWindowInRecordTime()
    {
        var root = Parse(Figures.EcgStrip(SyntheticEcg.Lead(36_000, Fs), Fs, startSeconds: 60, durationSeconds: 5));

        Assert.Equal([60.0, 65.0], Numbers(Layout(root).GetProperty("xaxis").GetProperty("range")));
        Assert.Equal(60.0, Trace(root, 0).GetProperty("x")[0].GetDouble(), GridTolerance);
    }

    [Fact]
    public void EcgStrip_Beats_OnlyThoseInWindowAreLabelledAboveTheTrace()
    {
        var signal = SyntheticEcg.Lead(7200, Fs);
        BeatAnnotation[] beats = [new(100, "N"), new(1000, "V"), new(5000, "A")];

        var root = Parse(Figures.EcgStrip(signal, Fs, beats, startSeconds: 0, durationSeconds: 10));

        var beatTrace = Trace(root, 1);
        Assert.Equal("markers+text", beatTrace.GetProperty("mode").GetString());
        Assert.Equal("triangle-down", beatTrace.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal(["N", "V"], beatTrace.GetProperty("text").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(1000 / Fs, beatTrace.GetProperty("x")[1].GetDouble(), GridTolerance);
        var yTop = Numbers(Layout(root).GetProperty("yaxis").GetProperty("range"))[1];
        Assert.All(Numbers(beatTrace.GetProperty("y")), v => Assert.True(v < yTop && v > Numbers(Trace(root, 0).GetProperty("y")).Max()));
    }

    [Fact]
    public void EcgStrip_LongWindow_DecimatedToTheBudgetWithANote()
    {
        var root = Parse(Figures.EcgStrip(SyntheticEcg.Lead(36_000, Fs), Fs, durationSeconds: 100));

        var y = Trace(root, 0).GetProperty("y");
        Assert.True(y.GetArrayLength() <= Figures.DefaultMaxPoints, $"{y.GetArrayLength()} points");
        Assert.Contains(Notes(root), n => n.StartsWith("displayed: ", StringComparison.Ordinal) && n.Contains("of 36,000 points"));
        Assert.Equal("#fffafa", Layout(root).GetProperty("plot_bgcolor").GetString());
    }

    [Fact]
    public void EcgStrip_WindowOutsideRecord_ThrowsWithDuration()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.EcgStrip(new double[360], Fs, startSeconds: 5));

        Assert.Contains("360 samples (1.0 s at 360 Hz)", ex.Message);
    }

    [Fact]
    public void MultiLead_MitBihSized_DecimatesWithNoteAndSharedTime()
    {
        float[][] leads = [new float[650_000], new float[650_000]];

        var root = Parse(Figures.MultiLead(leads, ["MLII", "V5"], Fs, maxPointsPerLead: 4000));

        Assert.All(root.GetProperty("data").EnumerateArray(), t => Assert.Equal("x", t.GetProperty("xaxis").GetString()));
        Assert.Equal(["y", "y2"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("yaxis").GetString()!).ToArray());
        Assert.True(Trace(root, 0).GetProperty("y").GetArrayLength() <= 4000);
        Assert.Equal("y2", Layout(root).GetProperty("xaxis").GetProperty("anchor").GetString()); // time labels under the bottom row
        Assert.Equal("V5 (mV)", AxisTitle(root, "yaxis2"));
        var top = Numbers(Layout(root).GetProperty("yaxis").GetProperty("domain"));
        var bottom = Numbers(Layout(root).GetProperty("yaxis2").GetProperty("domain"));
        Assert.True(bottom[1] < top[0], $"rows overlap: {bottom[1]} >= {top[0]}");
        Assert.Contains(Notes(root), n => n.StartsWith("displayed: ", StringComparison.Ordinal) && n.Contains("of 650,000 points, min/max per bucket"));
    }

    [Fact]
    public void MultiLead_NamesDoNotMatchLeads_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.MultiLead([new double[10]], ["I", "II"], Fs));

        Assert.Contains("1 lead(s) and 2 name(s)", ex.Message);
    }

    [Fact]
    public void TwelveLead_StandardLayout_ThreeRowsOfFourAndRhythmStripOnPaper()
    {
        var leads = Enumerable.Range(0, 12).Select(i => SyntheticEcg.Lead(5000, 500, seed: i)).ToArray();

        var root = Parse(Figures.TwelveLead(leads, 500));

        var names = root.GetProperty("data").EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("yaxis").GetString()!)).ToArray();
        Assert.Equal(13, names.Length);
        Assert.Equal(("I", "y"), names[0]);
        Assert.Equal(("aVR", "y"), names[1]);
        Assert.Equal(("V4", "y"), names[3]);
        Assert.Equal(("II", "y4"), names[12]);
        Assert.Equal(2.5, Trace(root, 1).GetProperty("x")[0].GetDouble(), GridTolerance);
        foreach (var key in new[] { "yaxis", "yaxis2", "yaxis3", "yaxis4" })
        {
            var y = Layout(root).GetProperty(key);
            Assert.Equal("x", y.GetProperty("scaleanchor").GetString());
            Assert.Equal(0.1, y.GetProperty("minor").GetProperty("dtick").GetDouble(), GridTolerance);
        }

        Assert.Equal([0.0, 10.0], Numbers(Layout(root).GetProperty("xaxis").GetProperty("range")));
        Assert.Equal(13, Notes(root).Length); // one lead label per trace
        Assert.Contains("aVF", Notes(root));
    }

    [Fact]
    public void TwelveLead_ElevenLeads_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.TwelveLead(Enumerable.Range(0, 11).Select(_ => new double[100]).ToArray(), 500));

        Assert.Contains("expected 12 leads", ex.Message);
    }
}

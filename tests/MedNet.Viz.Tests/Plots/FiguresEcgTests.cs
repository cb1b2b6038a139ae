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
        var x = root.GetProperty("layout").GetProperty("xaxis");
        var y = root.GetProperty("layout").GetProperty("yaxis");

        Assert.Equal(0.2, x.GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal(0.04, x.GetProperty("minor").GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal(0.5, y.GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal(0.1, y.GetProperty("minor").GetProperty("dtick").GetDouble(), GridTolerance);
        Assert.Equal("x", y.GetProperty("scaleanchor").GetString());
        Assert.Equal(0.4, y.GetProperty("scaleratio").GetDouble(), GridTolerance);
        Assert.Equal("Time (s)", AxisTitle(root, "xaxis"));
        Assert.Equal("MLII (mV)", AxisTitle(root, "yaxis"));
    }

    [Fact]
    public void EcgStrip_Beats_OnlyThoseInWindowAreLabelled()
    {
        var signal = SyntheticEcg.Lead(7200, Fs);
        BeatAnnotation[] beats = [new(100, "N"), new(1000, "V"), new(5000, "A")];

        var root = Parse(Figures.EcgStrip(signal, Fs, beats, startSeconds: 0, durationSeconds: 10));

        var beatTrace = root.GetProperty("data")[1];
        Assert.Equal(["N", "V"], beatTrace.GetProperty("text").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.Equal(1000 / Fs, beatTrace.GetProperty("x")[1].GetDouble(), GridTolerance);
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

        var fig = Figures.MultiLead(leads, ["MLII", "V5"], Fs, maxPointsPerLead: 4000);
        var root = Parse(fig);

        Assert.All(root.GetProperty("data").EnumerateArray(), t => Assert.Equal("scattergl", t.GetProperty("type").GetString()));
        Assert.True(root.GetProperty("data")[0].GetProperty("y").GetArrayLength() <= 4000);
        Assert.Equal("x2", root.GetProperty("layout").GetProperty("xaxis").GetProperty("matches").GetString());
        Assert.Equal("V5 (mV)", AxisTitle(root, "yaxis2"));
        Assert.Contains(Notes(root), n => n.StartsWith("displayed: ", StringComparison.Ordinal) && n.Contains("of 650,000 points, min/max per bucket"));
    }

    [Fact]
    public void MultiLead_NamesDoNotMatchLeads_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.MultiLead([new double[10]], ["I", "II"], Fs));

        Assert.Contains("1 lead(s) and 2 name(s)", ex.Message);
    }

    [Fact]
    public void TwelveLead_StandardLayout_ThreeRowsOfFourAndRhythmStrip()
    {
        var leads = Enumerable.Range(0, 12).Select(i => SyntheticEcg.Lead(5000, 500, seed: i)).ToArray();

        var root = Parse(Figures.TwelveLead(leads, 500));

        var names = root.GetProperty("data").EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("yaxis").GetString()!)).ToArray();
        Assert.Equal(13, names.Length);
        Assert.Equal(("I", "y"), names[0]);
        Assert.Equal(("aVR", "y"), names[1]);
        Assert.Equal(("V4", "y"), names[3]);
        Assert.Equal(("II", "y4"), names[12]);
        var aVr = root.GetProperty("data")[1].GetProperty("x");
        Assert.Equal(2.5, aVr[0].GetDouble(), GridTolerance);
    }

    [Fact]
    public void TwelveLead_ElevenLeads_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Figures.TwelveLead(Enumerable.Range(0, 11).Select(_ => new double[100]).ToArray(), 500));

        Assert.Contains("expected 12 leads", ex.Message);
    }
}

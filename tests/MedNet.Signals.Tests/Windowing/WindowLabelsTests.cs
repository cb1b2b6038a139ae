using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Windowing;

public class WindowLabelsTests
{
    private static TimeSeriesTable Labels(params double[] v) => new(v, v.Length, ["y"]);

    [Fact]
    public void MaxOverWindow_AnyAnomalousPoint_MarksWindow()
    {
        var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), WindowSpec.NonOverlapping(2));
        Assert.Equal([0, 1, 0], WindowLabels.Any(w, Labels(0, 0, 0, 1, 0, 0)));
    }

    [Fact]
    public void AnchorPoint_Dtaad_IsOneToOneWithPoints()
    {
        var points = Labels(0, 1, 0, 0, 1);
        var w = WindowCutter.Cut(WindowCutterTests.Ramp(5), WindowSpec.Dtaad(3));
        Assert.Equal([0, 1, 0, 0, 1], WindowLabels.Any(w, points)); // Dtaad labels at the anchor
        var max = WindowCutter.Cut(WindowCutterTests.Ramp(5), WindowSpec.Dtaad(3) with { LabelRule = WindowLabelRule.MaxOverWindow });
        Assert.Equal([0, 0, 1, 1, 1], WindowLabels.Any(max, points)); // window i covers rows i−3 … i−1 (row 0 for padding)
    }

    [Fact]
    public void PerChannel_TwoLabelColumns_KeepsChannels()
    {
        var labels = new TimeSeriesTable([0, 1, 0, 0, 1, 0], 3, ["a", "b"]);
        var w = WindowCutter.Cut(WindowCutterTests.Ramp(3), WindowSpec.Sliding(2));
        Assert.Equal([0, 1, 1, 0], WindowLabels.PerChannel(w, labels));
    }

    [Fact]
    public void Labels_WrongRowCount_Throws()
    {
        var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), WindowSpec.Sliding(2));
        var ex = Assert.Throws<ArgumentException>(() => WindowLabels.Any(w, Labels(0, 1, 0)));
        Assert.Contains("T = 6", ex.Message);
    }

    [Fact]
    public void Mba_DtaadWindowsWithAnchorLabels_Keep2600AnomalousWindows()
    {
        var ds = MbaDataset.Load(SharedData.Shipped("mba"));
        var norm = ChannelNormaliser.Fit(ds.Train, Normalisation.DtaadMinMax);
        var w = WindowCutter.Cut(norm.Transform(ds.Test), WindowSpec.Dtaad(10));
        Assert.Equal((7680, 10, 2), w.Shape);
        Assert.Equal(2600, WindowLabels.Any(w, ds.Labels!).Sum());
    }
}

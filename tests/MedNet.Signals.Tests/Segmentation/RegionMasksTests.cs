using MedNet.Signals.Segmentation;

namespace MedNet.Signals.Tests.Segmentation;

public class RegionMasksTests
{
    [Fact]
    public void Build_At360Hz_QrsIsRPlusMinus18AndStTIsR40ToR61()
    {
        var qrs = new float[900];
        var st = new float[900];
        RegionMasks.Build([450], 360, qrs, st);
        Assert.Equal(37, qrs.Count(v => v == 1));
        Assert.Equal(1, qrs[450 - 18]);
        Assert.Equal(0, qrs[450 - 19]);
        Assert.Equal(1, qrs[450 + 18]);
        Assert.Equal(Enumerable.Range(450 + 40, 22), Enumerable.Range(0, 900).Where(i => st[i] == 1));
    }

    [Fact]
    public void Build_PeakNearEnd_IsClipped()
    {
        var qrs = new float[100];
        var st = new float[100];
        RegionMasks.Build([95], 360, qrs, st);
        Assert.Equal(Enumerable.Range(77, 23), Enumerable.Range(0, 100).Where(i => qrs[i] == 1));
        Assert.All(st, v => Assert.Equal(0, v));
    }
}

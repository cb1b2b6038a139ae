// SPDX-License-Identifier: MIT
using MedNet.Signals.Beats;
using MedNet.Signals.Datasets;

namespace MedNet.Signals.Tests.Datasets;

public class MitBihTests
{
    [Fact]
    public void Load_Record100_MliiIsSignal0WithAamiBeats()
    {
        var r = MitBih.Load(SharedData.Shipped("mitdb"), "100");

        Assert.Equal(("MLII", 0, 360.0, 650_000), (r.Lead, r.LeadIndex, r.SamplingFrequency, r.Signal.Length));
        var beats = r.AamiBeats();
        Assert.Equal(2273, beats.Length);
        Assert.Equal(33, Array.FindAll(beats, b => b.Class == AamiClass.S).Length);
        Assert.Equal(2273, r.BeatSamples().Length);
        Assert.False(r.IsPaced);
    }

    [Fact]
    public void Records_Are48WithFourPaced()
    {
        Assert.Equal(48, MitBih.Records.Count);
        Assert.All(MitBih.PacedRecords, p => Assert.Contains(p, MitBih.Records));
        Assert.True(MitBih.IsPaced("217"));
    }

    [SharedDataFact("mitdb")]
    public void Load_Record114_MliiIsSignal1()
    {
        var r = MitBih.Load(SharedData.Find("mitdb")!, "114");

        Assert.Equal(("MLII", 1), (r.Lead, r.LeadIndex));
    }

    [SharedDataFact("mitdb")]
    public void Load_Record102WithoutMlii_FallsBackToSignal0()
    {
        var r = MitBih.Load(SharedData.Find("mitdb")!, "102");

        Assert.Equal(("V5", 0), (r.Lead, r.LeadIndex));
        Assert.True(r.IsPaced);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;

namespace MedNet.Experiments.Tests.Profiles;

public class ProfileConfigsTests
{
    [Fact]
    public void Dtaad_EachProfile_ChangesOnlyTheEpochsAndRejectsUndefined()
    {
        Assert.Equal(DtaadTraining.Reference with { Epochs = 1 }, ProfileConfigs.Dtaad(RunProfile.Smoke));
        Assert.Equal(DtaadTraining.Reference, ProfileConfigs.Dtaad(RunProfile.Laptop));
        Assert.Equal(50, ProfileConfigs.Dtaad(RunProfile.Paper).Epochs);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.Dtaad((RunProfile)9));
    }

    [Fact]
    public void MedNet_EachProfile_KeepsTheMbaSettingsAndRejectsUndefined()
    {
        Assert.Equal(MedNetTraining.Mba with { Epochs = 1 }, ProfileConfigs.MedNet(RunProfile.Smoke));
        Assert.Equal(5, ProfileConfigs.MedNet(RunProfile.Laptop).Epochs);
        Assert.Equal(MedNetTraining.Mba, ProfileConfigs.MedNet(RunProfile.Paper));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.MedNet((RunProfile)7));
        Assert.Contains("Smoke, Laptop, Paper", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunProfile.Smoke, 32, 64, 1)]
    [InlineData(RunProfile.Laptop, 64, 64, 5)]
    [InlineData(RunProfile.Paper, CaeTraining.WindowLength, 8, 50)]
    public void Cae_EachProfile_IsValidWithItsWindow(RunProfile profile, int window, int batch, int epochs)
    {
        var training = ProfileConfigs.Cae(profile);
        Assert.Empty(training.Validate());
        Assert.Equal((window, batch, epochs), (ProfileConfigs.CaeWindowLength(profile), training.BatchSize, training.Epochs));
    }

    [Fact]
    public void Cae_UndefinedProfile_ThrowsListingNames()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.Cae((RunProfile)42));
        Assert.Contains("Laptop", e.Message, StringComparison.Ordinal);
    }
}

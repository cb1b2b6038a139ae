// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;

namespace MedNet.Experiments.Tests.Profiles;

public class ProfileConfigsTests
{
    [Fact]
    public void Dtaad_EachProfile_ReturnsItsInstanceAndRejectsUndefined()
    {
        Assert.Same(DtaadConfig.Smoke, ProfileConfigs.Dtaad(RunProfile.Smoke));
        Assert.Same(DtaadConfig.Laptop, ProfileConfigs.Dtaad(RunProfile.Laptop));
        Assert.Equal(50, ProfileConfigs.Dtaad(RunProfile.Paper).Epochs);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.Dtaad((RunProfile)9));
    }

    [Fact]
    public void MedNet_EachProfile_ReturnsItsInstanceAndRejectsUndefined()
    {
        Assert.Same(MedNetConfig.Smoke, ProfileConfigs.MedNet(RunProfile.Smoke));
        Assert.Same(MedNetConfig.Laptop, ProfileConfigs.MedNet(RunProfile.Laptop));
        Assert.Same(MedNetConfig.Paper, ProfileConfigs.MedNet(RunProfile.Paper));
        Assert.Equal(1, ProfileConfigs.MedNet(RunProfile.Smoke).Backbone.Epochs);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.MedNet((RunProfile)7));
        Assert.Contains("Smoke, Laptop, Paper", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunProfile.Smoke)]
    [InlineData(RunProfile.Laptop)]
    [InlineData(RunProfile.Paper)]
    public void Cae_EachProfile_IsValid(RunProfile profile) => Assert.Empty(ProfileConfigs.Cae(profile).Validate());

    [Fact]
    public void Cae_UndefinedProfile_ThrowsListingNames()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProfileConfigs.Cae((RunProfile)42));
        Assert.Contains("Laptop", e.Message, StringComparison.Ordinal);
    }
}

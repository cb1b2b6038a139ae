using MedNet.Models.AnomalyDetection.MedNet;
using Profile = global::MedNet.Models.Reproduction.RunProfile;

namespace MedNet.Models.Tests.AnomalyDetection.MedNet;

public class MedNetConfigTests
{
    [Fact]
    public void For_EachProfile_ReturnsItsInstanceAndRejectsUndefined()
    {
        Assert.Same(MedNetConfig.Smoke, MedNetConfig.For(Profile.Smoke));
        Assert.Same(MedNetConfig.Laptop, MedNetConfig.For(Profile.Laptop));
        Assert.Same(MedNetConfig.Paper, MedNetConfig.For(Profile.Paper));
        Assert.Equal(1, MedNetConfig.For(Profile.Smoke).Backbone.Epochs);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MedNetConfig.For((Profile)7));
        Assert.Contains("Smoke, Laptop, Paper", ex.Message);
    }
}

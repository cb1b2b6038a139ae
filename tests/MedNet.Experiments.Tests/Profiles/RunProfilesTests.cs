using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.Profiles;

public class RunProfilesTests
{
    [Theory]
    [InlineData("smoke", RunProfile.Smoke)]
    [InlineData("Laptop", RunProfile.Laptop)]
    [InlineData(" PAPER ", RunProfile.Paper)]
    public void Parse_KnownName_ReturnsProfile(string name, RunProfile expected)
    {
        Assert.Equal(expected, RunProfiles.Parse(name));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("1")]
    [InlineData("")]
    public void Parse_UnknownName_ThrowsListingValidNames(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => RunProfiles.Parse(name, "MEDNET_PROFILE"));
        Assert.Contains("MEDNET_PROFILE", ex.Message);
        Assert.Contains("smoke, laptop, paper", ex.Message);
    }
}

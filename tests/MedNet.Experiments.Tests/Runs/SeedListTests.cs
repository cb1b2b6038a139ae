using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;

namespace MedNet.Experiments.Tests.Runs;

public class SeedListTests
{
    [Theory]
    [InlineData("0-4", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("0,1,2", new[] { 0, 1, 2 })]
    [InlineData(" 3 ", new[] { 3 })]
    [InlineData("0-2,7", new[] { 0, 1, 2, 7 })]
    [InlineData("5-5", new[] { 5 })]
    public void Parse_ValidLists_ReturnsSeedsInOrder(string text, int[] expected) => Assert.Equal(expected, SeedList.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("4-2")]
    [InlineData("1,1")]
    [InlineData("-1")]
    [InlineData("0-")]
    [InlineData("0,,1")]
    public void Parse_InvalidLists_ThrowNamingTheOption(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => SeedList.Parse(text));
        Assert.StartsWith("--seeds: expected", ex.Message);
    }

    [Fact]
    public void Format_OneConsecutiveAndScattered_ReadsNaturally()
    {
        Assert.Equal("seed 3", SeedList.Format([3]));
        Assert.Equal("seeds 0–4", SeedList.Format([0, 1, 2, 3, 4]));
        Assert.Equal("seeds 0, 2, 7", SeedList.Format([0, 2, 7]));
    }
}

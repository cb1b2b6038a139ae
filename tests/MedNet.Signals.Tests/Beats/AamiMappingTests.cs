// SPDX-License-Identifier: MIT
using MedNet.Signals.Beats;

namespace MedNet.Signals.Tests.Beats;

public class AamiMappingTests
{
    [Theory]
    [InlineData("N", AamiClass.N)]
    [InlineData("L", AamiClass.N)]
    [InlineData("R", AamiClass.N)]
    [InlineData("e", AamiClass.N)]
    [InlineData("j", AamiClass.N)]
    [InlineData("A", AamiClass.S)]
    [InlineData("a", AamiClass.S)]
    [InlineData("J", AamiClass.S)]
    [InlineData("S", AamiClass.S)]
    [InlineData("V", AamiClass.V)]
    [InlineData("E", AamiClass.V)]
    [InlineData("F", AamiClass.F)]
    [InlineData("/", AamiClass.Q)]
    [InlineData("f", AamiClass.Q)]
    [InlineData("Q", AamiClass.Q)]
    public void Map_BeatSymbol_GivesEc57Class(string symbol, AamiClass expected) =>
        Assert.Equal(expected, AamiMapping.Map(symbol));

    [Theory]
    [InlineData("+")]
    [InlineData("~")]
    [InlineData("|")]
    [InlineData("x")]
    public void TryMap_NonBeat_ReturnsFalse(string symbol) => Assert.False(AamiMapping.TryMap(symbol, out _));

    [Fact]
    public void Map_NonBeat_ThrowsListingTable()
    {
        var ex = Assert.Throws<ArgumentException>(() => AamiMapping.Map("+"));

        Assert.Contains("N L R e j", ex.Message);
    }
}

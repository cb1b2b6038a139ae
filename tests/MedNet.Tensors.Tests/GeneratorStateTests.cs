// SPDX-License-Identifier: MIT
using MedNet.Tensors.Random;

namespace MedNet.Tensors.Tests;

public class GeneratorStateTests
{
    [Fact]
    public void SetState_FromGetState_ReplaysTheSameStream()
    {
        var g = new Generator(5);
        for (var i = 0; i < 700; i++)
        {
            g.NextUInt32(); // past one twist, so the position is mid-block
        }

        var state = g.get_state();
        var first = new uint[1000];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = g.NextUInt32();
        }

        g.set_state(state);
        var again = new uint[1000];
        for (var i = 0; i < again.Length; i++)
        {
            again[i] = g.NextUInt32();
        }

        Assert.Equal(first, again);
    }

    [Fact]
    public void SetState_WrongLength_ThrowsNamingTheExpectedSize()
    {
        var e = Assert.Throws<ArgumentException>(() => new Generator().set_state(new byte[10]));
        Assert.Contains("expected 2500 bytes", e.Message, StringComparison.Ordinal);
    }
}

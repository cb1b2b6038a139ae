using MedNet.Tensors.Random;

namespace MedNet.Tensors.Tests.Random;

public class GeneratorTests
{
    [Fact]
    public void NextUInt32_Seed5489_MatchesReferenceMt19937Stream()
    {
        // Reference values of MT19937 (C++ std::mt19937 default seed 5489): the 1st and the 10000th output.
        var g = new Generator(5489);
        Assert.Equal(3499211612u, g.NextUInt32());
        for (var i = 2; i < 10000; i++)
        {
            g.NextUInt32();
        }

        Assert.Equal(4123659995u, g.NextUInt32());
    }

    [Fact]
    public void ManualSeed_SameSeed_RepeatsStream()
    {
        var g = new Generator(42);
        var first = new[] { g.NextSingle(), g.NextSingle(), g.NextSingle() };
        g.manual_seed(42);
        Assert.Equal(first, new[] { g.NextSingle(), g.NextSingle(), g.NextSingle() });
    }

    [Fact]
    public void NextSingle_ManyDraws_StaysInUnitIntervalWithMeanNearHalf()
    {
        var g = new Generator(7);
        double sum = 0;
        const int n = 100_000;
        for (var i = 0; i < n; i++)
        {
            var x = g.NextSingle();
            Assert.InRange(x, 0f, 0.99999994f);
            sum += x;
        }

        Assert.InRange(sum / n, 0.495, 0.505);
    }

    [Fact]
    public void FillDropoutMask_AcrossTwists_MatchesNextSinglePerElement()
    {
        // 1500 draws after 100 single draws cross two state refills at an odd offset.
        var bulk = new Generator(3);
        var single = new Generator(3);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(single.NextSingle(), bulk.NextSingle());
        }

        var mask = new float[1500];
        bulk.FillDropoutMask(mask, 0.3f, 2f);
        for (var i = 0; i < mask.Length; i++)
        {
            Assert.Equal(single.NextSingle() >= 0.3f ? 2f : 0f, mask[i]);
        }

        Assert.Equal(single.NextUInt32(), bulk.NextUInt32());
    }
}

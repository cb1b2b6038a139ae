// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Explainability;

public sealed class ShapleyValuesTests
{
    /// <summary>Groups of equal contiguous blocks of time on every channel.</summary>
    private static FeatureGroups Blocks(int channels, int length, int count)
    {
        var names = new List<string>();
        var masks = new List<bool[]>();
        for (var g = 0; g < count; g++)
        {
            var mask = new bool[channels * length];
            for (var c = 0; c < channels; c++)
            {
                for (var t = g * length / count; t < (g + 1) * length / count; t++)
                {
                    mask[(c * length) + t] = true;
                }
            }

            names.Add($"block {g}");
            masks.Add(mask);
        }

        return new FeatureGroups(channels, length, names, masks);
    }

    /// <summary>A non-linear score with interactions between blocks: tanh of a linear map plus a product term.</summary>
    private static Tensor Nonlinear(Tensor x)
    {
        var l = (int)x.size(2);
        var a = x.narrow(2, 0, l / 2).sum([1, 2]);
        var b = x.narrow(2, l / 2, l / 2).sum([1, 2]);
        return (a * 0.3f).tanh() + (a * b * 0.05f) + (b * 0.2f); // (B)
    }

    [Fact]
    public void Exact_LinearModel_EqualsWeightTimesDifferenceFromTheBackgroundMean()
    {
        var w = new float[24];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)Math.Sin(i);
        }

        var f = new LinearScore(w, 2, 12);
        var x = ExplainFixtures.Window(2, 12, 20);
        torch.manual_seed(21);
        var background = torch.randn(5, 2, 12);
        var groups = Blocks(2, 12, 4);
        var r = ShapleyValues.Exact(f.Score, x, background, groups);
        var xs = x.ToArray();
        var bs = background.ToArray();
        for (var g = 0; g < 4; g++)
        {
            var expected = 0.0;
            for (var i = 0; i < 24; i++)
            {
                if (groups.Masks[g][i])
                {
                    var mean = 0.0;
                    for (var n = 0; n < 5; n++)
                    {
                        mean += bs[(n * 24) + i] / 5.0;
                    }

                    expected += w[i] * (xs[i] - mean);
                }
            }

            Assert.Equal(expected, r.Values[g], 4);
        }

        Assert.Equal(16, r.Coalitions);
        Assert.Equal(16 * 5, r.Evaluations);
        Assert.True(r.Exact);
    }

    [Fact]
    public void Exact_NonlinearModel_SumsToOutputMinusExpectedBackground()
    {
        var x = ExplainFixtures.Window(1, 24, 22);
        torch.manual_seed(23);
        var background = torch.randn(4, 1, 24);
        var r = ShapleyValues.Exact(Nonlinear, x, background, Blocks(1, 24, 6));
        double fx;
        double eb;
        using (torch.no_grad())
        {
            fx = Nonlinear(x).item();
            eb = Nonlinear(background).mean().item();
        }

        Assert.Equal(fx, r.Output, 4);
        Assert.Equal(eb, r.Expected, 4);
        Assert.Equal(0, r.CompletenessGap, 4);
    }

    [Fact]
    public void Kernel_AllCoalitionsWithKernelWeights_EqualsExact()
    {
        var x = ExplainFixtures.Window(1, 24, 24);
        torch.manual_seed(25);
        var background = torch.randn(3, 1, 24);
        var groups = Blocks(1, 24, 6);
        var exact = ShapleyValues.Exact(Nonlinear, x, background, groups);
        var kernel = ShapleyValues.Kernel(Nonlinear, x, background, groups, new() { Samples = 62 });
        Assert.False(kernel.Exact);
        Assert.Equal(64, kernel.Coalitions);
        for (var g = 0; g < 6; g++)
        {
            Assert.Equal(exact.Values[g], kernel.Values[g], 4);
        }
    }

    [Fact]
    public void Kernel_SampledCoalitions_ApproximateExact_AndKeepCompleteness()
    {
        var x = ExplainFixtures.Window(1, 40, 26);
        torch.manual_seed(27);
        var background = torch.randn(3, 1, 40);
        var groups = Blocks(1, 40, 10);
        var exact = ShapleyValues.Exact(Nonlinear, x, background, groups);
        var kernel = ShapleyValues.Kernel(Nonlinear, x, background, groups, new() { Samples = 400, Seed = 1 });
        Assert.Equal(0, kernel.CompletenessGap, 4);
        Assert.True(kernel.Evaluations < exact.Evaluations / 2, $"kernel {kernel.Evaluations} vs exact {exact.Evaluations} evaluations");
        var scale = 0.0;
        foreach (var v in exact.Values)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (var g = 0; g < 10; g++)
        {
            Assert.True(Math.Abs(exact.Values[g] - kernel.Values[g]) <= 0.1 * scale, $"group {g}: exact {exact.Values[g]}, kernel {kernel.Values[g]}");
        }

        var again = ShapleyValues.Kernel(Nonlinear, x, background, groups, new() { Samples = 400, Seed = 1 });
        Assert.Equal(kernel.Values, again.Values);
    }

    [Fact]
    public void Compute_ChoosesExactUpTo12Groups_KernelAbove()
    {
        var f = new LinearScore(new float[26], 1, 26);
        var x = torch.zeros(1, 1, 26);
        var background = torch.zeros(1, 1, 26);
        Assert.True(ShapleyValues.Compute(f.Score, x, background, Blocks(1, 26, 12)).Exact);
        Assert.False(ShapleyValues.Compute(f.Score, x, background, Blocks(1, 26, 13), new() { Samples = 64 }).Exact);
        Assert.Throws<ArgumentException>(() => ShapleyValues.Exact(f.Score, x, background, Blocks(1, 26, 13)));
    }

    [Fact]
    public void PlantedSignal_OnlyTheReadRegionGetsShapleyMass()
    {
        torch.manual_seed(28);
        var model = new PlantedRegionModel(64, 16, 32);
        model.eval();
        var x = ExplainFixtures.Window(1, 64, 29);
        torch.manual_seed(30);
        var background = torch.randn(4, 1, 64) * 0.1f;
        var r = ShapleyValues.Exact(t => model.call(t).select(1, 0), x, background, Blocks(1, 64, 4));
        Assert.NotEqual(0, r.Values[1]);
        Assert.Equal(0, r.Values[0], 6);
        Assert.Equal(0, r.Values[2], 6);
        Assert.Equal(0, r.Values[3], 6);
        Assert.Equal(1.0, r.AbsoluteShares()[1], 6);
    }

    [Fact]
    public void Game_BackgroundOfWrongShape_ThrowsNamingIt()
    {
        var f = new LinearScore(new float[12], 1, 12);
        var e = Assert.Throws<ArgumentException>(() => ShapleyValues.Exact(f.Score, torch.zeros(1, 1, 12), torch.zeros(3, 2, 12), Blocks(1, 12, 3)));
        Assert.Equal("background", e.ParamName);
        var g = Assert.Throws<ArgumentException>(() => ShapleyValues.Exact(f.Score, torch.zeros(1, 1, 12), torch.zeros(3, 1, 12), Blocks(1, 10, 2)));
        Assert.Equal("groups", g.ParamName);
    }

    [Fact]
    public void FeatureGroups_OverlapOrGap_Throws()
    {
        var a = new bool[4] { true, true, false, false };
        var b = new bool[4] { false, true, true, true };
        Assert.Contains("both", Assert.Throws<ArgumentException>(() => new FeatureGroups(1, 4, ["a", "b"], [a, b])).Message, StringComparison.Ordinal);
        var c = new bool[4] { false, false, true, false };
        Assert.Contains("no group", Assert.Throws<ArgumentException>(() => new FeatureGroups(1, 4, ["a", "c"], [a, c])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EcgRegions_At500Hz_PlacesQrsStTPrAndBaseline()
    {
        // fs = 500: QRS = R ± 25 samples, ST-T = R + 50 … R + 150, PR = R − 100 … R − 26.
        var groups = FeatureGroups.EcgRegions([300], 500, 2, 1000, perLead: true, leadNames: ["II", "V1"]);
        Assert.Equal(["QRS/II", "ST-T/II", "PR/II", "baseline/II", "QRS/V1", "ST-T/V1", "PR/V1", "baseline/V1"], groups.Names);
        Assert.True(groups.Masks[0][275] && groups.Masks[0][325] && !groups.Masks[0][326] && !groups.Masks[0][274]);
        Assert.True(groups.Masks[1][350] && groups.Masks[1][450] && !groups.Masks[1][451] && !groups.Masks[1][349]);
        Assert.True(groups.Masks[2][200] && groups.Masks[2][274] && !groups.Masks[2][199]);
        Assert.True(groups.Masks[3][0] && groups.Masks[3][340] && groups.Masks[3][999]);
        Assert.False(groups.Masks[0][1000 + 300]);
        Assert.True(groups.Masks[4][1000 + 300]);
    }

    [Fact]
    public void Compute_PerLeadEcgRegionsOnTheMsaClassifier_UsesKernelShap_AndKeepsCompleteness()
    {
        // 4 leads × 4 regions = 16 groups > 12: KernelSHAP, cost reported in model evaluations.
        torch.manual_seed(31);
        var model = new MsaClassifier(TinyConfigs.Full(leads: 4) with { SpatialAttention = SpatialAttentionKind.Plain });
        model.eval();
        var x = ExplainFixtures.Window(4, 72, 32) * 3f;
        torch.manual_seed(33);
        var background = torch.randn(4, 4, 72);
        var groups = FeatureGroups.EcgRegions([20, 56], 360, 4, 72, perLead: true);
        var r = ShapleyValues.Compute(ExplanationTargets.ClassLogit(model, 2), x, background, groups, new() { Samples = 128, BatchSize = 128 });
        Assert.False(r.Exact);
        Assert.Equal(16, r.Values.Length);
        Assert.Equal(130, r.Coalitions);
        Assert.Equal(130 * 4, r.Evaluations);
        Assert.True(Math.Abs(r.CompletenessGap) < 1e-5, $"gap {r.CompletenessGap}");
        Assert.Equal(1.0, r.AbsoluteShares().Sum(), 9);
    }
}

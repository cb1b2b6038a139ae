// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Explainability;

public sealed class GradientShapTests
{
    [Fact]
    public void LinearModel_IsWeightTimesDifferenceFromTheBackgroundMean_ExactlyComplete()
    {
        const int c = 2, l = 16;
        var random = new Random(21);
        var w = new float[c * l];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var f = new LinearScore(w, c, l);
        var x = ExplainFixtures.Window(c, l, 22);
        torch.manual_seed(23);
        var background = torch.randn(8, c, l);
        var r = GradientShap.Attribute(f.Score, x, background, new GradientShapSettings { Samples = 64, BatchSize = 16, Seed = 1 });

        // For a linear f, each draw contributes w ⊙ (x − b_j): the attribution is w ⊙ (x − mean of the drawn b), and
        // Σφ = f(x) − mean f(drawn b). With 64 draws from 8 windows it is close to f(x) − E[f(background)].
        Assert.Equal(c * l, r.Values.Length);
        Assert.True(Math.Abs(r.CompletenessGap) < 0.25 * Math.Abs(r.Output - r.Reference) + 0.2, $"gap {r.CompletenessGap:F4}, f(x) − E f = {r.Output - r.Reference:F4}");
        Assert.Equal(64 + 1 + 8, r.Evaluations);
    }

    [Fact]
    public void MsaClassifier_CompletenessHoldsApproximately_AndSeedMakesItDeterministic()
    {
        torch.manual_seed(24);
        var model = new MsaClassifier(TinyConfigs.Full() with { SpatialAttention = SpatialAttentionKind.Plain });
        model.eval();
        var score = ExplanationTargets.ClassLogit(model, 1);
        var x = ExplainFixtures.Window(1, 48, 25);
        torch.manual_seed(26);
        var background = torch.randn(6, 1, 48) * 0.5f;
        var settings = new GradientShapSettings { Samples = 256, BatchSize = 64, Seed = 3 };
        var a = GradientShap.Attribute(score, x, background, settings);
        var b = GradientShap.Attribute(score, x, background, settings);
        Assert.Equal(a.Values, b.Values);
        var span = Math.Abs(a.Output - a.Reference);
        Console.WriteLine($"GradientSHAP on a tiny MSA, n = 256: Σφ = {a.Total:F4}, f(x) − E f(b) = {a.Output - a.Reference:F4}, gap {a.CompletenessGap:F4}");
        Assert.True(Math.Abs(a.CompletenessGap) <= 0.2 * span + 0.02, $"gap {a.CompletenessGap:F4} vs f(x) − E f = {a.Output - a.Reference:F4}");
        var other = GradientShap.Attribute(score, x, background, settings with { Seed = 4 });
        Assert.NotEqual(a.Values, other.Values);
    }

    [Fact]
    public void PlantedSignal_AttributionOutsideTheReadRegionIsZero()
    {
        const int l = 60;
        torch.manual_seed(27);
        var model = new PlantedRegionModel(l, 20, 35);
        model.eval();
        var score = (Func<Tensor, Tensor>)(t => model.forward(t).squeeze(1));
        var x = ExplainFixtures.Window(1, l, 28);
        torch.manual_seed(29);
        var background = torch.randn(4, 1, l);
        var r = GradientShap.Attribute(score, x, background, new GradientShapSettings { Samples = 32 });
        var share = AttributionStatistics.MassShare(r.Values, ExplainFixtures.Region(l, 20, 35));
        Assert.Equal(1.0, share, 6);
    }

    [Fact]
    public void BackgroundOfWrongShape_AndBadSettings_ThrowNamingThem()
    {
        var f = new LinearScore(new float[2 * 8], 2, 8);
        var x = ExplainFixtures.Window(2, 8, 30);
        var e = Assert.Throws<ArgumentException>(() => GradientShap.Attribute(f.Score, x, torch.zeros(3, 1, 8)));
        Assert.Equal("background", e.ParamName);
        Assert.Contains("(N ≥ 1, 2, 8)", e.Message);
        var s = Assert.Throws<ArgumentException>(() => GradientShap.Attribute(f.Score, x, torch.zeros(3, 2, 8), new GradientShapSettings { Samples = 0 }));
        Assert.Equal("settings", s.ParamName);
    }
}

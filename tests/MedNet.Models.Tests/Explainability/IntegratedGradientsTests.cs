// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Explainability;

public sealed class IntegratedGradientsTests
{
    [Fact]
    public void Attribute_MsaClassifier_SumsToOutputMinusBaseline()
    {
        torch.manual_seed(12);
        var model = new MsaClassifier(TinyConfigs.Full() with { SpatialAttention = SpatialAttentionKind.Plain });
        model.eval();
        var x = ExplainFixtures.Window(1, 48, 13) * 3f;
        var r = IntegratedGradients.Attribute(ExplanationTargets.ClassLogit(model, 1), x, settings: new() { Steps = 128, BatchSize = 64 });
        var delta = r.Output - r.Reference;
        Assert.True(Math.Abs(delta) > 1e-3, $"f(x) − f(0) = {delta} is too small to test completeness.");
        Assert.True(Math.Abs(r.CompletenessGap) <= 0.02 * Math.Abs(delta) + 1e-4, $"Σ IG = {r.Total}, f(x) − f(x') = {delta}.");
        Assert.Equal(130, r.Evaluations);
    }

    [Fact]
    public void Attribute_LinearModel_IsWeightTimesDifference()
    {
        var w = new float[20];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (i % 5) - 2;
        }

        var f = new LinearScore(w, 2, 10);
        var x = ExplainFixtures.Window(2, 10, 14);
        var baseline = ExplainFixtures.Window(2, 10, 15);
        var r = IntegratedGradients.Attribute(f.Score, x, baseline, new() { Steps = 3, BatchSize = 2 });
        var xs = x.ToArray();
        var bs = baseline.ToArray();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(w[i] * (xs[i] - bs[i]), r.Values[i], 4);
        }

        Assert.Equal(0, r.CompletenessGap, 4);
    }

    [Fact]
    public void PlantedSignal_AttributionsOutsideTheRegionAreZero()
    {
        torch.manual_seed(16);
        var model = new PlantedRegionModel(64, 20, 36);
        model.eval();
        var x = ExplainFixtures.Window(1, 64, 17);
        var r = IntegratedGradients.Attribute(t => model.call(t).select(1, 0), x);
        Assert.Equal(1.0, AttributionStatistics.MassShare(r.Values, ExplainFixtures.Region(64, 20, 36)), 6);
        Assert.Contains(r.Values, v => v != 0);
    }

    [Fact]
    public void Attribute_BaselineOfWrongShape_ThrowsNamingIt()
    {
        var f = new LinearScore(new float[10], 1, 10);
        var e = Assert.Throws<ArgumentException>(() => IntegratedGradients.Attribute(f.Score, torch.zeros(1, 1, 10), torch.zeros(1, 1, 9)));
        Assert.Equal("baseline", e.ParamName);
        Assert.Throws<ArgumentException>(() => IntegratedGradients.Attribute(f.Score, torch.zeros(2, 1, 10)));
        Assert.Throws<ArgumentException>(() => IntegratedGradients.Attribute(f.Score, torch.zeros(1, 1, 10), settings: new() { Steps = 0 }));
    }
}

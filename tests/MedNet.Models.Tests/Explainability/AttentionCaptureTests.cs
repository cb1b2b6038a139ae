// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Explainability;

public sealed class AttentionCaptureTests
{
    private const int Length = 64;

    private static MsaClassifier Classifier(SpatialAttentionKind spatial)
    {
        torch.manual_seed(11);
        var model = new MsaClassifier(TinyConfigs.Full() with { SpatialAttention = spatial });
        model.eval();
        return model;
    }

    private static void AssertRowsSumToOne(AttentionMap map)
    {
        for (var b = 0; b < map.Batch; b++)
        {
            for (var h = 0; h < map.Heads; h++)
            {
                for (var q = 0; q < map.Queries; q++)
                {
                    var row = map.Row(b, h, q);
                    Assert.All(row.ToArray(), v => Assert.True(v >= 0 && v <= 1));
                    Assert.Equal(1.0, System.Numerics.Tensors.TensorPrimitives.Sum(row), 4);
                }
            }
        }
    }

    [Fact]
    public void MsaClassifier_MhsaSpatialAndChannel_ShapesRowsAndUnchangedOutput()
    {
        var model = Classifier(SpatialAttentionKind.Plain);
        torch.manual_seed(12);
        var x = torch.randn(3, 1, Length);
        var before = model.forward(x).detach().ToArray();
        float[] during = [];
        var maps = AttentionCapture.Capture(model, () => during = model.forward(x).detach().ToArray(), "self_attention", "spatial_attention", "channel_attention");
        Assert.Equal(before, during); // capturing does not change the forward

        var mhsa = maps[0];
        Assert.Equal((AttentionKind.SelfAttention, 3, 2, Length, Length), (mhsa.Kind, mhsa.Batch, mhsa.Heads, mhsa.Queries, mhsa.Keys));
        AssertRowsSumToOne(mhsa);
        var spatial = maps[1];
        Assert.Equal((AttentionKind.SpatialGate, 3, 1, 1, Length), (spatial.Kind, spatial.Batch, spatial.Heads, spatial.Queries, spatial.Keys));
        Assert.All(spatial.Values, v => Assert.True(v > 0 && v < 1));
        var channel = maps[2];
        Assert.Equal((AttentionKind.ChannelGate, 4), (channel.Kind, channel.Keys));

        // Received attention of a self-attention map is a distribution over time.
        Assert.Equal(1.0, maps[0].Received(1).Sum(), 4);
    }

    [Fact]
    public void MsaClassifier_HeadAverage_EqualsTheAveragedWeightsOfMultiheadAttention()
    {
        var model = Classifier(SpatialAttentionKind.Plain);
        torch.manual_seed(13);
        var x = torch.randn(2, 1, Length);
        Tensor? tokens = null;
        using (var h = model.self_attention!.register_forward_pre_hook((_, input) => tokens = input.transpose(1, 2)))
        {
            var map = AttentionCapture.Capture(model, () => model.forward(x), "self_attention.attention")[0];
            var averaged = model.self_attention.attention.forward(tokens!, tokens!, tokens!, need_weights: true, average_attn_weights: true).weights!.ToArray();
            var mine = map.HeadAverage();
            Assert.Equal(averaged.Length, mine.Length);
            for (var i = 0; i < mine.Length; i++)
            {
                Assert.Equal(averaged[i], mine[i], 5);
            }

            Assert.Equal("self_attention.attention", map.Module);
        }
    }

    [Fact]
    public void MsaClassifier_GuidedGate_IsDataMapTimesUnionOfMasks()
    {
        var model = Classifier(SpatialAttentionKind.Guided);
        torch.manual_seed(14);
        var x = torch.randn(2, 1, Length);
        var priors = MsaPriors.Build([[20, 50], [30]], Length, 360);
        var map = AttentionCapture.Capture(model, () => model.forward(x, priors), "guided_attention")[0];
        Assert.Equal((AttentionKind.GuidedGate, 2, Length), (map.Kind, map.Batch, map.Keys));
        Assert.All(map.Values, v => Assert.True(v > 0 && v < 1));

        // The data-driven part s alone, read through its guided block; the gate is s ⊙ u with u in (0, 1), so gate < s.
        var both = AttentionCapture.Capture(model, () => model.forward(x, priors), "guided_attention.map", "guided_attention");
        Assert.Equal(AttentionKind.SpatialGate, both[0].Kind);
        Assert.All(Enumerable.Range(0, both[0].Values.Length), i => Assert.True(both[1].Values[i] < both[0].Values[i]));
        Assert.Contains("guided_attention.map", AttentionCapture.AttentionModuleNames(model));

        // Inside a prior the union gate is ≈ 0.88 at initialisation, outside ≈ 0.23 at most, so the guided gate is larger at R.
        var g = map.Received(1);
        Assert.True(g[30] > g[0], $"gate at R {g[30]:F3} vs far from it {g[0]:F3}");
    }

    [Fact]
    public void Dtaad_BothEncoders_PerHeadRowsSumToOne()
    {
        torch.manual_seed(15);
        var model = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        model.eval();
        var x = torch.rand(4, 2, DtaadTraining.WindowLength);
        var names = AttentionCapture.AttentionModuleNames(model);
        Assert.Equal(["transformer_encoder1", "transformer_encoder2"], names);
        var maps = AttentionCapture.Capture(model, () => model.forward(x), [.. names]);
        foreach (var map in maps)
        {
            Assert.Equal((4, 2, DtaadTraining.WindowLength, DtaadTraining.WindowLength), (map.Batch, map.Heads, map.Queries, map.Keys)); // heads = channels
            AssertRowsSumToOne(map);
        }

        // Named by the inner MultiheadAttention: same weights as its block.
        var inner = AttentionCapture.Capture(model, () => model.forward(x), "transformer_encoder1.self_attn")[0];
        Assert.Equal(maps[0].Values, inner.Values);
    }

    [Fact]
    public void MedNet_AttentionBlocks_AreCaptured()
    {
        torch.manual_seed(16);
        var model = new MedNetModel(1, DtaadTraining.WindowLength, MedNetConfig.Reference);
        model.eval();
        var names = AttentionCapture.AttentionModuleNames(model);
        Assert.Contains("ecg_attention", names);
        var x = torch.rand(3, 1, DtaadTraining.WindowLength);
        var maps = AttentionCapture.Capture(model, () => model.forward(x), [.. names]);
        Assert.Equal(names.Count, maps.Count);
        foreach (var map in maps)
        {
            Assert.Equal(AttentionKind.SelfAttention, map.Kind);
            Assert.Equal(3, map.Batch);
            AssertRowsSumToOne(map);
        }

        var ecg = maps[names.ToList().IndexOf("ecg_attention")];
        Assert.Equal(DtaadTraining.WindowLength, ecg.Keys); // W time steps are the tokens
    }

    [Fact]
    public void Capture_BadNamesTrainingModeAndModulesThatDoNotRun_GetNamedErrors()
    {
        var model = Classifier(SpatialAttentionKind.Plain);
        var x = torch.randn(1, 1, Length);
        var unknown = Assert.Throws<ArgumentException>(() => AttentionCapture.Capture(model, () => model.forward(x), "no_such_layer"));
        Assert.Contains("no_such_layer", unknown.Message);
        Assert.Contains("self_attention", unknown.Message); // lists what exists
        var notAttention = Assert.Throws<ArgumentException>(() => AttentionCapture.Capture(model, () => model.forward(x), "lstm"));
        Assert.Contains("has no attention weights", notAttention.Message);
        var notRun = Assert.Throws<InvalidOperationException>(() => AttentionCapture.Capture(model, () => { }, "self_attention"));
        Assert.Contains("ran 0 times", notRun.Message);
        model.train();
        var training = Assert.Throws<ArgumentException>(() => AttentionCapture.Capture(model, () => model.forward(x), "self_attention"));
        Assert.Contains("training mode", training.Message);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

public class DtaadAttentionTests
{
    /// <summary>float32 sums over T = 6 keys and E = 4 features; differences stay near 1e-7.</summary>
    private const float Tolerance = 1e-5f;

    private static float MaxAbs(Tensor t) => t.abs().max().item();

    [Fact]
    public void AttentionWeights_TimesValuesThroughOutProj_ReproducesForward()
    {
        torch.manual_seed(3);
        var sa = DtaadAttention.Create(embed: 4, heads: 2, dropout: 0.1);
        sa.eval();
        var tokens = torch.randn(3, 6, 4);   // (B, T, E)

        var weights = DtaadAttention.Weights(sa, tokens);   // (B, H, T, T)
        var v = torch.nn.functional.linear(tokens, sa.in_proj_weight.narrow(0, 8, 4), sa.in_proj_bias!.narrow(0, 8, 4))
            .reshape(3, 6, 2, 2).permute(0, 2, 1, 3);   // (B, H, T, dh)
        var context = weights.matmul(v).permute(0, 2, 1, 3).reshape(3, 6, 4);
        var outProj = sa.out_proj;

        Assert.Equal([3L, 2L, 6L, 6L], weights.shape);
        Assert.True(MaxAbs(outProj.call(context) - sa.forward(tokens, tokens, tokens, need_weights: false).output) < Tolerance);
    }

    [Fact]
    public void AttentionWeights_Rows_AreProbabilitiesWithoutGradient()
    {
        torch.manual_seed(4);
        var sa = DtaadAttention.Create(embed: 2, heads: 2, dropout: 0.0);
        var tokens = torch.randn(2, 5, 2).requires_grad_(true);

        var weights = DtaadAttention.Weights(sa, tokens);

        Assert.True(MaxAbs(weights.sum(-1) - 1f) < Tolerance);
        Assert.True(weights.min().item() >= 0f);
        Assert.False(weights.requires_grad);
    }

    [Fact]
    public void AttentionWeights_WrongTokenWidth_NamesExpectedShape()
    {
        torch.manual_seed(0);
        var sa = DtaadAttention.Create(embed: 4, heads: 2, dropout: 0.0);

        var ex = Assert.Throws<ArgumentException>(() => DtaadAttention.Weights(sa, torch.zeros(2, 5, 3)));

        Assert.Contains("expected tokens (B, T, 4) but got (2, 5, 3)", ex.Message);
    }

    [Theory]
    [InlineData(1, 16, 2)]
    [InlineData(2, 4, 2)]
    public void ChannelAttention_AttentionWeights_AreTheInnerLayersWeights(int channels, int expanded, int heads)
    {
        torch.manual_seed(5);
        var block = new ChannelAttention(channels, expanded, heads, projectWhenMultichannel: true);
        var tokens = torch.randn(2, 10, channels);   // (B, W, C)
        var inner = (MultiheadAttention)block.named_children().Single(c => c.name == "attention").module;
        var expander = block.named_children().Where(c => c.name == "feature_expander").Select(c => (Linear)c.module).SingleOrDefault();

        var weights = block.attention_weights(tokens);

        Assert.Equal([2L, (long)heads, 10L, 10L], weights.shape);
        Assert.True(MaxAbs(weights - DtaadAttention.Weights(inner, expander is null ? tokens : expander.call(tokens))) < Tolerance);
    }

    [Fact]
    public void Create_DrawsInProjBeforeOutProj_AndLeavesTheGeneratorWhereThatOrderDoes()
    {
        // The kit's order: Xavier-uniform in_proj (3E·E draws), then out_proj's Kaiming weight and bias; biases zeroed.
        torch.manual_seed(11);
        var attention = DtaadAttention.Create(embed: 4, heads: 2, dropout: 0.0);
        var after = torch.rand(5).ToArray();

        torch.manual_seed(11);
        var inProj = torch.nn.init.xavier_uniform_(torch.empty(12, 4));
        var outProj = new Linear(4, 4);
        var expectedAfter = torch.rand(5).ToArray();

        Assert.Equal(inProj.ToArray(), attention.in_proj_weight.ToArray());
        Assert.Equal(outProj.weight.ToArray(), attention.out_proj.weight.ToArray());
        Assert.All(attention.in_proj_bias!.ToArray(), b => Assert.Equal(0f, b));
        Assert.All(attention.out_proj.bias!.ToArray(), b => Assert.Equal(0f, b));
        Assert.Equal(expectedAfter, after);
    }

    [Fact]
    public void Forward_PackedPath_EqualsTheGeneralPathOfMultiheadAttention()
    {
        torch.manual_seed(12);
        var attention = DtaadAttention.Create(embed: 6, heads: 3, dropout: 0.0);
        var x = torch.randn(2, 7, 6);
        var packed = attention.forward(x, x, x, need_weights: false).output;
        var general = attention.forward(x, x, x, need_weights: true).output;
        Assert.True(MaxAbs(packed - general) < Tolerance);
    }

    [Fact]
    public void Create_HeadsNotDividingWidth_NamesBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => DtaadAttention.Create(embed: 5, heads: 2, dropout: 0.0));
        Assert.Contains("E = 5, H = 2", ex.Message, StringComparison.Ordinal);
    }
}

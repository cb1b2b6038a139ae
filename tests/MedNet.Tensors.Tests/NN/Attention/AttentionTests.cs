// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Attention;

public class AttentionTests
{
    public AttentionTests() => torch.manual_seed(30);

    [Fact]
    public void MultiheadAttention_Gradcheck_InputsAndWeights()
    {
        var mha = torch.nn.MultiheadAttention(4, 2);
        GradCheck.Assert(x => mha.forward(x[0], x[1], x[1]).output, torch.randn(3, 2, 4), torch.randn(5, 2, 4));
        var (q, kv) = (torch.randn(3, 1, 4), torch.randn(3, 1, 4));
        GradCheck.Assert(_ => mha.forward(q, kv, kv).output, mha.in_proj_weight);
    }

    [Fact]
    public void MultiheadAttention_FusedPath_GradcheckWithMasks()
    {
        // need_weights = false takes the fused kernel; masks exercise both additive paths.
        var mha = torch.nn.MultiheadAttention(4, 2);
        var mask = torch.tensor([0f, -1f, 0f, 0.5f, 0f, 0f], [2, 3]);
        var pad = torch.tensor([0f, 0f, 1f, 0f, 0f, 0f], [2, 3]);
        GradCheck.Assert(x => mha.forward(x[0], x[1], x[1], pad, need_weights: false, attn_mask: mask).output, torch.randn(2, 2, 4), torch.randn(3, 2, 4));
    }

    [Fact]
    public void MultiheadAttention_FusedWithDropout_GradcheckWithFixedMask()
    {
        var mha = torch.nn.MultiheadAttention(4, 2, dropout: 0.3);
        GradCheck.Assert(
            x =>
            {
                torch.manual_seed(77); // the same dropout mask at every evaluation
                return mha.forward(x[0], x[1], x[1], need_weights: false).output;
            },
            torch.randn(3, 2, 4),
            torch.randn(4, 2, 4));
    }

    [Fact]
    public void MultiheadAttention_FusedAndUnfused_Agree()
    {
        var mha = torch.nn.MultiheadAttention(4, 2);
        var x = torch.randn(5, 3, 4);
        var fused = mha.forward(x, x, x, need_weights: false).output;
        var unfused = mha.forward(x, x, x, need_weights: true).output;
        Assert.True(fused.allclose(unfused, 1e-5, 1e-6));
    }

    [Fact]
    public void MultiheadAttention_Weights_AreAveragedAndSumToOne()
    {
        var mha = torch.nn.MultiheadAttention(4, 2);
        var (o, w) = mha.call((torch.randn(3, 2, 4), torch.randn(5, 2, 4), torch.randn(5, 2, 4)));
        Assert.Equal(new long[] { 3, 2, 4 }, o.shape);
        Assert.Equal(new long[] { 2, 3, 5 }, w!.shape);
        Assert.All(w.sum(-1).ToArray(), s => Assert.Equal(1f, s, 5));
    }

    [Fact]
    public void MultiheadAttention_KeyPadding_GivesZeroWeight()
    {
        var mha = torch.nn.MultiheadAttention(4, 1);
        var mask = torch.tensor([0f, 0f, 1f], [1, 3]);
        var x = torch.randn(3, 1, 4);
        var (_, w) = mha.forward(x, x, x, key_padding_mask: mask);
        var wa = w!.ToArray();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0f, wa[(i * 3) + 2]);
        }
    }

    [Fact]
    public void MultiheadAttention_BatchFirst_MatchesTransposed()
    {
        torch.manual_seed(31);
        var a = torch.nn.MultiheadAttention(4, 2);
        torch.manual_seed(31);
        var b = torch.nn.MultiheadAttention(4, 2, batch_first: true);
        var x = torch.randn(3, 2, 4);
        var ya = a.forward(x, x, x).output;
        var xb = x.transpose(0, 1);
        var yb = b.forward(xb, xb, xb).output.transpose(0, 1);
        Assert.True(ya.allclose(yb, 1e-5, 1e-6));
    }

    [Fact]
    public void TransformerEncoderLayer_Gradcheck_DTAADSize()
    {
        var layer = torch.nn.TransformerEncoderLayer(2, 2, dim_feedforward: 8, dropout: 0);
        GradCheck.Assert(x => layer.call(x[0]), torch.randn(5, 3, 2));
    }

    [Fact]
    public void TransformerEncoderLayer_StateDictNames_MatchPyTorch()
    {
        var names = torch.nn.TransformerEncoderLayer(4, 2, 8).state_dict().Keys.ToArray();
        Assert.Equal(
            new[]
            {
                "self_attn.in_proj_weight", "self_attn.in_proj_bias", "self_attn.out_proj.weight", "self_attn.out_proj.bias",
                "linear1.weight", "linear1.bias", "linear2.weight", "linear2.bias", "norm1.weight", "norm1.bias", "norm2.weight", "norm2.bias",
            },
            names);
    }

    [Fact]
    public void ScaledDotProductAttention_WithDropout_MatchesComposedOpsAndGrads()
    {
        // (B, H, L, E) = (3, 2, 4, 2): the fused op must draw the dropout mask in the order dropout(softmax(…)) does.
        var q = torch.randn(3, 2, 4, 2).requires_grad_();
        var k = torch.randn(3, 2, 5, 2).requires_grad_();
        var v = torch.randn(3, 2, 5, 2).requires_grad_();
        torch.manual_seed(5);
        var fused = torch.nn.functional.scaled_dot_product_attention(q, k, v, 0.25);
        fused.square().sum().backward();
        var (gq, gk, gv) = (q.grad!.ToArray(), k.grad!.ToArray(), v.grad!.ToArray());
        q.grad = k.grad = v.grad = null;
        torch.manual_seed(5);
        var scores = q.matmul(k.transpose(2, 3)) * (1f / MathF.Sqrt(2f));
        var composed = torch.nn.functional.dropout(torch.nn.functional.softmax(scores, -1), 0.25).matmul(v);
        composed.square().sum().backward();
        Assert.Equal(composed.shape, fused.shape);
        AssertClose(composed.ToArray(), fused.ToArray());
        AssertClose(q.grad!.ToArray(), gq);
        AssertClose(k.grad!.ToArray(), gk);
        AssertClose(v.grad!.ToArray(), gv);
    }

    private static void AssertClose(float[] expected, float[] actual) => Close.Elements(expected, actual, Tolerances.ParityRtol);
}

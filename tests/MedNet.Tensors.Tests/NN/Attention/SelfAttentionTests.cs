// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Attention;

public class SelfAttentionTests
{
    public SelfAttentionTests() => torch.manual_seed(17);

    [Theory]
    [InlineData(2, 4, 2, 2)]
    [InlineData(3, 5, 6, 2)]
    [InlineData(1, 3, 4, 1)]
    [InlineData(5, 4, 2, 2)] // ten one-wide heads: one eight-lane block and two single heads
    public void SelfAttention_Gradcheck_PackedProjections(int n, int t, int e, int heads)
    {
        GradCheck.Assert(x => torch.nn.functional.self_attention(x[0], heads), torch.randn(n, t, 3 * e));
    }

    [Theory]
    [InlineData(0.0, 3, 4)]
    [InlineData(0.3, 3, 4)]
    [InlineData(0.0, 5, 2)]
    [InlineData(0.3, 5, 2)]
    public void SelfAttention_MatchesSplitHeadsScaledDotProduct(double dropout, int n, int e)
    {
        // (N, T, E, H) = (n, 5, e, 2): same values, gradients and dropout draws as the split → (N, H, T, D) → SDPA → merge
        // path; E = 2 gives one-wide heads, ten of them: one eight-lane block plus two single heads.
        const int t = 5, h = 2;
        var qkv = torch.randn(n, t, 3 * e).requires_grad_();
        torch.manual_seed(8);
        var fused = torch.nn.functional.self_attention(qkv, h, dropout);
        fused.square().sum().backward();
        var gFused = qkv.grad!.ToArray();
        qkv.grad = null;
        torch.manual_seed(8);
        Tensor Heads(Tensor x) => x.reshape(n, t, h, e / h).permute(0, 2, 1, 3);
        var q = Heads(qkv.narrow(2, 0, e));
        var k = Heads(qkv.narrow(2, e, e));
        var v = Heads(qkv.narrow(2, 2 * e, e));
        var split = torch.nn.functional.scaled_dot_product_attention(q, k, v, dropout).permute(0, 2, 1, 3).reshape(n, t, e);
        split.square().sum().backward();
        AssertClose(split.ToArray(), fused.ToArray());
        AssertClose(qkv.grad!.ToArray(), gFused);
    }

    [Fact]
    public void SelfAttention_EightHeadBlocks_MatchSingleHeadsBitForBit()
    {
        // 16 one-wide heads run as two eight-lane blocks; one sample at a time (2 heads) runs the per-head path.
        const int n = 8, t = 10, e = 2;
        var qkv = torch.randn(n, t, 3 * e).requires_grad_();
        var dout = torch.randn(n, t, e);
        var blocked = torch.nn.functional.self_attention(qkv, e);
        blocked.backward(dout);
        var gBlocked = qkv.grad!.ToArray();
        for (var s = 0; s < n; s++)
        {
            var one = qkv.detach().narrow(0, s, 1).clone().requires_grad_();
            var y = torch.nn.functional.self_attention(one, e);
            y.backward(dout.narrow(0, s, 1));
            Assert.Equal(blocked.narrow(0, s, 1).ToArray(), y.ToArray());
            Assert.Equal(gBlocked.AsSpan(s * t * 3 * e, t * 3 * e).ToArray(), one.grad!.ToArray());
        }
    }

    [Fact]
    public void SelfAttention_WidthNotDivisible_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.nn.functional.self_attention(torch.randn(1, 3, 10), 2));
        Assert.Contains("(N, T, 3E)", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(float[] expected, float[] actual) => Close.Elements(expected, actual, Tolerances.ParityRtol);
}

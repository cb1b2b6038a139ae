// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Attention;

public class SelfAttentionTests
{
    public SelfAttentionTests() => torch.manual_seed(17);

    [Theory]
    [InlineData(2, 4, 2, 2)]
    [InlineData(3, 5, 6, 2)]
    [InlineData(1, 3, 4, 1)]
    public void SelfAttention_Gradcheck_PackedProjections(int n, int t, int e, int heads)
    {
        GradCheck.Assert(x => torch.nn.functional.self_attention(x[0], heads), torch.randn(n, t, 3 * e));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    public void SelfAttention_MatchesSplitHeadsScaledDotProduct(double dropout)
    {
        // (N, T, E, H) = (3, 5, 4, 2): same values, gradients and dropout draws as the split → (N, H, T, D) → SDPA → merge path.
        const int n = 3, t = 5, e = 4, h = 2;
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
    public void SelfAttention_WidthNotDivisible_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.nn.functional.self_attention(torch.randn(1, 3, 10), 2));
        Assert.Contains("(N, T, 3E)", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerances.ParityAtol + (Tolerances.ParityRtol * Math.Abs(expected[i])), $"element {i}: {expected[i]} vs {actual[i]}");
        }
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Convolution;

public class WeightNormCausalConvTests
{
    public WeightNormCausalConvTests() => torch.manual_seed(21);

    [Theory]
    [InlineData(2, 2, 3, 10, 4, 1)]
    [InlineData(3, 2, 2, 10, 3, 4)]
    [InlineData(1, 3, 4, 7, 2, 2)]
    [InlineData(3, 3, 3, 7, 2, 2)] // flat path with period 21, block 168 and a partial last block
    public void WeightNormCausalConv1d_Gradcheck_InputGVAndBias(int n, int cin, int cout, int len, int k, int dilation)
    {
        var v = torch.randn(cout, cin, k);
        var g = torch.rand(cout, 1, 1) + 0.5f;
        var b = torch.randn(cout);
        GradCheck.Assert(x => torch.nn.functional.weight_norm_causal_conv1d(x[0], x[1], x[2], x[3], dilation), torch.randn(n, cin, len), g, v, b);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(3, 2)]
    [InlineData(3, 4)]
    public void WeightNormCausalConv1d_MatchesComposedPadWeightNormConv(int k, int dilation)
    {
        var x = torch.randn(5, 2, 10).requires_grad_();
        var v = torch.randn(2, 2, k).requires_grad_();
        var g = (torch.rand(2, 1, 1) + 0.5f).requires_grad_();
        var b = torch.randn(2).requires_grad_();
        var fused = torch.nn.functional.weight_norm_causal_conv1d(x, g, v, b, dilation);
        fused.square().sum().backward();
        var grads = new[] { x.grad!.ToArray(), g.grad!.ToArray(), v.grad!.ToArray(), b.grad!.ToArray() };
        x.grad = g.grad = v.grad = b.grad = null;
        var w = v * (g / v.square().sum([1, 2], keepdim: true).sqrt());
        var composed = torch.nn.functional.conv1d(torch.nn.functional.pad(x, ((k - 1) * dilation, 0)), w, b, dilation: dilation);
        composed.square().sum().backward();
        AssertClose(composed.ToArray(), fused.ToArray());
        AssertClose(x.grad!.ToArray(), grads[0]);
        AssertClose(g.grad!.ToArray(), grads[1]);
        AssertClose(v.grad!.ToArray(), grads[2]);
        AssertClose(b.grad!.ToArray(), grads[3]);
    }

    [Fact]
    public void WeightNormCausalConv1d_WrongChannels_ThrowsNamingShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => torch.nn.functional.weight_norm_causal_conv1d(torch.randn(1, 3, 10), torch.ones(2, 1, 1), torch.randn(2, 2, 3)));
        Assert.Contains("(N, 2, L)", ex.Message, StringComparison.Ordinal);
    }

    // Kernel tolerance: the fused backward forms ∇v in closed form, the composed ops through five nodes (float32 rounding).
    private static void AssertClose(float[] expected, float[] actual) => Close.Elements(expected, actual, Tolerances.KernelRtol * 10);
}

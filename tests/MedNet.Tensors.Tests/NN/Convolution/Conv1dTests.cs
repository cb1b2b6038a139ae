// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.NN.Convolution;

public class Conv1dTests
{
    public Conv1dTests() => torch.manual_seed(10);

    [Theory]
    [InlineData(2, 4, 6, 3, 1, 0, 1, 1)]
    [InlineData(1, 3, 9, 2, 2, 1, 1, 1)]
    [InlineData(2, 4, 11, 3, 1, 2, 2, 2)]
    [InlineData(1, 4, 10, 3, 1, 3, 3, 4)]
    [InlineData(3, 2, 7, 5, 3, 2, 1, 2)]
    public void Conv1d_StrideDilationGroups_GradcheckPasses(int n, int cin, int l, int k, int stride, int padding, int dilation, int groups)
    {
        var conv = torch.nn.Conv1d(cin, 2 * groups, k, stride, padding, dilation, groups);
        GradCheck.Assert(
            x => torch.nn.functional.conv1d(x[0], x[1], x[2], stride, padding, dilation, groups),
            torch.randn(n, cin, l),
            conv.weight.detach().clone(),
            conv.bias!.detach().clone());
    }

    [Fact]
    public void Conv1d_CausalLeftPadding_GradcheckPasses()
    {
        var conv = torch.nn.Conv1d(2, 2, 3, dilation: 2);
        GradCheck.Assert(x => conv.call(torch.nn.functional.pad(x[0], (4, 0))), torch.randn(2, 2, 10));
    }

    [Theory]
    [InlineData(4, 16, 64, 7, 1, 3, 1, 1)]
    [InlineData(2, 64, 50, 7, 1, 3, 1, 64)]
    [InlineData(3, 6, 33, 3, 2, 4, 4, 3)]
    public void Forward_LargerShapes_MatchesDirectReference(int n, int cin, int l, int k, int stride, int padding, int dilation, int groups)
    {
        var cout = groups == cin ? cin : 8 * groups;
        var x = torch.randn(n, cin, l);
        var conv = torch.nn.Conv1d(cin, cout, k, stride, padding, dilation, groups);
        var y = conv.call(x);
        var geo = new Conv1dGeometry(n, cin, l, cout, k, stride, padding, padding, dilation, groups);
        var reference = new float[n * cout * geo.Lout];
        Conv1dKernelReference.Forward(geo, x.data(), conv.weight.data(), conv.bias!.data(), reference);
        var fast = y.ToArray();
        for (var i = 0; i < fast.Length; i++)
        {
            Assert.True(Math.Abs(fast[i] - reference[i]) <= Tolerances.KernelRtol * (1 + Math.Abs(reference[i])), $"element {i}: {fast[i]} vs {reference[i]}");
        }
    }

    [Fact]
    public void Backward_IsAdjointOfForward()
    {
        // <conv(x), y> = <x, conv^T(y)> for the bias-free convolution (conv1d's backward is its adjoint).
        var w = torch.randn(4, 1, 3);
        var x = torch.randn(2, 2, 9).requires_grad_();
        var outp = torch.nn.functional.conv1d(x, w, null, 2, 1, 2, 2);
        var y = torch.randn(outp.shape);
        (outp * y).sum().backward();
        var lhs = (outp * y).sum().item();
        var rhs = (x.detach() * x.grad!).sum().item();
        Assert.Equal(lhs, rhs, 3);
    }

    [Fact]
    public void Forward_WrongChannels_ThrowsNamingShapes()
    {
        var conv = torch.nn.Conv1d(12, 4, 3);
        var ex = Assert.Throws<ArgumentException>(() => conv.call(torch.zeros(32, 1, 360)));
        Assert.Contains("(32, 1, 360)", ex.Message);
        Assert.Contains("12", ex.Message);
    }

    [Fact]
    public void DefaultInit_WeightsWithinKaimingBound()
    {
        var conv = torch.nn.Conv1d(4, 8, 5, groups: 2);
        var bound = 1f / MathF.Sqrt(2 * 5);
        Assert.All(conv.weight.ToArray(), v => Assert.InRange(v, -bound, bound));
        Assert.All(conv.bias!.ToArray(), v => Assert.InRange(v, -bound, bound));
        Assert.True(conv.weight.max().item() > bound * 0.5f);
    }
}

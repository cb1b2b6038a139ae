// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.NN.Normalization;

/// <summary>The fused BatchNorm1d kernels against the textbook formula composed from tensor ops, train and eval, and across thread counts.</summary>
public sealed class FusedBatchNormTests
{
    [Theory]
    [InlineData(6, 5, 37, true)]
    [InlineData(6, 5, 37, false)]
    [InlineData(9, 4, 1, true)]
    public void ForwardBackward_MatchComposedFormula(int n, int c, int l, bool training)
    {
        torch.manual_seed(3);
        var bn = torch.nn.BatchNorm1d(c);
        using (torch.no_grad())
        {
            bn.weight!.copy_(torch.randn(c));
            bn.bias!.copy_(torch.randn(c));
            bn.running_mean!.copy_(torch.randn(c));
            bn.running_var!.copy_(torch.rand(c) + 0.5f);
        }

        var rm0 = bn.running_mean!.ToArray();
        var rv0 = bn.running_var!.ToArray();
        bn.train(training);
        long[] shape = l == 1 ? [n, c] : [n, c, l];
        var x = (torch.randn(shape) * 3f + 2f).requires_grad_();
        var proj = torch.randn(shape);
        var y = bn.call(x);
        (y * proj).sum().backward();

        // Reference: the same maths with recorded tensor ops.
        var xr = x.detach().clone().requires_grad_();
        var w = bn.weight!.detach().clone().requires_grad_();
        var b = bn.bias!.detach().clone().requires_grad_();
        int[] dims = l == 1 ? [0] : [0, 2];
        long[] stat = l == 1 ? [1, c] : [1, c, 1];
        Tensor mean, var;
        if (training)
        {
            mean = xr.mean(dims, keepdim: true);
            var = (xr - mean).square().mean(dims, keepdim: true);
        }
        else
        {
            mean = torch.tensor(rm0).reshape(stat);
            var = torch.tensor(rv0).reshape(stat);
        }

        var yr = ((xr - mean) / (var + 1e-5f).sqrt() * w.reshape(stat)) + b.reshape(stat);
        (yr * proj).sum().backward();
        AssertClose(yr, y, "y");
        AssertClose(xr.grad!, x.grad!, "dx");
        AssertClose(w.grad!, bn.weight!.grad!, "dγ");
        AssertClose(b.grad!, bn.bias!.grad!, "dβ");
        if (training)
        {
            var m = n * l;
            var bm = mean.detach().reshape(c).ToArray();
            var bv = var.detach().reshape(c).ToArray();
            for (var ch = 0; ch < c; ch++)
            {
                Assert.Equal((0.9 * rm0[ch]) + (0.1 * bm[ch]), bn.running_mean!.ToArray()[ch], 5);
                Assert.Equal((0.9 * rv0[ch]) + (0.1 * bv[ch] * m / (m - 1)), bn.running_var!.ToArray()[ch], 4);
            }

            Assert.Equal(1L, bn.num_batches_tracked!.item<long>());
        }
        else
        {
            Assert.Equal(rm0, bn.running_mean!.ToArray());
        }
    }

    [Fact]
    public void TrainingStep_SameBitsAtOneAndTwoThreads()
    {
        float[] Run(int threads)
        {
            var old = Threading.Threads;
            Threading.Threads = threads;
            try
            {
                torch.manual_seed(5);
                var bn = torch.nn.BatchNorm1d(32);
                var x = torch.randn(16, 32, 360).requires_grad_();
                var y = bn.call(x);
                (y * y).sum().backward();
                return [.. y.ToArray(), .. x.grad!.ToArray(), .. bn.weight!.grad!.ToArray(), .. bn.running_var!.ToArray()];
            }
            finally
            {
                Threading.Threads = old;
            }
        }

        Assert.Equal(Run(1), Run(2));
    }

    [Fact]
    public void Training_OneValuePerChannel_Throws()
    {
        var bn = torch.nn.BatchNorm1d(3);
        var e = Assert.Throws<ArgumentException>(() => bn.call(torch.randn(1, 3)));
        Assert.Contains("more than one value per channel", e.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(Tensor expected, Tensor actual, string what)
    {
        var e = expected.ToArray();
        var a = actual.ToArray();
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            Assert.True(Math.Abs(e[i] - a[i]) <= 2e-4 + (1e-4 * Math.Abs(e[i])), $"{what}[{i}]: fused {a[i]:G9} vs composed {e[i]:G9}");
        }
    }
}

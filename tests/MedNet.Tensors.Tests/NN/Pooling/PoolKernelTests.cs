// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Pooling;

/// <summary>Row-parallel pooling against direct loops on a classifier-sized input (2 threads engage), plus PyTorch's NaN and tie rules.</summary>
public sealed class PoolKernelTests
{
    [Theory]
    [InlineData(2, 2, 0)]
    [InlineData(3, 2, 1)]
    public void MaxPool_MatchesDirectLoops(int k, int s, int p)
    {
        torch.manual_seed(4);
        var x = torch.randn(8, 16, 361).requires_grad_();
        var pool = torch.nn.MaxPool1d(k, s, p);
        var y = pool.call(x);
        var g = torch.randn(y.shape);
        y.backward(g);
        var (xs, ys, gs, dx) = (x.ToArray(), y.ToArray(), g.ToArray(), x.grad!.ToArray());
        var lout = (int)y.size(-1);
        var expectedDx = new float[xs.Length];
        for (var r = 0; r < 8 * 16; r++)
        {
            for (var t = 0; t < lout; t++)
            {
                var (best, bi) = (float.NegativeInfinity, -1);
                for (var j = Math.Max((t * s) - p, 0); j < Math.Min((t * s) - p + k, 361); j++)
                {
                    if (bi < 0 || xs[(r * 361) + j] > best)
                    {
                        (best, bi) = (xs[(r * 361) + j], j);
                    }
                }

                Assert.Equal(best, ys[(r * lout) + t]);
                expectedDx[(r * 361) + bi] += gs[(r * lout) + t];
            }
        }

        Assert.Equal(expectedDx, dx);
    }

    [Fact]
    public void MaxPool_TieGoesToFirst_NaNWins()
    {
        var x = torch.tensor([1f, 1f, float.NaN, 5f], [1, 1, 4]).requires_grad_();
        var y = torch.nn.MaxPool1d(2).call(x);
        y.sum().backward();
        Assert.Equal(1f, y.ToArray()[0]);
        Assert.True(float.IsNaN(y.ToArray()[1]));
        Assert.Equal([1f, 0f, 1f, 0f], x.grad!.ToArray());
    }

    [Fact]
    public void GlobalAveragePool_MatchesMeanAndSpreadsGradient()
    {
        torch.manual_seed(5);
        var x = torch.randn(8, 16, 180).requires_grad_();
        var y = torch.nn.AdaptiveAvgPool1d(1).call(x);
        var expected = x.detach().mean([2], keepdim: true).ToArray();
        var got = y.ToArray();
        for (var i = 0; i < got.Length; i++)
        {
            Assert.Equal(expected[i], got[i], 5);
        }

        var g = torch.randn(y.shape);
        y.backward(g);
        var gs = g.ToArray();
        var dx = x.grad!.ToArray();
        for (var i = 0; i < dx.Length; i++)
        {
            Assert.Equal(gs[i / 180] / 180f, dx[i]);
        }
    }
}

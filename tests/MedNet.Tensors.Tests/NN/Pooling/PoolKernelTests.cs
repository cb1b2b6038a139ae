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
    public void MaxPool2_SimdBody_TieGoesToFirst_NaNWins_OddTailZero()
    {
        // 37 elements: 18 windows = two 8-window AVX steps and 2 scalar ones, plus a trailing element outside every window.
        var xs = new float[37];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = ((i * 7) % 11) - 5f;
        }

        (xs[2], xs[3]) = (4f, 4f); // tie: first wins
        (xs[4], xs[5]) = (float.NaN, 3f); // NaN first: stays (3 > NaN is false)
        (xs[6], xs[7]) = (3f, float.NaN); // NaN second: wins
        (xs[34], xs[35]) = (-1f, float.NaN); // same in the scalar tail
        var x = torch.tensor(xs, [1, 1, 37]).requires_grad_();
        var y = torch.nn.MaxPool1d(2).call(x);
        var g = torch.arange(1, 19).reshape(1, 1, 18);
        y.backward(g);
        var (ys, dx) = (y.ToArray(), x.grad!.ToArray());
        for (var t = 0; t < 18; t++)
        {
            var (a, b) = (xs[2 * t], xs[(2 * t) + 1]);
            var second = b > a || float.IsNaN(b);
            Assert.Equal(second ? b : a, ys[t]);
            Assert.Equal(second ? 0f : t + 1f, dx[2 * t]);
            Assert.Equal(second ? t + 1f : 0f, dx[(2 * t) + 1]);
        }

        Assert.True(float.IsNaN(ys[2]) && float.IsNaN(ys[3]) && float.IsNaN(ys[17]));
        Assert.Equal(0f, dx[36]);
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

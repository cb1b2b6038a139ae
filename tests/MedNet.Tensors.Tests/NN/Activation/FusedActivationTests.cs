// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.Tests.NN.Activation;

/// <summary>Fused activation kernels: analytic derivatives at a size that uses SIMD bodies, tails and two threads; same bits at 1 and 2 threads.</summary>
public sealed class FusedActivationTests
{
    private const int Size = (3 * 16 * 1024) + 5;

    [Theory]
    [InlineData("relu")]
    [InlineData("leaky_relu")]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    public void Backward_MatchesAnalyticDerivative(string name)
    {
        torch.manual_seed(1);
        var x = (torch.randn(Size) * 3f).requires_grad_();
        var g = torch.randn(Size);
        var y = Apply(name, x);
        y.backward(g);
        var (xs, ys, gs, dx) = (x.ToArray(), y.ToArray(), g.ToArray(), x.grad!.ToArray());
        for (var i = 0; i < Size; i++)
        {
            var (expectedY, slope) = name switch
            {
                "relu" => (Math.Max(xs[i], 0f), xs[i] > 0 ? 1.0 : 0.0),
                "leaky_relu" => (xs[i] > 0 ? xs[i] : xs[i] * 0.2f, xs[i] > 0 ? 1.0 : 0.2),
                "sigmoid" => ((float)(1 / (1 + Math.Exp(-xs[i]))), (1 / (1 + Math.Exp(-xs[i]))) * (1 - (1 / (1 + Math.Exp(-xs[i]))))),
                _ => ((float)Math.Tanh(xs[i]), 1 - (Math.Tanh(xs[i]) * Math.Tanh(xs[i]))),
            };
            Assert.True(Math.Abs(ys[i] - expectedY) <= 1e-6 + (1e-6 * Math.Abs(expectedY)), $"{name} y[{i}] = {ys[i]} vs {expectedY}");
            Assert.True(Math.Abs(dx[i] - (gs[i] * slope)) <= 1e-6 + (1e-5 * Math.Abs(gs[i] * slope)), $"{name} dx[{i}] = {dx[i]} vs {gs[i] * slope}");
        }
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    public void SameBitsAtOneAndTwoThreads(string name)
    {
        float[] Run(int threads)
        {
            var old = Threading.Threads;
            Threading.Threads = threads;
            try
            {
                torch.manual_seed(2);
                var x = torch.randn(Size).requires_grad_();
                var y = Apply(name, x);
                y.backward(torch.randn(Size));
                return [.. y.ToArray(), .. x.grad!.ToArray()];
            }
            finally
            {
                Threading.Threads = old;
            }
        }

        Assert.Equal(Run(1), Run(2));
    }

    [Fact]
    public void Relu_NaNInput_PropagatesForwardAndGetsZeroGradient()
    {
        var x = torch.tensor([float.NaN, -1f, 2f]).requires_grad_();
        var y = x.relu();
        y.sum().backward();
        Assert.True(float.IsNaN(y.ToArray()[0]));
        Assert.Equal([0f, 0f, 1f], x.grad!.ToArray());
    }

    private static Tensor Apply(string name, Tensor x) => name switch
    {
        "relu" => x.relu(),
        "leaky_relu" => x.leaky_relu(0.2f),
        "sigmoid" => x.sigmoid(),
        _ => x.tanh(),
    };
}

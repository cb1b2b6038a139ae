// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

/// <summary>A kernel's fresh input gradient becomes the leaf's .grad without a copy; accumulation and hooks must not see the sharing.</summary>
public sealed class OwnedGradientTests
{
    [Fact]
    public void SecondBackward_AddsIntoGrad_AndLeavesFirstRunsTensorsAlone()
    {
        torch.manual_seed(1);
        var x = torch.randn(4, 8, 40).requires_grad_();
        var g = torch.randn(4, 8, 40);
        x.relu().backward(g);
        var first = x.grad!.ToArray();
        var firstGrad = x.grad;
        x.relu().backward(g);
        var xs = x.detach().ToArray();
        var gs = g.ToArray();
        var second = x.grad!.ToArray();
        for (var i = 0; i < xs.Length; i++)
        {
            var expected = xs[i] > 0f ? gs[i] : 0f;
            Assert.Equal(expected, first[i]);
            Assert.Equal(expected + expected, second[i]);
        }

        Assert.Same(firstGrad, x.grad); // accumulated in place, as PyTorch
    }

    [Fact]
    public void HookKeepsTheGradientItWasGiven_WhenALaterBackwardAccumulates()
    {
        torch.manual_seed(2);
        var x = torch.randn(64, 32, 12).requires_grad_(); // 24,576 floats: pooled storage
        Tensor? seen = null;
        x.register_hook(t =>
        {
            seen = t;
            return null;
        });
        var g = torch.randn(64, 32, 12);
        x.sigmoid().backward(g);
        var firstSeen = seen!;
        var kept = firstSeen.ToArray();
        x.sigmoid().backward(g);
        Assert.NotSame(firstSeen, seen);
        Assert.Equal(kept, firstSeen.ToArray()); // x.grad does not alias what the hook was given
        var twice = new float[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            twice[i] = kept[i] + kept[i];
        }

        Assert.Equal(twice, x.grad!.ToArray());
    }

    [Fact]
    public void FanOut_SumsBothBranches_IntoAFreshBuffer()
    {
        torch.manual_seed(3);
        var x = torch.randn(64, 32, 12).requires_grad_();
        var g = torch.randn(64, 32, 12);
        (x.relu() + x.sigmoid()).backward(g);
        var xs = x.detach().ToArray();
        var gs = g.ToArray();
        var dx = x.grad!.ToArray();
        for (var i = 0; i < xs.Length; i++)
        {
            var s = 1f / (1f + MathF.Exp(-xs[i]));
            var expected = (xs[i] > 0f ? gs[i] : 0f) + (gs[i] * s * (1f - s));
            Assert.True(Math.Abs(expected - dx[i]) <= 1e-5f, $"dx[{i}] = {dx[i]} vs {expected}");
        }
    }
}

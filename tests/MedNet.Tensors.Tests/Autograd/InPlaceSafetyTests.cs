// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

/// <summary>In-place writes never produce a silently wrong gradient (PyTorch's version counter and leaf check).</summary>
public class InPlaceSafetyTests
{
    [Fact]
    public void MulInPlace_OnTheOutputOfARecordedOp_ThrowsNamingTheOp()
    {
        // PyTorch raises at backward (sigmoid saved its output); the kit refuses the write itself, since it does not record it.
        var x = torch.tensor([0.3f, -0.4f], [2]).requires_grad_();
        var y = x.sigmoid();
        var ex = Assert.Throws<InvalidOperationException>(() => y.mul_(2));
        Assert.Contains("mul_", ex.Message);
        Assert.Contains("SigmoidBackward", ex.Message);
    }

    [Fact]
    public void InPlaceWriteToASavedInput_ThenBackward_ThrowsWithBothVersions()
    {
        var w = torch.tensor([1f, 2f], [2]).requires_grad_();
        var m = torch.tensor([3f, 4f], [2]);
        var loss = (w * m).sum();
        m.mul_(0);

        var ex = Assert.Throws<InvalidOperationException>(() => loss.backward());
        Assert.Contains("modified by an in-place operation", ex.Message);
        Assert.Contains("version 1, expected 0", ex.Message);
        Assert.Equal(1, m._version);
    }

    [Fact]
    public void LeafThatRequiresGrad_InPlaceOutsideNoGrad_Throws_InsideNoGrad_Allowed()
    {
        var w = torch.zeros(3).requires_grad_();
        var ex = Assert.Throws<InvalidOperationException>(() => w.add_(torch.ones(3)));
        Assert.Contains("leaf tensor", ex.Message);

        using (torch.no_grad())
        {
            w.add_(torch.ones(3));
        }

        Assert.Equal([1f, 1f, 1f], w.ToArray());
        Assert.Equal(1, w._version);
    }

    [Fact]
    public void InPlaceWriteAfterBackward_DoesNotDisturbTheGradient()
    {
        var w = torch.tensor([1f, 2f], [2]).requires_grad_();
        var m = torch.tensor([3f, 4f], [2]);
        (w * m).sum().backward();
        m.mul_(0);
        Assert.Equal([3f, 4f], w.grad!.ToArray());
    }

    [Fact]
    public void InPlaceWriteThroughADetachedView_IsSeenByTheBase()
    {
        // detach() shares storage and, as in PyTorch, the version counter: the write is visible and backward refuses.
        var w = torch.tensor([1f, 2f], [2]).requires_grad_();
        var m = torch.tensor([3f, 4f], [2]);
        var loss = (w * m).sum();
        m.detach().mul_(0);

        Assert.Equal([0f, 0f], m.ToArray());
        Assert.Equal(1, m._version);
        Assert.Throws<InvalidOperationException>(() => loss.backward());
    }
}

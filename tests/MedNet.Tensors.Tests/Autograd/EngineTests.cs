// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.Autograd;

public class EngineTests
{
    [Fact]
    public void Backward_SharedSubexpression_AccumulatesBothPaths()
    {
        var x = torch.tensor([3f], [1], requires_grad: true);
        var y = x * x + x; // dy/dx = 2x + 1 = 7
        y.sum().backward();
        Assert.Equal(7f, x.grad!.item());
    }

    [Fact]
    public void NoGrad_OperationsAreNotRecorded()
    {
        var x = torch.ones(2).requires_grad_();
        using (torch.no_grad())
        {
            var y = x * 2f;
            Assert.False(y.requires_grad);
        }

        Assert.True((x * 2f).requires_grad);
    }

    [Fact]
    public void Backward_NonScalarWithoutGradient_Throws()
    {
        var x = torch.ones(2).requires_grad_();
        var ex = Assert.Throws<InvalidOperationException>(() => (x * 2f).backward());
        Assert.Contains("(2,)", ex.Message);
    }

    [Fact]
    public void RegisterHook_ReceivesIntermediateGradient()
    {
        var x = torch.tensor([1f, 2f], [2], requires_grad: true);
        var h = x * 3f;
        Tensor? seen = null;
        h.register_hook(g =>
        {
            seen = g.clone();
            return null;
        });
        (h * h).sum().backward();
        Assert.Equal(new[] { 6f, 12f }, seen!.ToArray());
        Assert.Equal(new[] { 18f, 36f }, x.grad!.ToArray());
    }

    [Fact]
    public void RetainGrad_KeepsNonLeafGradient()
    {
        var x = torch.tensor([2f], [1], requires_grad: true);
        var h = (x * 5f).retain_grad();
        h.square().sum().backward();
        Assert.Equal(20f, h.grad!.item());
    }

    [Fact]
    public void Backward_Twice_AccumulatesIntoLeafGrad()
    {
        var x = torch.tensor([1f], [1], requires_grad: true);
        (x * 2f).sum().backward();
        (x * 3f).sum().backward();
        Assert.Equal(5f, x.grad!.item());
    }
}

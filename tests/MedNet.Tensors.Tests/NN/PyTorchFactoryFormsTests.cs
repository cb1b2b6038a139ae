// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN;

/// <summary>Factory calls written as PyTorch code writes them compile and mean what they mean in PyTorch 1.13.</summary>
public class PyTorchFactoryFormsTests
{
    [Fact]
    public void LayerNorm_IntNormalizedShape_NormalisesTheLastDimension()
    {
        torch.manual_seed(0);
        var x = torch.randn(3, 6);
        var byInt = torch.nn.LayerNorm(6).call(x).ToArray();
        var byArray = torch.nn.LayerNorm([6]).call(x).ToArray();
        Assert.Equal(byArray, byInt);
    }

    [Fact]
    public void LeakyReLU_PositionalTrue_IsSlopeOneAsInPyTorch()
    {
        // PyTorch: nn.LeakyReLU(True) passes True as negative_slope, i.e. 1.0 (DTAAD's repository writes this).
        var x = torch.tensor([-2f, 3f], [2]);
        Assert.Equal(1.0, torch.nn.LeakyReLU(true).negative_slope);
        Assert.Equal([-2f, 3f], torch.nn.LeakyReLU(true).call(x).ToArray());
        Assert.Equal([0f, 3f], torch.nn.LeakyReLU(false).call(x).ToArray());
        Assert.Equal([-0.4f, 3f], torch.nn.LeakyReLU(0.2, inplace: true).call(x).ToArray());
    }

    [Fact]
    public void ReLUAndDropout_InplaceArgument_SameValuesInputKept()
    {
        var x = torch.tensor([-1f, 2f], [2]);
        Assert.Equal([0f, 2f], torch.nn.ReLU(inplace: true).call(x).ToArray());
        Assert.Equal([-1f, 2f], x.ToArray());
        var dropout = torch.nn.Dropout(0.5, inplace: true);
        dropout.eval();
        Assert.Equal([-1f, 2f], dropout.call(x).ToArray());
    }

    [Fact]
    public void ClipGradNorm_ReturnsAZeroDimensionalTensor()
    {
        var w = torch.zeros(2).requires_grad_();
        w.grad = torch.tensor([6f, 8f], [2]);
        var total = torch.nn.utils.clip_grad_norm_([w], max_norm: 5.0);
        Assert.Empty(total.shape);
        Assert.Equal(10f, total.item(), 5);
        Assert.Equal([3f, 4f], w.grad!.ToArray(), (a, b) => Math.Abs(a - b) < 1e-5f);
    }

    [Fact]
    public void ZeroGrad_SetToNoneFalse_ZeroesInsteadOfClearing()
    {
        var layer = torch.nn.Linear(2, 1);
        layer.call(torch.ones(1, 2)).sum().backward();
        var optimizer = torch.optim.SGD(layer.parameters(), lr: 0.1);

        optimizer.zero_grad(set_to_none: false);
        Assert.All(layer.parameters(), p => Assert.All(p.grad!.ToArray(), v => Assert.Equal(0f, v)));

        layer.zero_grad();
        Assert.All(layer.parameters(), p => Assert.Null(p.grad));
    }
}

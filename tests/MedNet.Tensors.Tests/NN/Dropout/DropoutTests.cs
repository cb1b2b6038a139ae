// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Dropout;

public class DropoutTests
{
    [Fact]
    public void Dropout_Training_EqualsInputTimesGeneratorMaskAndBackpropagatesTheMask()
    {
        torch.manual_seed(3);
        var x = torch.randn(7, 33).requires_grad_();
        torch.manual_seed(9);
        var y = torch.nn.functional.dropout(x, 0.3);
        var g = torch.randn(7, 33);
        y.backward(g);
        torch.manual_seed(9);
        var mask = new float[7 * 33];
        torch.default_generator.FillDropoutMask(mask, 0.3f, (float)(1.0 / 0.7));
        var xs = x.ToArray();
        var gs = g.ToArray();
        var expectedY = new float[mask.Length];
        var expectedG = new float[mask.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            expectedY[i] = xs[i] * mask[i];
            expectedG[i] = gs[i] * mask[i];
        }

        Assert.Equal(expectedY, y.ToArray());
        Assert.Equal(expectedG, x.grad!.ToArray());
        Assert.Contains(0f, mask);
    }

    [Fact]
    public void Dropout_RetainGraph_SecondBackwardDoublesTheGradient()
    {
        torch.manual_seed(4);
        var x = torch.randn(5, 8).requires_grad_();
        var y = torch.nn.functional.dropout(x, 0.5).sum();
        y.backward(retain_graph: true);
        var first = x.grad!.ToArray();
        y.backward();
        var second = x.grad!.ToArray();
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(2 * first[i], second[i]);
        }
    }

    [Fact]
    public void Dropout_Eval_ReturnsInput()
    {
        var x = torch.randn(3, 4);
        Assert.Same(x, torch.nn.functional.dropout(x, 0.5, training: false));
    }
}

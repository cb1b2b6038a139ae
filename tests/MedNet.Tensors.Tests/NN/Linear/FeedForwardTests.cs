// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Tests.NN.Linear;

public class FeedForwardTests
{
    public FeedForwardTests() => torch.manual_seed(51);

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 1.0)]
    [InlineData(0.3, 0.2)]
    public void FeedForward_Gradcheck_InputWeightsAndBiases(double dropout, double slope)
    {
        var l1 = torch.nn.Linear(3, 8);
        var l2 = torch.nn.Linear(8, 2);
        GradCheck.Assert(
            x =>
            {
                torch.manual_seed(5); // the same dropout mask at every evaluation
                return torch.nn.functional.feed_forward(x[0], x[1], x[2], x[3], x[4], dropout, slope);
            },
            torch.randn(2, 5, 3),
            l1.weight.detach().clone(),
            l1.bias!.detach().clone(),
            l2.weight.detach().clone(),
            l2.bias!.detach().clone());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.2)]
    public void FeedForward_EqualsComposedLayersBitForBit(double slope)
    {
        // DTAAD size: 1280 rows, 2 → 16 → 2, dropout 0.1.
        var x = torch.randn(128, 10, 2).requires_grad_();
        var l1 = torch.nn.Linear(2, 16);
        var l2 = torch.nn.Linear(16, 2);
        var g = torch.randn(128, 10, 2);
        torch.manual_seed(7);
        torch.nn.functional.feed_forward(x, l1.weight, l1.bias, l2.weight, l2.bias, 0.1, slope).backward(g);
        var fused = new[] { x.grad!.ToArray(), l1.weight.grad!.ToArray(), l1.bias!.grad!.ToArray(), l2.weight.grad!.ToArray(), l2.bias!.grad!.ToArray() };
        torch.manual_seed(7);
        var yFused = torch.nn.functional.feed_forward(x.detach(), l1.weight.detach(), l1.bias.detach(), l2.weight.detach(), l2.bias.detach(), 0.1, slope).ToArray();
        x.grad = l1.weight.grad = l1.bias.grad = l2.weight.grad = l2.bias.grad = null;
        torch.manual_seed(7);
        var h = l1.call(x);
        var y = l2.call(torch.nn.functional.dropout(slope == 1.0 ? h : torch.nn.functional.leaky_relu(h, slope), 0.1));
        y.backward(g);
        Assert.Equal(y.ToArray(), yFused);
        var composed = new[] { x.grad!.ToArray(), l1.weight.grad!.ToArray(), l1.bias.grad!.ToArray(), l2.weight.grad!.ToArray(), l2.bias.grad!.ToArray() };
        for (var i = 0; i < composed.Length; i++)
        {
            Assert.Equal(composed[i], fused[i]);
        }
    }
}

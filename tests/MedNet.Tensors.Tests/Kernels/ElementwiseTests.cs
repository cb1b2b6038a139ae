// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;
using MedNet.Tensors.Memory;

namespace MedNet.Tensors.Tests.Kernels;

/// <summary>Element-wise kernels give the same bits whether the destination is a hot pool array (written in pieces, or by the kit's own ReLU loop) or a cold one.</summary>
public sealed class ElementwiseTests
{
    [Theory]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    [InlineData("relu")]
    public void Activation_HotAndColdDestination_SameBits(string name)
    {
        var kind = name switch
        {
            "tanh" => ActivationKernel.Kind.Tanh,
            "relu" => ActivationKernel.Kind.Relu,
            _ => ActivationKernel.Kind.Sigmoid,
        };
        // Three blocks and three elements: a piece-wise write would otherwise end in a 3-element tail.
        var n = (3 * 16 * 1024) + 3;
        torch.manual_seed(0);
        var x = torch.randn(n).ToArray();
        (x[5], x[6], x[n - 1]) = (float.NaN, -0f, float.NegativeInfinity); // relu: NaN stays NaN, −0 → +0, as PyTorch
        var cold = new float[n];
        ActivationKernel.Forward(kind, 0f, x, cold);

        var hot = TensorPool.Rent(n);
        TensorPool.Return(hot, reuse: true);
        hot = TensorPool.Rent(n);
        Assert.True(TensorPool.IsHot(hot), "expected the array just returned and lent again to be hot");
        ActivationKernel.Forward(kind, 0f, x, hot.AsSpan(0, n));

        Assert.Equal(cold, hot);
        TensorPool.Return(hot, reuse: true);
    }
}

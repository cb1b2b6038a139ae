// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Tests.Kernels;

/// <summary>The ReLU forward kernel (maxps + add per vector) gives the bits of TensorPrimitives.Max(x, 0): NaN kept, −0 → +0.</summary>
public sealed class ReluKernelTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(77)]
    [InlineData(70_001)]
    public void Relu_SameBitsAsTensorPrimitivesMax(int n)
    {
        torch.manual_seed(0);
        var x = torch.randn(n).ToArray();
        float[] specials = [float.NaN, -0f, 0f, float.NegativeInfinity, float.PositiveInfinity, -1e-45f, 1e-45f];
        for (var i = 0; i < x.Length; i += 3)
        {
            x[i] = specials[(i / 3) % specials.Length];
        }

        var expected = new float[n];
        TensorPrimitives.Max(x, 0f, expected);
        var saved = torch.get_num_threads();
        try
        {
            foreach (var threads in new[] { 1, 2 })
            {
                torch.set_num_threads(threads);
                var y = torch.tensor(x).relu().ToArray();
                for (var i = 0; i < n; i++)
                {
                    Assert.Equal(BitConverter.SingleToInt32Bits(expected[i]), BitConverter.SingleToInt32Bits(y[i]));
                }
            }
        }
        finally
        {
            torch.set_num_threads(saved);
        }
    }
}

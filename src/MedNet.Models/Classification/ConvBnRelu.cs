// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Conv1d (no bias, "same" padding k/2) → BatchNorm1d → ReLU: the stem and the baseline's plain convolution layers.</summary>
/// <remarks>Source: [MSA] §2.2 A and Figure 3 (stem: 64 filters, kernel 7, stride 1, padding 3, batch normalisation, ReLU); §3.2 (baseline: four standard convolution layers).</remarks>
public sealed class ConvBnRelu : Module<Tensor, Tensor>, IFlopCounted
{
    /// <summary>Creates the layer from the default generator.</summary>
    /// <param name="inChannels">C_in ≥ 1.</param>
    /// <param name="outChannels">C_out ≥ 1.</param>
    /// <param name="kernelSize">Odd K ≥ 1.</param>
    /// <param name="stride">Stride ≥ 1. Default: 1.</param>
    public ConvBnRelu(int inChannels, int outChannels, int kernelSize, int stride = 1)
    {
        if (inChannels < 1 || outChannels < 1 || kernelSize < 1 || kernelSize % 2 == 0 || stride < 1)
        {
            throw new ArgumentException($"ConvBnRelu: expected channels ≥ 1, an odd kernel and stride ≥ 1 but got in={inChannels}, out={outChannels}, k={kernelSize}, stride={stride}.");
        }

        conv = register_module("conv", new Conv1d(inChannels, outChannels, kernelSize, stride, kernelSize / 2, bias: false));
        bn = register_module("bn", new BatchNorm1d(outChannels));
    }

    /// <summary>The convolution.</summary>
    public Conv1d conv { get; }

    /// <summary>The batch normalisation.</summary>
    public BatchNorm1d bn { get; }

    /// <summary>Applies the layer.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_out, L / stride).</returns>
    public override Tensor forward(Tensor input) => bn.call(conv.call(input)).relu();

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = counter.Conv1d(FlopCounter.Join(name, "conv"), conv, length);
        counter.BatchNorm1d(FlopCounter.Join(name, "bn"), bn, l);
        counter.Elementwise(FlopCounter.Join(name, "relu"), "ReLU", conv.out_channels * l);
        return l;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>ResNet basic block in 1-D: Conv(k, stride s) → BN → ReLU → Conv(k) → BN, plus the shortcut, then ReLU.</summary>
/// <remarks>Source: He et al. 2016 §3.3 and Fig. 2 (option B: a 1×1 projection with BN when the stride or width changes).</remarks>
public sealed class ResNetBasicBlock1d : Module<Tensor, Tensor>, IFlopCounted
{
    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="inChannels">C_in.</param>
    /// <param name="outChannels">C_out.</param>
    /// <param name="kernelSize">Odd kernel.</param>
    /// <param name="stride">Stride of the first convolution, 1 or 2.</param>
    public ResNetBasicBlock1d(int inChannels, int outChannels, int kernelSize, int stride)
    {
        if (inChannels < 1 || outChannels < 1 || kernelSize % 2 == 0 || kernelSize < 1 || stride < 1)
        {
            throw new ArgumentException($"ResNetBasicBlock1d: expected channels ≥ 1, an odd kernel and stride ≥ 1 but got {inChannels}, {outChannels}, {kernelSize}, {stride}.");
        }

        conv1 = register_module("conv1", new Conv1d(inChannels, outChannels, kernelSize, stride, kernelSize / 2, bias: false));
        bn1 = register_module("bn1", new BatchNorm1d(outChannels));
        conv2 = register_module("conv2", new Conv1d(outChannels, outChannels, kernelSize, 1, kernelSize / 2, bias: false));
        bn2 = register_module("bn2", new BatchNorm1d(outChannels));
        if (stride != 1 || inChannels != outChannels)
        {
            downsample = register_module("downsample", new Conv1d(inChannels, outChannels, 1, stride, bias: false));
            downsample_bn = register_module("downsample_bn", new BatchNorm1d(outChannels));
        }
    }

    /// <summary>First convolution.</summary>
    public Conv1d conv1 { get; }

    /// <summary>First normalisation.</summary>
    public BatchNorm1d bn1 { get; }

    /// <summary>Second convolution.</summary>
    public Conv1d conv2 { get; }

    /// <summary>Second normalisation.</summary>
    public BatchNorm1d bn2 { get; }

    /// <summary>Projection shortcut or null.</summary>
    public Conv1d? downsample { get; }

    /// <summary>Normalisation of the projection or null.</summary>
    public BatchNorm1d? downsample_bn { get; }

    /// <summary>Applies the block.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_out, ⌈L / s⌉).</returns>
    public override Tensor forward(Tensor input)
    {
        var y = bn2.call(conv2.call(bn1.call(conv1.call(input)).relu()));
        var skip = downsample is null ? input : downsample_bn!.call(downsample.call(input));
        return (y + skip).relu();
    }

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = counter.Conv1d(FlopCounter.Join(name, "conv1"), conv1, length);
        counter.BatchNorm1d(FlopCounter.Join(name, "bn1"), bn1, l);
        counter.Elementwise(FlopCounter.Join(name, "relu1"), "ReLU", conv1.out_channels * l);
        l = counter.Conv1d(FlopCounter.Join(name, "conv2"), conv2, l);
        counter.BatchNorm1d(FlopCounter.Join(name, "bn2"), bn2, l);
        if (downsample is not null)
        {
            counter.Conv1d(FlopCounter.Join(name, "downsample"), downsample, length);
            counter.BatchNorm1d(FlopCounter.Join(name, "downsample_bn"), downsample_bn!, l);
        }

        counter.Elementwise(FlopCounter.Join(name, "residual"), "Add+ReLU", 2 * conv2.out_channels * l);
        return l;
    }
}

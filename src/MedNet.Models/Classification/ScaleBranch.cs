// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>One branch of a multi-scale block: a convolution of one receptive field (standard or depthwise-separable) → BatchNorm1d → ReLU.</summary>
/// <remarks>
/// Source: [MSA] §2.2 A and Figure 3 ("depthwise convolution (group = channels) is followed by a 1 × 1 pointwise convolution").
/// Standard: Conv1d(C_in → C_b, k, padding k/2). Depthwise-separable: Conv1d(C_in → C_in, k, groups = C_in) → Conv1d(C_in → C_b, 1),
/// both without bias (the batch normalisation that follows has one), no normalisation between them. Differs: D-MS-22.
/// </remarks>
public sealed class ScaleBranch : Module<Tensor, Tensor>, IFlopCounted
{
    /// <summary>Creates the branch from the default generator.</summary>
    /// <param name="inChannels">C_in ≥ 1.</param>
    /// <param name="outChannels">C_b ≥ 1.</param>
    /// <param name="kernelSize">Odd receptive field k (the paper's 3, 7, 15).</param>
    /// <param name="kind">Standard or depthwise-separable.</param>
    public ScaleBranch(int inChannels, int outChannels, int kernelSize, ConvolutionKind kind)
    {
        if (inChannels < 1 || outChannels < 1 || kernelSize < 1 || kernelSize % 2 == 0)
        {
            throw new ArgumentException($"ScaleBranch: expected channels ≥ 1 and an odd kernel but got in={inChannels}, out={outChannels}, k={kernelSize}.");
        }

        Kind = kind;
        KernelSize = kernelSize;
        switch (kind)
        {
            case ConvolutionKind.Standard:
                conv = register_module("conv", new Conv1d(inChannels, outChannels, kernelSize, padding: kernelSize / 2, bias: false));
                break;
            case ConvolutionKind.DepthwiseSeparable:
                depthwise = register_module("depthwise", new Conv1d(inChannels, inChannels, kernelSize, padding: kernelSize / 2, groups: inChannels, bias: false));
                pointwise = register_module("pointwise", new Conv1d(inChannels, outChannels, 1, bias: false));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, $"ScaleBranch: expected one of {string.Join(", ", Enum.GetNames<ConvolutionKind>())}.");
        }

        bn = register_module("bn", new BatchNorm1d(outChannels));
        OutChannels = outChannels;
    }

    /// <summary>Standard or depthwise-separable.</summary>
    public ConvolutionKind Kind { get; }

    /// <summary>Receptive field k in samples.</summary>
    public int KernelSize { get; }

    /// <summary>C_b.</summary>
    public int OutChannels { get; }

    /// <summary>The standard convolution, or null when separable.</summary>
    public Conv1d? conv { get; }

    /// <summary>The depthwise convolution, or null when standard.</summary>
    public Conv1d? depthwise { get; }

    /// <summary>The pointwise 1×1 convolution, or null when standard.</summary>
    public Conv1d? pointwise { get; }

    /// <summary>The batch normalisation.</summary>
    public BatchNorm1d bn { get; }

    /// <summary>Applies the branch.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_b, L).</returns>
    public override Tensor forward(Tensor input)
    {
        var y = conv is not null ? conv.call(input) : pointwise!.call(depthwise!.call(input));
        return bn.call(y).relu();
    }

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var l = conv is not null
            ? counter.Conv1d(FlopCounter.Join(name, "conv"), conv, length)
            : counter.Conv1d(FlopCounter.Join(name, "pointwise"), pointwise!, counter.Conv1d(FlopCounter.Join(name, "depthwise"), depthwise!, length));
        counter.BatchNorm1d(FlopCounter.Join(name, "bn"), bn, l);
        counter.Elementwise(FlopCounter.Join(name, "relu"), "ReLU", OutChannels * l);
        return l;
    }
}

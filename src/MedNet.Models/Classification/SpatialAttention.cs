// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Data-driven spatial (temporal-position) attention: s = σ(Conv1d([mean_c x; max_c x])), y = x ⊙ s.</summary>
/// <remarks>
/// Source: [MSA] §2.2 B ("spatial attention … generating attention maps emphasizing diagnostically relevant temporal
/// positions"); the map is CBAM's spatial gate (Woo et al. 2018) in 1-D: Conv1d(2 → 1, k, padding k/2, with bias) over the
/// channel mean and channel max. The paper gives no kernel; 7 as CBAM. Differs: D-MS-24.
/// </remarks>
public sealed class SpatialAttention : Module<Tensor, Tensor>
{
    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="kernelSize">Odd kernel of the map convolution. Default: 7.</param>
    public SpatialAttention(int kernelSize = 7)
    {
        if (kernelSize < 1 || kernelSize % 2 == 0)
        {
            throw new ArgumentException($"SpatialAttention: expected an odd kernel ≥ 1 but got {kernelSize}.", nameof(kernelSize));
        }

        conv = register_module("conv", new Conv1d(2, 1, kernelSize, padding: kernelSize / 2));
    }

    /// <summary>The map convolution (2 → 1).</summary>
    public Conv1d conv { get; }

    /// <summary>The attention map s.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, 1, L), each in (0, 1).</returns>
    public Tensor Map(Tensor input)
    {
        if (input.dim() != 3)
        {
            throw new ArgumentException($"SpatialAttention: expected input (B, C, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var avg = input.mean(1, keepdim: true); // (B, 1, L)
        var max = input.max(1, keepdim: true).values; // (B, 1, L)
        return conv.call(torch.cat([avg, max], 1)).sigmoid();
    }

    /// <summary>Weights each time step by the map.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward(Tensor input) => input * Map(input);

    /// <summary>Counts the map for a C-channel input: channel mean and max, the convolution and the sigmoid (not the product).</summary>
    /// <param name="counter">Counter.</param>
    /// <param name="name">Module path.</param>
    /// <param name="channels">C.</param>
    /// <param name="length">L.</param>
    public void CountMap(FlopCounter counter, string name, long channels, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        counter.Elementwise(FlopCounter.Join(name, "mean_max"), "ChannelMean+Max", 2 * channels * length);
        var l = counter.Conv1d(FlopCounter.Join(name, "conv"), conv, length);
        counter.Elementwise(FlopCounter.Join(name, "sigmoid"), "Sigmoid", l);
    }
}

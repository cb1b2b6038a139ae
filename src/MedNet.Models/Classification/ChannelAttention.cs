// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Squeeze-and-excitation channel attention: global average pool → FC (C → C/r) → ReLU → FC (C/r → C) → sigmoid → scale.</summary>
/// <remarks>
/// Source: [MSA] §2.2 B ("squeeze-and-excitation blocks … global average pooling, followed by two fully connected layers with a
/// reduction ratio of r = 16 … sigmoid activation, scaling feature maps"); Hu et al. 2018. c = σ(W₂·ReLU(W₁·mean_t x + b₁) + b₂),
/// y = x ⊙ c (broadcast over time). Hidden width max(1, ⌊C/r⌋).
/// </remarks>
public sealed class ChannelAttention : Module<Tensor, Tensor>, IFlopCounted
{
    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="channels">C ≥ 1.</param>
    /// <param name="reduction">r ≥ 1. Default: 16 ([MSA] §2.2 B).</param>
    public ChannelAttention(int channels, int reduction = 16)
    {
        if (channels < 1 || reduction < 1)
        {
            throw new ArgumentException($"ChannelAttention: expected channels ≥ 1 and reduction ≥ 1 but got C={channels}, r={reduction}.");
        }

        Channels = channels;
        var hidden = Math.Max(1, channels / reduction);
        fc1 = register_module("fc1", new Linear(channels, hidden));
        fc2 = register_module("fc2", new Linear(hidden, channels));
    }

    /// <summary>C.</summary>
    public int Channels { get; }

    /// <summary>Squeeze FC (C → C/r).</summary>
    public Linear fc1 { get; }

    /// <summary>Excitation FC (C/r → C).</summary>
    public Linear fc2 { get; }

    /// <summary>The channel weights c.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, 1), each in (0, 1).</returns>
    public Tensor Weights(Tensor input)
    {
        if (input.dim() != 3 || input.size(1) != Channels)
        {
            throw new ArgumentException($"ChannelAttention: expected input (B, {Channels}, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var squeezed = input.mean(2); // (B, C)
        return fc2.call(fc1.call(squeezed).relu()).sigmoid().unsqueeze(2); // (B, C, 1)
    }

    /// <summary>Scales each channel by its weight.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward(Tensor input) => input * Weights(input);

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        counter.Elementwise(FlopCounter.Join(name, "pool"), "AvgPool", Channels * length);
        counter.Linear(FlopCounter.Join(name, "fc1"), fc1, counter.Batch);
        counter.Elementwise(FlopCounter.Join(name, "relu"), "ReLU", fc1.out_features);
        counter.Linear(FlopCounter.Join(name, "fc2"), fc2, counter.Batch);
        counter.Elementwise(FlopCounter.Join(name, "sigmoid"), "Sigmoid", Channels);
        counter.Elementwise(FlopCounter.Join(name, "scale"), "Mul", Channels * length);
        return length;
    }
}

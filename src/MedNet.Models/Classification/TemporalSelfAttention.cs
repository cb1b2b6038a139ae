// SPDX-License-Identifier: MIT
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Classification;

/// <summary>Multi-head self-attention over time steps of a (B, C, L) feature map, with an optional residual connection.</summary>
/// <remarks>
/// Source: [MSA] §2.2 B ("Multi-head self-attention layers with four heads capture long-range temporal dependencies") and
/// Figure 3 ("Q, K, and V projections … output dimensions (batch_size, 192, 3600) maintain the temporal resolution").
/// y = x + MHSA(x) with x read as (B, L, C) tokens (torch.nn.MultiheadAttention, batch_first); without the residual, y = MHSA(x).
/// No positional encoding and no layer normalisation: the paper names neither. Differs: D-MS-27.
/// </remarks>
public sealed class TemporalSelfAttention : Module<Tensor, Tensor>, IFlopCounted
{
    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="channels">C = embedding width, divisible by <paramref name="heads"/>.</param>
    /// <param name="heads">Heads. Default: 4 ([MSA] §2.2 B).</param>
    /// <param name="residual">Add the input to the attention output. Default: true.</param>
    public TemporalSelfAttention(int channels, int heads = 4, bool residual = true)
    {
        if (channels < 1 || heads < 1 || channels % heads != 0)
        {
            throw new ArgumentException($"TemporalSelfAttention: expected channels divisible by heads but got C={channels}, heads={heads}.");
        }

        Residual = residual;
        attention = register_module("attention", new MultiheadAttention(channels, heads, batch_first: true));
    }

    /// <summary>Whether the input is added to the output.</summary>
    public bool Residual { get; }

    /// <summary>The attention layer.</summary>
    public MultiheadAttention attention { get; }

    /// <summary>Attends over time.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.size(1) != attention.embed_dim)
        {
            throw new ArgumentException($"TemporalSelfAttention: expected input (B, {attention.embed_dim}, L) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var tokens = input.transpose(1, 2); // (B, L, C)
        var (attended, _) = attention.forward(tokens, tokens, tokens, need_weights: false); // (B, L, C)
        var y = attended.transpose(1, 2); // (B, C, L)
        return Residual ? input + y : y;
    }

    /// <inheritdoc/>
    public long CountFlops(FlopCounter counter, string name, long length)
    {
        ArgumentNullException.ThrowIfNull(counter);
        counter.SelfAttention(FlopCounter.Join(name, "attention"), attention, length);
        if (Residual)
        {
            counter.Elementwise(FlopCounter.Join(name, "residual"), "Add", attention.embed_dim * length);
        }

        return length;
    }
}

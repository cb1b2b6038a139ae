// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>The self-attention DTAAD and MED-Net use: the engine's <see cref="MultiheadAttention"/> (batch-first), initialised in the kit's order.</summary>
/// <remarks>
/// PyTorch's <c>nn.MultiheadAttention</c> draws out_proj before in_proj; the kit's DTAAD and MED-Net runs (and every recorded
/// seed since) drew Xavier-uniform in_proj first, then out_proj. The same draws, in that order, keep seeds reproducing
/// those runs: the generator's state is restored after construction and the parameters are drawn again in the kit's order.
/// </remarks>
public static class DtaadAttention
{
    /// <summary>Builds batch-first multi-head self-attention from the default generator.</summary>
    /// <param name="embed">Token width E ≥ 1.</param>
    /// <param name="heads">Heads H ≥ 1 dividing E.</param>
    /// <param name="dropout">Dropout on the attention weights, in [0, 1).</param>
    /// <returns>The layer; call it as <c>forward(x, x, x, need_weights: false)</c> for the packed path.</returns>
    /// <exception cref="ArgumentException">E is not divisible by H, or E or H is below 1.</exception>
    public static MultiheadAttention Create(int embed, int heads, double dropout)
    {
        if (embed < 1 || heads < 1 || embed % heads != 0)
        {
            throw new ArgumentException($"DtaadAttention: expected E ≥ 1 divisible by the heads H ≥ 1 but got E = {embed}, H = {heads}.");
        }

        var state = torch.default_generator.get_state();
        var attention = new MultiheadAttention(embed, heads, dropout, batch_first: true);
        torch.default_generator.set_state(state);
        torch.nn.init.xavier_uniform_(attention.in_proj_weight);
        torch.nn.init.zeros_(attention.in_proj_bias!);
        attention.out_proj.reset_parameters();
        torch.nn.init.zeros_(attention.out_proj.bias!);
        return attention;
    }

    /// <summary>The attention weights softmax(q·kᵀ/√dh) per head, without dropout and without tracking gradients.</summary>
    /// <param name="attention">A layer from <see cref="Create"/>.</param>
    /// <param name="tokens">(B, T, E).</param>
    /// <returns>(B, H, T, T): row i of head h is how token i weighs every token; each row sums to 1.</returns>
    /// <exception cref="ArgumentException">The tokens are not (B, T, E).</exception>
    public static Tensor Weights(MultiheadAttention attention, Tensor tokens)
    {
        ArgumentNullException.ThrowIfNull(attention);
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.dim() != 3 || tokens.size(2) != attention.embed_dim)
        {
            throw new ArgumentException($"DtaadAttention.Weights: expected tokens (B, T, {attention.embed_dim}) but got ({string.Join(", ", tokens.shape)}).", nameof(tokens));
        }

        using var noGrad = torch.no_grad();
        var training = attention.training;
        attention.eval();
        try
        {
            return attention.forward(tokens, tokens, tokens, need_weights: true, average_attn_weights: false).weights!;
        }
        finally
        {
            attention.train(training);
        }
    }
}

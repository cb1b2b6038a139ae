// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Multi-head scaled dot-product self-attention over tokens (B, T, E), with PyTorch MultiheadAttention's parameters.</summary>
/// <remarks>
/// Source: Vaswani et al. 2017; parameter layout and init as <c>torch.nn.MultiheadAttention</c> (in_proj_weight (3E, E)
/// Xavier-uniform, in_proj_bias 0, out_proj Linear(E, E) with bias 0). Dropout acts on the attention weights.
/// Written on autograd ops so DTAAD and MED-Net do not wait for the tensor library's own attention layer.
/// </remarks>
public sealed class SelfAttention : Module<Tensor, Tensor>
{
    private readonly Linear _outProj;

    /// <summary>Creates the layer from the default generator.</summary>
    /// <param name="embed">Token width E ≥ 1.</param>
    /// <param name="heads">Heads H ≥ 1 dividing E.</param>
    /// <param name="dropout">Dropout on the attention weights, in [0, 1).</param>
    public SelfAttention(int embed, int heads, double dropout)
    {
        if (embed < 1 || heads < 1 || embed % heads != 0)
        {
            throw new ArgumentException($"SelfAttention: expected E ≥ 1 divisible by the heads H ≥ 1 but got E = {embed}, H = {heads}.");
        }

        Embed = embed;
        Heads = heads;
        Dropout = dropout;
        var bound = Math.Sqrt(6.0 / (embed + (3 * embed)));
        in_proj_weight = register_parameter("in_proj_weight", torch.empty(3 * embed, embed).uniform_(-bound, bound));
        in_proj_bias = register_parameter("in_proj_bias", torch.zeros(3 * embed));
        _outProj = register_module("out_proj", new Linear(embed, embed));
        _outProj.bias!.zero_();
    }

    /// <summary>Token width E.</summary>
    public int Embed { get; }

    /// <summary>Number of heads H.</summary>
    public int Heads { get; }

    /// <summary>Dropout on the attention weights.</summary>
    public double Dropout { get; }

    /// <summary>Query, key and value projections stacked, (3E, E).</summary>
    public Tensor in_proj_weight { get; }

    /// <summary>Their biases, (3E).</summary>
    public Tensor in_proj_bias { get; }

    /// <summary>Attends each token to all tokens.</summary>
    /// <param name="input">(B, T, E).</param>
    /// <returns>(B, T, E).</returns>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.size(2) != Embed)
        {
            throw new ArgumentException($"SelfAttention: expected (B, T, {Embed}) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        var qkv = torch.nn.functional.linear(input, in_proj_weight, in_proj_bias);
        // Fused per-head softmax(q·kᵀ/√dh)·v read straight from the packed projections: same maths and dropout draws as
        // narrow → (B, H, T, dh) → scaled_dot_product_attention → (B, T, E), without the head copies.
        var context = torch.nn.functional.self_attention(qkv, Heads, training ? Dropout : 0.0);
        return _outProj.call(context);
    }

    /// <summary>The attention weights forward uses, softmax(q·kᵀ/√dh) per head, without dropout and without tracking gradients.</summary>
    /// <param name="tokens">(B, T, E), as for forward.</param>
    /// <returns>(B, H, T, T): row i of head h is how token i weighs every token; each row sums to 1.</returns>
    /// <remarks>
    /// Source: Vaswani et al. 2017, Eq. (1). Forward's output is out_proj of these weights times the value projection, heads
    /// concatenated; in training mode forward also applies dropout to them.
    /// </remarks>
    public Tensor attention_weights(Tensor tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.dim() != 3 || tokens.size(2) != Embed)
        {
            throw new ArgumentException($"SelfAttention.attention_weights: expected tokens (B, T, {Embed}) but got ({string.Join(", ", tokens.shape)}).", nameof(tokens));
        }

        using var noGrad = torch.no_grad();
        long b = tokens.size(0), t = tokens.size(1), dh = Embed / Heads;
        var qk = torch.nn.functional.linear(tokens, in_proj_weight.narrow(0, 0, 2 * Embed), in_proj_bias.narrow(0, 0, 2 * Embed)); // (B, T, 2E)
        var q = qk.narrow(2, 0, Embed).reshape(b, t, Heads, dh).permute(0, 2, 1, 3);      // (B, H, T, dh)
        var k = qk.narrow(2, Embed, Embed).reshape(b, t, Heads, dh).permute(0, 2, 1, 3);  // (B, H, T, dh)
        return torch.nn.functional.softmax(q.matmul(k.transpose(2, 3)) * (float)(1.0 / Math.Sqrt(dh)), -1);
    }
}

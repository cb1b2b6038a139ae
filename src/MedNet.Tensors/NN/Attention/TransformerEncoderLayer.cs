// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Self-attention plus feed-forward block with residuals and layer norms, like <c>torch.nn.TransformerEncoderLayer</c>.</summary>
/// <remarks>
/// Source: Vaswani et al. 2017 §3.1, as torch/nn/modules/transformer.py (PyTorch 1.13). Post-norm (default):
/// x = norm1(x + dropout1(SA(x))); x = norm2(x + dropout2(linear2(dropout(act(linear1(x)))))).
/// Pre-norm (norm_first): x = x + dropout1(SA(norm1(x))); x = x + dropout2(FF(norm2(x))).
/// </remarks>
public sealed class TransformerEncoderLayer : Module<Tensor, Tensor>
{
    /// <summary>Creates the layer (submodules in PyTorch's order, so initial draws and state_dict names match).</summary>
    /// <param name="d_model">E, divisible by nhead.</param>
    /// <param name="nhead">Heads.</param>
    /// <param name="dim_feedforward">Hidden size of the feed-forward block. Default: 2048.</param>
    /// <param name="dropout">Dropout probability. Default: 0.1.</param>
    /// <param name="activation">"relu" (default) or "gelu".</param>
    /// <param name="layer_norm_eps">LayerNorm epsilon. Default: 1e-5.</param>
    /// <param name="batch_first">Inputs are (N, L, E). Default: false.</param>
    /// <param name="norm_first">Pre-norm instead of post-norm. Default: false.</param>
    public TransformerEncoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1, string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false)
    {
        if (activation is not ("relu" or "gelu"))
        {
            throw new ArgumentException($"TransformerEncoderLayer: expected activation 'relu' or 'gelu' but got '{activation}'.", nameof(activation));
        }

        self_attn = register_module("self_attn", new MultiheadAttention(d_model, nhead, dropout, batch_first: batch_first));
        linear1 = register_module("linear1", new Linear(d_model, dim_feedforward));
        this.dropout = register_module("dropout", new Dropout(dropout));
        linear2 = register_module("linear2", new Linear(dim_feedforward, d_model));
        this.norm_first = norm_first;
        norm1 = register_module("norm1", new LayerNorm(d_model, layer_norm_eps));
        norm2 = register_module("norm2", new LayerNorm(d_model, layer_norm_eps));
        dropout1 = register_module("dropout1", new Dropout(dropout));
        dropout2 = register_module("dropout2", new Dropout(dropout));
        this.activation = activation;
    }

    /// <summary>Self-attention.</summary>
    public MultiheadAttention self_attn { get; }

    /// <summary>First feed-forward layer.</summary>
    public Linear linear1 { get; }

    /// <summary>Feed-forward dropout.</summary>
    public Dropout dropout { get; }

    /// <summary>Second feed-forward layer.</summary>
    public Linear linear2 { get; }

    /// <summary>Pre-norm when true.</summary>
    public bool norm_first { get; }

    /// <summary>Norm after (or before) attention.</summary>
    public LayerNorm norm1 { get; }

    /// <summary>Norm after (or before) the feed-forward block.</summary>
    public LayerNorm norm2 { get; }

    /// <summary>Dropout on the attention branch.</summary>
    public Dropout dropout1 { get; }

    /// <summary>Dropout on the feed-forward branch.</summary>
    public Dropout dropout2 { get; }

    /// <summary>"relu" or "gelu".</summary>
    public string activation { get; }

    /// <summary>Encodes a sequence.</summary>
    /// <param name="input">(L, N, E) or (N, L, E) if batch_first.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => forward(input, null, null);

    /// <summary>Encodes a sequence with optional masks.</summary>
    /// <param name="src">(L, N, E) or (N, L, E).</param>
    /// <param name="src_mask">Additive (L, L) mask or null.</param>
    /// <param name="src_key_padding_mask">(N, L) padding mask (1 = ignore) or null.</param>
    /// <returns>Same shape as src.</returns>
    public Tensor forward(Tensor src, Tensor? src_mask, Tensor? src_key_padding_mask)
    {
        var x = src;
        if (norm_first)
        {
            x += SelfAttention(norm1.call(x), src_mask, src_key_padding_mask);
            return x + FeedForward(norm2.call(x));
        }

        x = norm1.call(x + SelfAttention(x, src_mask, src_key_padding_mask));
        return norm2.call(x + FeedForward(x));
    }

    private Tensor SelfAttention(Tensor x, Tensor? mask, Tensor? padding) =>
        dropout1.call(self_attn.forward(x, x, x, padding, need_weights: false, attn_mask: mask).output);

    private Tensor FeedForward(Tensor x)
    {
        var h = linear1.call(x);
        h = activation == "gelu" ? h.gelu() : h.relu();
        return dropout2.call(linear2.call(dropout.call(h)));
    }
}

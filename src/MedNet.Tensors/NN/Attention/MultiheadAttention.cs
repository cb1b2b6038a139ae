// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Multi-head scaled dot-product attention with a packed input projection, like <c>torch.nn.MultiheadAttention</c>.</summary>
/// <remarks>
/// Source: Vaswani et al., "Attention Is All You Need", 2017, Eqs. (1)–(2), as torch/nn/functional.py multi_head_attention_forward
/// (PyTorch 1.13): [q; k; v] = x·W_inᵀ + b_in (packed in_proj_weight (3E, E)), per head A = softmax(q·kᵀ/√(E/H) + mask),
/// out = concat_h(A_h·v_h)·W_outᵀ + b_out; returned weights are A averaged over heads, (N, L, S).
/// Layout (L, N, E) unless batch_first. Init: xavier_uniform_ in_proj_weight, zero biases, out_proj as Linear.
/// Heads are read in place from the projections and attended tile by tile with an online softmax
/// (<see cref="Kernels.FlashAttentionKernel"/>): without returned weights and without dropout in training, memory is
/// O(N·L·E) plus one tile of scores per head and thread, so L = 3,600 fits a laptop. need_weights = true returns the
/// (N, L, S) weights and so holds O(N·L·S) by definition; dropout in training holds its (N·H, L, S) mask.
/// </remarks>
public sealed class MultiheadAttention : Module<(Tensor query, Tensor key, Tensor value), (Tensor output, Tensor? weights)>
{
    /// <summary>Creates the layer and initialises it from the default generator.</summary>
    /// <param name="embed_dim">E, divisible by num_heads.</param>
    /// <param name="num_heads">H ≥ 1.</param>
    /// <param name="dropout">Dropout on attention weights in training. Default: 0.</param>
    /// <param name="bias">Learn in/out projection biases. Default: true.</param>
    /// <param name="batch_first">Inputs are (N, L, E) instead of (L, N, E). Default: false.</param>
    public MultiheadAttention(long embed_dim, long num_heads, double dropout = 0.0, bool bias = true, bool batch_first = false)
    {
        if (num_heads < 1 || embed_dim % num_heads != 0)
        {
            throw new ArgumentException($"MultiheadAttention: expected embed_dim divisible by num_heads but got embed_dim={embed_dim}, num_heads={num_heads}.");
        }

        this.embed_dim = embed_dim;
        this.num_heads = num_heads;
        this.dropout = dropout;
        this.batch_first = batch_first;
        in_proj_weight = register_parameter("in_proj_weight", torch.empty(3 * embed_dim, embed_dim));
        in_proj_bias = bias ? register_parameter("in_proj_bias", torch.empty(3 * embed_dim)) : null;
        out_proj = register_module("out_proj", new Linear(embed_dim, embed_dim, bias));
        torch.nn.init.xavier_uniform_(in_proj_weight);
        if (in_proj_bias is not null && out_proj.bias is not null)
        {
            torch.nn.init.zeros_(in_proj_bias);
            torch.nn.init.zeros_(out_proj.bias);
        }
    }

    /// <summary>E.</summary>
    public long embed_dim { get; }

    /// <summary>H.</summary>
    public long num_heads { get; }

    /// <summary>Attention-weight dropout probability.</summary>
    public double dropout { get; }

    /// <summary>Whether inputs are (N, L, E).</summary>
    public bool batch_first { get; }

    /// <summary>Packed [W_q; W_k; W_v] (3E, E).</summary>
    public Tensor in_proj_weight { get; }

    /// <summary>Packed [b_q; b_k; b_v] (3E) or null.</summary>
    public Tensor? in_proj_bias { get; }

    /// <summary>Output projection.</summary>
    public Linear out_proj { get; }

    /// <summary>Attends with averaged weights returned.</summary>
    /// <param name="input">(query (L, N, E), key (S, N, E), value (S, N, E)).</param>
    /// <returns>(output (L, N, E), weights (N, L, S)).</returns>
    public override (Tensor output, Tensor? weights) forward((Tensor query, Tensor key, Tensor value) input) => forward(input.query, input.key, input.value);

    /// <summary>Attends, with PyTorch's optional arguments.</summary>
    /// <param name="query">(L, N, E) or (N, L, E) if batch_first.</param>
    /// <param name="key">(S, N, E) or (N, S, E).</param>
    /// <param name="value">(S, N, E) or (N, S, E).</param>
    /// <param name="key_padding_mask">(N, S), 1 where the key is padding (ignored), or null.</param>
    /// <param name="need_weights">Return attention weights. Default: true.</param>
    /// <param name="attn_mask">Additive float mask (L, S), −∞ to forbid, or null.</param>
    /// <param name="average_attn_weights">Average weights over heads. Default: true.</param>
    /// <returns>(output, weights (N, L, S) or (N, H, L, S), or null).</returns>
    public (Tensor output, Tensor? weights) forward(Tensor query, Tensor key, Tensor value, Tensor? key_padding_mask = null, bool need_weights = true, Tensor? attn_mask = null, bool average_attn_weights = true)
    {
        var selfAttention = ReferenceEquals(query, key) && ReferenceEquals(key, value);
        if (selfAttention && batch_first && !need_weights && attn_mask is null && key_padding_mask is null)
        {
            return (PackedForward(query), null);
        }

        var (nDim, lDim) = batch_first ? (0, 1) : (1, 0);
        if (query.dim() != 3 || query.size(2) != embed_dim || key.dim() != 3 || key.size(2) != embed_dim || value.dim() != 3
            || key.size(nDim) != query.size(nDim) || !value.Dims.AsSpan().SequenceEqual(key.Dims))
        {
            var layout = batch_first ? "(N, L, E)" : "(L, N, E)";
            throw new ArgumentException($"MultiheadAttention: expected query {layout} with E = {embed_dim} and key, value of one shape with the same N but got {Shape.Format(query.Dims)}, {Shape.Format(key.Dims)}, {Shape.Format(value.Dims)}.");
        }

        if (Float64Ops.Any(query, key, value, in_proj_weight))
        {
            Float64Ops.RequireF64("MultiheadAttention", query, key, value, in_proj_weight);
            return Float64Ops.Attention(this, query, key, value, attn_mask, key_padding_mask, need_weights, average_attn_weights, training ? dropout : 0);
        }

        var e = (int)embed_dim;
        var h = (int)num_heads;
        var hd = e / h;
        var l = (int)query.size(lDim);
        var n = (int)query.size(nDim);
        var s = (int)key.size(lDim);
        (Tensor, HeadLayout) q, k, v; // heads read in place from the projections, no transposes
        if (selfAttention)
        {
            // One packed GEMM, as PyTorch does for self-attention; q, k, v are column blocks of it.
            var qkv = Linear.Functional(query, in_proj_weight, in_proj_bias);
            q = (qkv, HeadLayout.Of(batch_first, n, l, 3 * e, 0));
            k = (qkv, HeadLayout.Of(batch_first, n, l, 3 * e, e));
            v = (qkv, HeadLayout.Of(batch_first, n, l, 3 * e, 2 * e));
        }
        else
        {
            q = (Linear.Functional(query, in_proj_weight.narrow(0, 0, e), in_proj_bias?.narrow(0, 0, e)), HeadLayout.Of(batch_first, n, l, e, 0));
            k = (Linear.Functional(key, in_proj_weight.narrow(0, e, e), in_proj_bias?.narrow(0, e, e)), HeadLayout.Of(batch_first, n, s, e, 0));
            v = (Linear.Functional(value, in_proj_weight.narrow(0, 2 * e, e), in_proj_bias?.narrow(0, 2 * e, e)), HeadLayout.Of(batch_first, n, s, e, 0));
        }

        var (context, weights) = ScaledDotProductAttention.Apply(
            q,
            k,
            v,
            (n, h, l, s, hd),
            attn_mask,
            key_padding_mask,
            need_weights,
            average_attn_weights,
            training ? dropout : 0,
            batch_first ? [n, l, e] : [l, n, e],
            HeadLayout.Of(batch_first, n, l, e, 0));
        return (out_proj.call(context), weights);
    }

    /// <summary>
    /// Batch-first self-attention without weights or masks: one packed projection, then softmax(q·kᵀ/√dh)·v per head read
    /// straight from it (the same maths and dropout draws as the general path, without the head copies), then out_proj.
    /// </summary>
    private Tensor PackedForward(Tensor x)
    {
        if (x.dim() != 3 || x.size(2) != embed_dim)
        {
            throw new ArgumentException($"MultiheadAttention: expected self-attention input (N, L, {embed_dim}) but got {Shape.Format(x.Dims)}.", nameof(x));
        }

        var qkv = torch.nn.functional.linear(x, in_proj_weight, in_proj_bias); // (N, L, 3E)
        var context = torch.nn.functional.self_attention(qkv, (int)num_heads, training ? dropout : 0.0); // (N, L, E)
        return out_proj.call(context);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"embed_dim={embed_dim}, num_heads={num_heads}, batch_first={batch_first}";
}

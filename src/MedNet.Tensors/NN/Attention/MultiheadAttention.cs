// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>Multi-head scaled dot-product attention with a packed input projection, like <c>torch.nn.MultiheadAttention</c>.</summary>
/// <remarks>
/// Source: Vaswani et al., "Attention Is All You Need", 2017, Eqs. (1)–(2), as torch/nn/functional.py multi_head_attention_forward
/// (PyTorch 1.13): [q; k; v] = x·W_inᵀ + b_in (packed in_proj_weight (3E, E)), per head A = softmax(q·kᵀ/√(E/H) + mask),
/// out = concat_h(A_h·v_h)·W_outᵀ + b_out; returned weights are A averaged over heads, (N, L, S).
/// Layout (L, N, E) unless batch_first. Init: xavier_uniform_ in_proj_weight, zero biases, out_proj as Linear.
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

        if (batch_first)
        {
            query = query.transpose(0, 1);
            key = selfAttention ? query : key.transpose(0, 1);
            value = selfAttention ? query : value.transpose(0, 1);
        }

        if (query.dim() != 3 || query.size(2) != embed_dim || key.dim() != 3 || value.dim() != 3 || key.size(1) != query.size(1))
        {
            throw new ArgumentException($"MultiheadAttention: expected query (L, N, {embed_dim}), key and value (S, N, {embed_dim}) but got {Shape.Format(query.Dims)}, {Shape.Format(key.Dims)}, {Shape.Format(value.Dims)}.");
        }

        var e = embed_dim;
        var h = num_heads;
        var hd = e / h;
        var l = query.size(0);
        var n = query.size(1);
        var s = key.size(0);
        Tensor qp, kp, vp; // (L or S, N, E) projections
        if (selfAttention)
        {
            // One packed GEMM, as PyTorch does for self-attention, then split the last dimension.
            var qkv = Linear.Functional(query, in_proj_weight, in_proj_bias); // (L, N, 3E)
            qp = qkv.narrow(-1, 0, e);
            kp = qkv.narrow(-1, e, e);
            vp = qkv.narrow(-1, 2 * e, e);
        }
        else
        {
            qp = Linear.Functional(query, in_proj_weight.narrow(0, 0, e), in_proj_bias?.narrow(0, 0, e));
            kp = Linear.Functional(key, in_proj_weight.narrow(0, e, e), in_proj_bias?.narrow(0, e, e));
            vp = Linear.Functional(value, in_proj_weight.narrow(0, 2 * e, e), in_proj_bias?.narrow(0, 2 * e, e));
        }

        var q = qp.reshape(l, n * h, hd).transpose(0, 1); // (N·H, L, hd)
        var k = kp.reshape(s, n * h, hd).transpose(0, 1); // (N·H, S, hd)
        var v = vp.reshape(s, n * h, hd).transpose(0, 1); // (N·H, S, hd)
        var fused = !need_weights || !GradMode.IsEnabled;
        Tensor attnOut;
        Tensor? weights = null;
        if (fused)
        {
            (attnOut, weights) = ScaledDotProductAttention.Apply(q, k, v, attn_mask, key_padding_mask, (int)h, need_weights, average_attn_weights, training ? dropout : 0);
        }
        else
        {
            // Differentiable weights: the unfused path.
            var scores = (q / MathF.Sqrt(hd)).bmm(k.transpose(1, 2)); // (N·H, L, S)
            if (attn_mask is not null)
            {
                scores += attn_mask;
            }

            if (key_padding_mask is not null)
            {
                var pad = Tensor.Map(key_padding_mask, m => m != 0f ? float.NegativeInfinity : 0f).reshape(n, 1, 1, s);
                scores = (scores.reshape(n, h, l, s) + pad).reshape(n * h, l, s);
            }

            var attn = Softmax.Functional(scores, -1, log: false);
            attnOut = Dropout.Functional(attn, dropout, training).bmm(v);
            if (need_weights)
            {
                var w4 = attn.reshape(n, h, l, s);
                weights = average_attn_weights ? w4.sum(1) / h : w4;
            }
        }

        var o = attnOut.transpose(0, 1).reshape(l * n, e); // (L·N, E)
        var output = out_proj.call(o).reshape(l, n, e);
        if (batch_first)
        {
            output = output.transpose(0, 1);
        }

        return (output, weights);
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

// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors;

/// <summary>torch.nn.functional: stateless forms of the layers.</summary>
public static partial class torch
{
    /// <content>Functional forms.</content>
    public static partial class nn
    {
        /// <summary>Stateless layer functions with PyTorch's names and defaults.</summary>
        public static partial class functional
        {
            /// <summary>y = x·Wᵀ + b.</summary>
            /// <param name="input">(…, F_in).</param>
            /// <param name="weight">(F_out, F_in).</param>
            /// <param name="bias">(F_out) or null.</param>
            /// <returns>(…, F_out).</returns>
            public static Tensor linear(Tensor input, Tensor weight, Tensor? bias = null) => NN.Linear.Functional(input, weight, bias);

            /// <summary>1-D convolution; see <see cref="NN.Conv1d"/>.</summary>
            /// <param name="input">(N, C_in, L).</param>
            /// <param name="weight">(C_out, C_in/groups, K).</param>
            /// <param name="bias">(C_out) or null.</param>
            /// <param name="stride">Default: 1.</param>
            /// <param name="padding">Symmetric zero padding. Default: 0.</param>
            /// <param name="dilation">Default: 1.</param>
            /// <param name="groups">Default: 1.</param>
            /// <returns>(N, C_out, L_out).</returns>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias = null, long stride = 1, long padding = 0, long dilation = 1, long groups = 1) =>
                NN.Conv1d.Functional(input, weight, bias, (int)stride, (int)padding, (int)padding, (int)dilation, (int)groups);

            /// <summary>Causal dilated Conv1d with a weight-normalised kernel w = g·v/‖v‖, as one differentiable op.</summary>
            /// <param name="input">(N, C_in, L).</param>
            /// <param name="weight_g">Magnitudes, C_out elements (e.g. (C_out, 1, 1)).</param>
            /// <param name="weight_v">Directions (C_out, C_in, K); ‖v‖ is taken per output channel.</param>
            /// <param name="bias">(C_out) or null.</param>
            /// <param name="dilation">d ≥ 1. Default: 1.</param>
            /// <returns>(N, C_out, L): output t sees inputs t, t − d, …, t − (K − 1)·d (zeros before the start).</returns>
            /// <remarks>
            /// Source: Salimans &amp; Kingma 2016 §2; Bai et al. 2018 (TCN). Same values as
            /// <c>conv1d(pad(input, ((K − 1)·d, 0)), weight_v * (weight_g / ‖weight_v‖), bias, dilation: d)</c>, in one tape node.
            /// </remarks>
            public static Tensor weight_norm_causal_conv1d(Tensor input, Tensor weight_g, Tensor weight_v, Tensor? bias = null, long dilation = 1)
            {
                ArgumentNullException.ThrowIfNull(input);
                ArgumentNullException.ThrowIfNull(weight_g);
                ArgumentNullException.ThrowIfNull(weight_v);
                return NN.WeightNormCausalConv.Apply(input, weight_g, weight_v, bias, (int)dilation);
            }

            /// <summary>Position-wise feed-forward linear2(dropout(leaky_relu(linear1(x)))) as one differentiable op.</summary>
            /// <param name="input">(…, F_in).</param>
            /// <param name="weight1">(F_ff, F_in).</param>
            /// <param name="bias1">(F_ff) or null.</param>
            /// <param name="weight2">(F_out, F_ff).</param>
            /// <param name="bias2">(F_out) or null.</param>
            /// <param name="dropout_p">Drop probability on the hidden activations in [0, 1); default 0. Pass 0 in eval mode.</param>
            /// <param name="negative_slope">LeakyReLU slope of the hidden activation; default 1.0, the identity (DTAAD's <c>nn.LeakyReLU(True)</c>).</param>
            /// <returns>(…, F_out).</returns>
            /// <remarks>
            /// Source: Vaswani et al. 2017 §3.3. Same values, gradients and dropout draws as the composed
            /// <see cref="linear"/> → <see cref="leaky_relu"/> → <see cref="dropout"/> → <see cref="linear"/>; the hidden
            /// activations live in pooled buffers instead of four tensors. Layers too wide for the small-layer kernel run composed.
            /// </remarks>
            public static Tensor feed_forward(Tensor input, Tensor weight1, Tensor? bias1, Tensor weight2, Tensor? bias2, double dropout_p = 0.0, double negative_slope = 1.0)
            {
                ArgumentNullException.ThrowIfNull(input);
                ArgumentNullException.ThrowIfNull(weight1);
                ArgumentNullException.ThrowIfNull(weight2);
                if (dropout_p < 0 || dropout_p >= 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(dropout_p), dropout_p, "feed_forward: expected dropout_p in [0, 1).");
                }

                if (!NN.FusedFeedForward.Applies(weight1, weight2) || NN.Float64Ops.Any(input, weight1, weight2))
                {
                    var h = linear(input, weight1, bias1);
                    return linear(dropout(negative_slope == 1.0 ? h : leaky_relu(h, negative_slope), dropout_p, dropout_p > 0), weight2, bias2);
                }

                return NN.FusedFeedForward.Apply(input, weight1, bias1, weight2, bias2, dropout_p, (float)negative_slope);
            }

            /// <summary>Pads the last dimension with a constant: pad = (left, right); (k − 1)·d on the left makes a convolution causal.</summary>
            /// <param name="input">(…, L).</param>
            /// <param name="pad">(left, right), each ≥ 0.</param>
            /// <param name="value">Fill value. Default: 0.</param>
            /// <returns>(…, L + left + right).</returns>
            /// <remarks>Differs from PyTorch: only the last dimension and constant mode.</remarks>
            public static Tensor pad(Tensor input, (long left, long right) pad, double value = 0) => input.PadLast((int)pad.left, (int)pad.right, (float)value);

            /// <summary>max(x, 0).</summary>
            /// <param name="input">Any shape.</param>
            /// <returns>Same shape.</returns>
            public static Tensor relu(Tensor input) => input.relu();

            /// <summary>Leaky ReLU.</summary>
            /// <param name="input">Any shape.</param>
            /// <param name="negative_slope">Default: 0.01.</param>
            /// <returns>Same shape.</returns>
            public static Tensor leaky_relu(Tensor input, double negative_slope = 0.01) => input.leaky_relu((float)negative_slope);

            /// <summary>Logistic sigmoid.</summary>
            /// <param name="input">Any shape.</param>
            /// <returns>Same shape.</returns>
            public static Tensor sigmoid(Tensor input) => input.sigmoid();

            /// <summary>Hyperbolic tangent.</summary>
            /// <param name="input">Any shape.</param>
            /// <returns>Same shape.</returns>
            public static Tensor tanh(Tensor input) => input.tanh();

            /// <summary>GELU (exact erf form).</summary>
            /// <param name="input">Any shape.</param>
            /// <returns>Same shape.</returns>
            public static Tensor gelu(Tensor input) => input.gelu();

            /// <summary>Softmax along a dimension.</summary>
            /// <param name="input">Any shape.</param>
            /// <param name="dim">Dimension.</param>
            /// <returns>Same shape.</returns>
            public static Tensor softmax(Tensor input, long dim) => NN.Softmax.Functional(input, (int)dim, log: false);

            /// <summary>Log-softmax along a dimension.</summary>
            /// <param name="input">Any shape.</param>
            /// <param name="dim">Dimension.</param>
            /// <returns>Same shape.</returns>
            public static Tensor log_softmax(Tensor input, long dim) => NN.Softmax.Functional(input, (int)dim, log: true);

            /// <summary>Dropout (active when training).</summary>
            /// <param name="input">Any shape.</param>
            /// <param name="p">Default: 0.5.</param>
            /// <param name="training">Default: true.</param>
            /// <returns>Same shape.</returns>
            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true) => NN.Dropout.Functional(input, p, training);

            /// <summary>Fused scaled dot-product attention softmax(q·kᵀ / √E)·v with dropout on the weights, without materialising the weights as tensors.</summary>
            /// <param name="query">(…, L, E); the leading dims (e.g. batch, heads) are independent.</param>
            /// <param name="key">(…, S, E), same leading dims as <paramref name="query"/>.</param>
            /// <param name="value">(…, S, E), same leading dims as <paramref name="query"/>.</param>
            /// <param name="dropout_p">Drop probability on the attention weights in [0, 1); default 0. Pass 0 in eval mode, as in PyTorch.</param>
            /// <returns>(…, L, E).</returns>
            /// <remarks>Source: Vaswani et al. 2017 §3.2.1, Eq. (1). Dropout draws one uniform per weight in (…, L, S) order, as a separate dropout() on the weights would.</remarks>
            public static Tensor scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, double dropout_p = 0.0)
            {
                ArgumentNullException.ThrowIfNull(query);
                ArgumentNullException.ThrowIfNull(key);
                ArgumentNullException.ThrowIfNull(value);
                if (query.dim() < 3 || key.dim() != query.dim() || value.dim() != query.dim() || key.numel() != value.numel()
                    || query.Dims[^1] != key.Dims[^1] || value.Dims[^1] != query.Dims[^1] || key.Dims[^2] != value.Dims[^2])
                {
                    throw new ArgumentException(
                        $"scaled_dot_product_attention: expected query (…, L, E), key and value (…, S, E) of one rank ≥ 3 but got {Shape.Format(query.Dims)}, {Shape.Format(key.Dims)}, {Shape.Format(value.Dims)}.");
                }

                if (dropout_p < 0 || dropout_p >= 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(dropout_p), dropout_p, "scaled_dot_product_attention: expected dropout_p in [0, 1).");
                }

                int l = query.Dims[^2], e = query.Dims[^1], s = key.Dims[^2];
                var batch = query.NumelInt / Math.Max(l * e, 1);
                if (key.NumelInt != batch * s * e)
                {
                    throw new ArgumentException(
                        $"scaled_dot_product_attention: expected key and value with the leading dims of query {Shape.Format(query.Dims)} but got {Shape.Format(key.Dims)}.");
                }

                if (NN.Float64Ops.Any(query, key, value))
                {
                    return NN.Float64Attention.ScaledDotProduct(query, key, value, dropout_p);
                }

                var (output, _) = NN.ScaledDotProductAttention.Apply(
                    (query, new Kernels.HeadLayout(0, (long)l * e, e)),
                    (key, new Kernels.HeadLayout(0, (long)s * e, e)),
                    (value, new Kernels.HeadLayout(0, (long)s * e, e)),
                    (batch, 1, l, s, e),
                    null,
                    null,
                    false,
                    false,
                    dropout_p,
                    [batch, l, e],
                    new Kernels.HeadLayout(0, (long)l * e, e));
                return output.reshape(query.shape);
            }

            /// <summary>Multi-head self-attention on packed projections: heads of q, k, v are read from qkv and the context comes back with heads concatenated.</summary>
            /// <param name="qkv">(N, T, 3E): the in_proj output x·W_inᵀ + b_in of <c>torch.nn.MultiheadAttention</c>, columns [q | k | v].</param>
            /// <param name="heads">H ≥ 1, dividing E; head h uses columns h·E/H … (h + 1)·E/H − 1 of each block.</param>
            /// <param name="dropout_p">Drop probability on the attention weights in [0, 1); default 0. Pass 0 in eval mode.</param>
            /// <returns>(N, T, E): softmax(q·kᵀ/√(E/H))·v per head, heads side by side (the input of out_proj).</returns>
            /// <remarks>
            /// Source: Vaswani et al. 2017 §3.2.2. Same result and dropout draws as splitting qkv, reshaping to (N, H, T, E/H),
            /// <see cref="scaled_dot_product_attention"/> and permuting back, without the seven copies.
            /// </remarks>
            public static Tensor self_attention(Tensor qkv, int heads, double dropout_p = 0.0)
            {
                ArgumentNullException.ThrowIfNull(qkv);
                return NN.PackedSelfAttention.Apply(qkv, heads, dropout_p);
            }

            /// <summary>Layer normalisation.</summary>
            /// <param name="input">(…, *normalized_shape).</param>
            /// <param name="normalized_shape">Trailing sizes.</param>
            /// <param name="weight">γ or null.</param>
            /// <param name="bias">β or null.</param>
            /// <param name="eps">Default: 1e-5.</param>
            /// <returns>Same shape.</returns>
            public static Tensor layer_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5) =>
                NN.LayerNorm.Functional(input, normalized_shape, weight, bias, eps);

            /// <summary>Mean squared error.</summary>
            /// <param name="input">Predictions.</param>
            /// <param name="target">Targets, same shape.</param>
            /// <param name="reduction">Default: mean.</param>
            /// <returns>The loss.</returns>
            public static Tensor mse_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) => NN.MSELoss.Functional(input, target, reduction);

            /// <summary>Cross-entropy on logits.</summary>
            /// <param name="input">(N, K) logits.</param>
            /// <param name="target">(N) class indices.</param>
            /// <param name="weight">Class weights or null.</param>
            /// <param name="reduction">Default: mean.</param>
            /// <returns>The loss.</returns>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean) => NN.CrossEntropyLoss.Functional(input, target, weight, reduction);

            /// <summary>Binary cross-entropy on probabilities.</summary>
            /// <param name="input">Probabilities in (0, 1).</param>
            /// <param name="target">Targets in [0, 1], same shape.</param>
            /// <param name="weight">Element weights or null.</param>
            /// <param name="reduction">Default: mean.</param>
            /// <returns>The loss.</returns>
            public static Tensor binary_cross_entropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean) => NN.BCELoss.Functional(input, target, weight, reduction);
        }
    }
}

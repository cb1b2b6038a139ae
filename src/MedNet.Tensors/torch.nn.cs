// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors;

/// <summary>torch.nn layer factories (one-liners; the classes live in MedNet.Tensors.NN).</summary>
/// <remarks>
/// Differs from STYLE.md rule 3: factories cannot share a file with their class because file-scoped namespaces allow one
/// namespace per file, so they are gathered in this facade, as TorchSharp's <c>torch.nn</c>.
/// </remarks>
public static partial class torch
{
    /// <content>Layer factories.</content>
    public static partial class nn
    {
        /// <summary>Marks a tensor as a learnable parameter (sets requires_grad).</summary>
        /// <param name="data">The tensor.</param>
        /// <param name="requires_grad">Default: true.</param>
        /// <returns>The same tensor.</returns>
        public static Tensor Parameter(Tensor data, bool requires_grad = true) => data.requires_grad_(requires_grad).DetachFromDisposeScope();

        /// <summary>See <see cref="NN.Linear"/>.</summary>
        /// <param name="in_features">F_in.</param>
        /// <param name="out_features">F_out.</param>
        /// <param name="bias">Default: true.</param>
        /// <returns>The layer.</returns>
        public static Linear Linear(long in_features, long out_features, bool bias = true) => new(in_features, out_features, bias);

        /// <summary>See <see cref="NN.Conv1d"/>.</summary>
        /// <param name="in_channels">C_in.</param>
        /// <param name="out_channels">C_out.</param>
        /// <param name="kernel_size">K.</param>
        /// <param name="stride">Default: 1.</param>
        /// <param name="padding">Default: 0.</param>
        /// <param name="dilation">Default: 1.</param>
        /// <param name="groups">Default: 1.</param>
        /// <param name="bias">Default: true.</param>
        /// <returns>The layer.</returns>
        public static Conv1d Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1, long groups = 1, bool bias = true) =>
            new(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias);

        /// <summary>See <see cref="NN.ReLU"/>.</summary>
        /// <param name="inplace">Accepted so PyTorch code compiles (<c>nn.ReLU(inplace=True)</c>); the kit computes out of place: the
        /// output has the same values and the input keeps its own (in-place autograd is not tracked yet).</param>
        /// <returns>The layer.</returns>
        public static ReLU ReLU(bool inplace = false) => new();

        /// <summary>See <see cref="NN.LeakyReLU"/>.</summary>
        /// <param name="negative_slope">Default: 0.01.</param>
        /// <param name="inplace">Accepted as in <see cref="ReLU(bool)"/>; computed out of place.</param>
        /// <returns>The layer.</returns>
        public static LeakyReLU LeakyReLU(double negative_slope = 0.01, bool inplace = false) => new(negative_slope);

        /// <summary>
        /// <c>nn.LeakyReLU(True)</c> as PyTorch reads it: a Python bool is the number 1 or 0, so <c>true</c> is a slope of 1.0 (the
        /// identity; DTAAD's repository writes this, meaning <c>inplace=True</c>) and <c>false</c> a slope of 0.0 (ReLU).
        /// </summary>
        /// <param name="negative_slope">The positional first argument as PyTorch code passes it.</param>
        /// <param name="inplace">Accepted as in <see cref="ReLU(bool)"/>; computed out of place.</param>
        /// <returns>The layer.</returns>
        public static LeakyReLU LeakyReLU(bool negative_slope, bool inplace = false) => new(negative_slope ? 1.0 : 0.0);

        /// <summary>See <see cref="NN.Sigmoid"/>.</summary>
        /// <returns>The layer.</returns>
        public static Sigmoid Sigmoid() => new();

        /// <summary>See <see cref="NN.Tanh"/>.</summary>
        /// <returns>The layer.</returns>
        public static Tanh Tanh() => new();

        /// <summary>See <see cref="NN.GELU"/>.</summary>
        /// <returns>The layer.</returns>
        public static GELU GELU() => new();

        /// <summary>See <see cref="NN.Softmax"/>.</summary>
        /// <param name="dim">Dimension.</param>
        /// <returns>The layer.</returns>
        public static Softmax Softmax(long dim) => new(dim);

        /// <summary>See <see cref="NN.LogSoftmax"/>.</summary>
        /// <param name="dim">Dimension.</param>
        /// <returns>The layer.</returns>
        public static LogSoftmax LogSoftmax(long dim) => new(dim);

        /// <summary>See <see cref="NN.Dropout"/>.</summary>
        /// <param name="p">Default: 0.5.</param>
        /// <param name="inplace">Accepted as in <see cref="ReLU(bool)"/>; computed out of place.</param>
        /// <returns>The layer.</returns>
        public static Dropout Dropout(double p = 0.5, bool inplace = false) => new(p);

        /// <summary>See <see cref="NN.LayerNorm"/>.</summary>
        /// <param name="normalized_shape">Trailing sizes.</param>
        /// <param name="eps">Default: 1e-5.</param>
        /// <param name="elementwise_affine">Default: true.</param>
        /// <returns>The layer.</returns>
        public static LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true) => new(normalized_shape, eps, elementwise_affine);

        /// <summary>See <see cref="NN.LayerNorm"/>; <c>nn.LayerNorm(6)</c> normalises over the last dimension of size 6.</summary>
        /// <param name="normalized_shape">Size of the last dimension.</param>
        /// <param name="eps">Default: 1e-5.</param>
        /// <param name="elementwise_affine">Default: true.</param>
        /// <returns>The layer.</returns>
        public static LayerNorm LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true) => new([normalized_shape], eps, elementwise_affine);

        /// <summary>See <see cref="NN.BatchNorm1d"/>.</summary>
        /// <param name="num_features">C.</param>
        /// <param name="eps">Default: 1e-5.</param>
        /// <param name="momentum">Default: 0.1.</param>
        /// <param name="affine">Default: true.</param>
        /// <param name="track_running_stats">Default: true.</param>
        /// <returns>The layer.</returns>
        public static BatchNorm1d BatchNorm1d(long num_features, double eps = 1e-5, double momentum = 0.1, bool affine = true, bool track_running_stats = true) =>
            new(num_features, eps, momentum, affine, track_running_stats);

        /// <summary>See <see cref="NN.Sequential"/>.</summary>
        /// <param name="modules">Layers in order.</param>
        /// <returns>The container.</returns>
        public static Sequential Sequential(params Module<Tensor, Tensor>[] modules) => new(modules);

        /// <summary>See <see cref="NN.ConvTranspose1d"/>.</summary>
        /// <param name="in_channels">C_in.</param>
        /// <param name="out_channels">C_out.</param>
        /// <param name="kernel_size">K.</param>
        /// <param name="stride">Default: 1.</param>
        /// <param name="padding">Default: 0.</param>
        /// <param name="output_padding">Default: 0.</param>
        /// <param name="groups">Default: 1.</param>
        /// <param name="bias">Default: true.</param>
        /// <param name="dilation">Default: 1.</param>
        /// <returns>The layer.</returns>
        public static ConvTranspose1d ConvTranspose1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1) =>
            new(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation);

        /// <summary>See <see cref="NN.MaxPool1d"/>.</summary>
        /// <param name="kernel_size">Window.</param>
        /// <param name="stride">Default: kernel_size.</param>
        /// <param name="padding">Default: 0.</param>
        /// <returns>The layer.</returns>
        public static MaxPool1d MaxPool1d(long kernel_size, long? stride = null, long padding = 0) => new(kernel_size, stride, padding);

        /// <summary>See <see cref="NN.AvgPool1d"/>.</summary>
        /// <param name="kernel_size">Window.</param>
        /// <param name="stride">Default: kernel_size.</param>
        /// <param name="padding">Default: 0.</param>
        /// <param name="count_include_pad">Default: true.</param>
        /// <returns>The layer.</returns>
        public static AvgPool1d AvgPool1d(long kernel_size, long? stride = null, long padding = 0, bool count_include_pad = true) => new(kernel_size, stride, padding, count_include_pad);

        /// <summary>See <see cref="NN.AdaptiveAvgPool1d"/>.</summary>
        /// <param name="output_size">L_out.</param>
        /// <returns>The layer.</returns>
        public static AdaptiveAvgPool1d AdaptiveAvgPool1d(long output_size) => new(output_size);

        /// <summary>See <see cref="NN.AdaptiveMaxPool1d"/>.</summary>
        /// <param name="output_size">L_out.</param>
        /// <returns>The layer.</returns>
        public static AdaptiveMaxPool1d AdaptiveMaxPool1d(long output_size) => new(output_size);

        /// <summary>See <see cref="NN.Upsample"/>.</summary>
        /// <param name="size">Output length or null.</param>
        /// <param name="scale_factor">Multiplier or null.</param>
        /// <param name="mode">"nearest" (default) or "linear", as PyTorch's mode string.</param>
        /// <param name="align_corners">Linear only; null means false.</param>
        /// <returns>The layer.</returns>
        public static Upsample Upsample(long? size = null, double? scale_factor = null, string mode = "nearest", bool? align_corners = null) =>
            NN.Upsample.FromMode(size, scale_factor, mode, align_corners);

        /// <summary>See <see cref="NN.Upsample"/>, with the mode as the kit's enum.</summary>
        /// <param name="size">Output length or null.</param>
        /// <param name="scale_factor">Multiplier or null.</param>
        /// <param name="mode">Interpolation.</param>
        /// <param name="align_corners">Linear only; null means false.</param>
        /// <returns>The layer.</returns>
        public static Upsample Upsample(long? size, double? scale_factor, UpsampleMode mode, bool? align_corners = null) => new(size, scale_factor, mode, align_corners);

        /// <summary>See <see cref="NN.MultiheadAttention"/>.</summary>
        /// <param name="embed_dim">E.</param>
        /// <param name="num_heads">H.</param>
        /// <param name="dropout">Default: 0.</param>
        /// <param name="bias">Default: true.</param>
        /// <param name="batch_first">Default: false.</param>
        /// <returns>The layer.</returns>
        public static MultiheadAttention MultiheadAttention(long embed_dim, long num_heads, double dropout = 0.0, bool bias = true, bool batch_first = false) =>
            new(embed_dim, num_heads, dropout, bias, batch_first);

        /// <summary>See <see cref="NN.TransformerEncoderLayer"/>.</summary>
        /// <param name="d_model">E.</param>
        /// <param name="nhead">H.</param>
        /// <param name="dim_feedforward">Default: 2048.</param>
        /// <param name="dropout">Default: 0.1.</param>
        /// <param name="activation">Default: "relu".</param>
        /// <param name="layer_norm_eps">Default: 1e-5.</param>
        /// <param name="batch_first">Default: false.</param>
        /// <param name="norm_first">Default: false.</param>
        /// <returns>The layer.</returns>
        public static TransformerEncoderLayer TransformerEncoderLayer(long d_model, long nhead, long dim_feedforward = 2048, double dropout = 0.1, string activation = "relu", double layer_norm_eps = 1e-5, bool batch_first = false, bool norm_first = false) =>
            new(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first);

        /// <summary>See <see cref="NN.LSTM"/>.</summary>
        /// <param name="input_size">F_in.</param>
        /// <param name="hidden_size">H.</param>
        /// <param name="num_layers">Default: 1.</param>
        /// <param name="bias">Default: true.</param>
        /// <param name="batch_first">Default: false.</param>
        /// <param name="dropout">Default: 0.</param>
        /// <param name="bidirectional">Default: false.</param>
        /// <returns>The layer.</returns>
        public static LSTM LSTM(long input_size, long hidden_size, long num_layers = 1, bool bias = true, bool batch_first = false, double dropout = 0.0, bool bidirectional = false) =>
            new(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional);

        /// <summary>See <see cref="NN.MSELoss"/>.</summary>
        /// <param name="reduction">Default: mean.</param>
        /// <returns>The loss.</returns>
        public static MSELoss MSELoss(Reduction reduction = Reduction.Mean) => new(reduction);

        /// <summary>See <see cref="NN.CrossEntropyLoss"/>.</summary>
        /// <param name="weight">Class weights or null.</param>
        /// <param name="reduction">Default: mean.</param>
        /// <returns>The loss.</returns>
        public static CrossEntropyLoss CrossEntropyLoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) => new(weight, reduction);

        /// <summary>See <see cref="NN.BCELoss"/>.</summary>
        /// <param name="weight">Element weights or null.</param>
        /// <param name="reduction">Default: mean.</param>
        /// <returns>The loss.</returns>
        public static BCELoss BCELoss(Tensor? weight = null, Reduction reduction = Reduction.Mean) => new(weight, reduction);

        /// <summary>See <see cref="NN.FocalLoss"/>.</summary>
        /// <param name="gamma">Default: 2.</param>
        /// <param name="alpha">Class weights or null.</param>
        /// <param name="reduction">Default: mean.</param>
        /// <returns>The loss.</returns>
        public static FocalLoss FocalLoss(double gamma = 2.0, Tensor? alpha = null, Reduction reduction = Reduction.Mean) => new(gamma, alpha, reduction);

        /// <summary>torch.nn.utils: gradient clipping and weight normalisation.</summary>
        public static partial class utils
        {
            /// <summary>Scales all gradients so their global p-norm is at most max_norm.</summary>
            /// <param name="parameters">Parameters whose .grad is clipped.</param>
            /// <param name="max_norm">Maximum norm.</param>
            /// <param name="norm_type">p; double.PositiveInfinity for the max norm. Default: 2.</param>
            /// <returns>The total norm before clipping, as a 0-dimensional tensor like PyTorch's (<c>.item()</c> reads it).</returns>
            /// <remarks>coef = max_norm / (total + 1e-6), applied when &lt; 1 (PyTorch 1.13).</remarks>
            public static Tensor clip_grad_norm_(IEnumerable<Tensor> parameters, double max_norm, double norm_type = 2.0) =>
                torch.tensor(ClipGrad.Norm(parameters, max_norm, norm_type));

            /// <summary>Reparameterises module.weight as g · v / ‖v‖ (parameters weight_g, weight_v); see <see cref="WeightNorm"/>.</summary>
            /// <typeparam name="T">Layer type.</typeparam>
            /// <param name="module">Linear, Conv1d or ConvTranspose1d.</param>
            /// <param name="name">Must be "weight". Default: "weight".</param>
            /// <param name="dim">Dimension kept by the norm. Default: 0.</param>
            /// <returns>The same module.</returns>
            public static T weight_norm<T>(T module, string name = "weight", long dim = 0)
                where T : Module<Tensor, Tensor>, IWeighted =>
                name == "weight" ? WeightNorm.Apply(module, dim) : throw new ArgumentException($"weight_norm: expected name 'weight' but got '{name}'.", nameof(name));
        }
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Models.Complexity;

/// <summary>Counts the operations of one forward pass from a model's layers, with one formula per layer kind.</summary>
/// <remarks>
/// Source: the usual analytic counts (as thop/fvcore), written out so each number can be checked by hand. B is
/// <see cref="Batch"/>, L the input length, L' the output length. Multiply–accumulates (MAC) and other operations are kept
/// apart; <see cref="FlopEntry.Flops"/> = 2·MAC + other. Inference counts: BatchNorm uses folded running statistics,
/// dropout is the identity.
/// <list type="bullet">
/// <item>Conv1d: MAC = B·C_out·L'·(C_in/groups)·K; other = B·C_out·L' for the bias.</item>
/// <item>Linear: MAC = rows·F_in·F_out; other = rows·F_out for the bias.</item>
/// <item>BatchNorm1d: other = 2·B·C·L (one multiply, one add per element).</item>
/// <item>LayerNorm: other = 7 per element (sum, subtract, square, sum, scale, γ, β).</item>
/// <item>LSTM, per layer and direction: MAC = B·L·4H·(F_in + H); other = 17·B·L·H (8H adds of the two products and
/// biases, 4H gate activations, 3H for c' = σ(f)·c + σ(i)·tanh(g), H for tanh(c'), H for h' = σ(o)·tanh(c')).</item>
/// <item>MultiheadAttention (self-attention, heads h, width E): MAC = B·L·3E² (in-projection) + 2·B·L²·E (scores and
/// context over all heads) + B·L·E² (out-projection); other = B·L·4E (biases) + 4·B·h·L² (scale, exp, sum, divide).</item>
/// <item>Element-wise steps (activations, gating products, residual adds, poolings): other = one per element they touch.</item>
/// </list>
/// </remarks>
public sealed class FlopCounter
{
    private readonly List<FlopEntry> _entries = [];

    /// <summary>Creates a counter for batch size <paramref name="batch"/>.</summary>
    /// <param name="batch">B ≥ 1. Default: 1 (one segment).</param>
    public FlopCounter(long batch = 1)
    {
        if (batch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batch), batch, "FlopCounter: expected batch ≥ 1.");
        }

        Batch = batch;
    }

    /// <summary>B.</summary>
    public long Batch { get; }

    /// <summary>Entries so far, in the order they were added.</summary>
    public IReadOnlyList<FlopEntry> Entries => _entries;

    /// <summary>Counts a whole model on an input of (B, <paramref name="channels"/>, <paramref name="length"/>).</summary>
    /// <param name="model">The model.</param>
    /// <param name="channels">Input channels (leads).</param>
    /// <param name="length">Input length in samples, e.g. 3600 for 10 s at 360 Hz.</param>
    /// <param name="batch">B. Default: 1.</param>
    /// <returns>The report.</returns>
    public static FlopReport Count(IFlopCounted model, long channels, long length, long batch = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (length < 1 || channels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"FlopCounter: expected channels ≥ 1 and length ≥ 1 but got {channels}, {length}.");
        }

        var counter = new FlopCounter(batch);
        model.CountFlops(counter, string.Empty, length);
        return new FlopReport([batch, channels, length], [.. counter.Entries]);
    }

    /// <summary>Joins a parent path and a child name with a dot.</summary>
    /// <param name="parent">Parent path or empty.</param>
    /// <param name="child">Child name.</param>
    /// <returns>The dotted path.</returns>
    public static string Join(string parent, string child) => parent.Length == 0 ? child : $"{parent}.{child}";

    /// <summary>Adds a Conv1d.</summary>
    /// <param name="name">Module path.</param>
    /// <param name="conv">The layer.</param>
    /// <param name="length">L.</param>
    /// <returns>L'.</returns>
    public long Conv1d(string name, Conv1d conv, long length)
    {
        ArgumentNullException.ThrowIfNull(conv);
        var lout = ((length + (2 * conv.padding) - (conv.dilation * (conv.kernel_size - 1)) - 1) / conv.stride) + 1;
        if (lout < 1)
        {
            throw new ArgumentException($"FlopCounter: {name} ({conv}) gets length {length}, shorter than its kernel.", nameof(length));
        }

        var outputs = Batch * conv.out_channels * lout;
        Add(name, "Conv1d", outputs * (conv.in_channels / conv.groups) * conv.kernel_size, conv.bias is null ? 0 : outputs);
        return lout;
    }

    /// <summary>Adds a Linear applied to <paramref name="rows"/> rows (all leading dimensions, batch included).</summary>
    /// <param name="name">Module path.</param>
    /// <param name="linear">The layer.</param>
    /// <param name="rows">Number of input rows.</param>
    public void Linear(string name, Linear linear, long rows)
    {
        ArgumentNullException.ThrowIfNull(linear);
        Add(name, "Linear", rows * linear.in_features * linear.out_features, linear.bias is null ? 0 : rows * linear.out_features);
    }

    /// <summary>Adds a BatchNorm1d over (B, C, L).</summary>
    /// <param name="name">Module path.</param>
    /// <param name="norm">The layer.</param>
    /// <param name="length">L (1 for (B, C) input).</param>
    public void BatchNorm1d(string name, BatchNorm1d norm, long length)
    {
        ArgumentNullException.ThrowIfNull(norm);
        Add(name, "BatchNorm1d", 0, 2 * Batch * norm.num_features * length);
    }

    /// <summary>Adds a LayerNorm over <paramref name="elements"/> elements per batch item.</summary>
    /// <param name="name">Module path.</param>
    /// <param name="elements">Elements per batch item.</param>
    public void LayerNorm(string name, long elements) => Add(name, "LayerNorm", 0, 7 * Batch * elements);

    /// <summary>Adds an LSTM run over <paramref name="length"/> steps.</summary>
    /// <param name="name">Module path.</param>
    /// <param name="lstm">The layer.</param>
    /// <param name="length">L.</param>
    public void Lstm(string name, LSTM lstm, long length)
    {
        ArgumentNullException.ThrowIfNull(lstm);
        var d = lstm.bidirectional ? 2 : 1;
        var h = lstm.hidden_size;
        long mac = 0, other = 0;
        for (var layer = 0; layer < lstm.num_layers; layer++)
        {
            var fin = layer == 0 ? lstm.input_size : d * h;
            mac += d * Batch * length * 4 * h * (fin + h);
            other += d * 17 * Batch * length * h;
        }

        Add(name, "LSTM", mac, other);
    }

    /// <summary>Adds multi-head self-attention over <paramref name="length"/> positions.</summary>
    /// <param name="name">Module path.</param>
    /// <param name="attention">The layer (query = key = value).</param>
    /// <param name="length">L.</param>
    public void SelfAttention(string name, MultiheadAttention attention, long length)
    {
        ArgumentNullException.ThrowIfNull(attention);
        var e = attention.embed_dim;
        var rows = Batch * length;
        var mac = (rows * 3 * e * e) + (2 * Batch * length * length * e) + (rows * e * e);
        var other = (attention.in_proj_bias is null ? 0 : rows * 3 * e) + (attention.out_proj.bias is null ? 0 : rows * e)
            + (4 * Batch * attention.num_heads * length * length);
        Add(name, "MultiheadAttention", mac, other);
    }

    /// <summary>Adds element-wise work: activations, gating products, residual adds, poolings.</summary>
    /// <param name="name">Module path.</param>
    /// <param name="kind">What the operation is, e.g. <c>ReLU</c>, <c>Sigmoid</c>, <c>Mul</c>, <c>AvgPool</c>.</param>
    /// <param name="elementsPerItem">Elements per batch item (multiplied by B).</param>
    public void Elementwise(string name, string kind, long elementsPerItem) => Add(name, kind, 0, Batch * elementsPerItem);

    private void Add(string name, string kind, long mac, long other) => _entries.Add(new FlopEntry(name, kind, mac, other));
}

// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Tensors.NN;

/// <summary>Multi-layer (optionally bidirectional) long short-term memory, like <c>torch.nn.LSTM</c>.</summary>
/// <remarks>
/// Source: Hochreiter &amp; Schmidhuber 1997, gate order as torch.nn.LSTM: [i, f, g, o] = x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh;
/// c' = σ(f)·c + σ(i)·tanh(g); h' = σ(o)·tanh(c'). Each layer is one fused tape node (<see cref="LstmLayer"/>): one input
/// projection GEMM for all steps and both directions, per step one recurrent GEMM and one gate pass, a fused backward
/// through time; the two directions run on two threads when available, with the same results as on one. A float64 layer
/// (after <c>.double()</c>) runs <see cref="Float64Lstm"/>, the same equations in double loops.
/// Parameters weight_ih_l{k}[_reverse], weight_hh_l{k}, bias_ih_l{k}, bias_hh_l{k}, all ~ U(±1/√hidden_size).
/// </remarks>
public sealed class LSTM : Module<Tensor, (Tensor output, (Tensor h_n, Tensor c_n) state)>
{
    private readonly Tensor[][] _weights; // [layer·D + dir] = (w_ih, w_hh, b_ih?, b_hh?)

    /// <summary>Creates the layer and initialises it from the default generator.</summary>
    /// <param name="input_size">F_in.</param>
    /// <param name="hidden_size">H.</param>
    /// <param name="num_layers">Stacked layers. Default: 1.</param>
    /// <param name="bias">Learn b_ih and b_hh. Default: true.</param>
    /// <param name="batch_first">Inputs and outputs are (N, L, ·). Default: false.</param>
    /// <param name="dropout">Dropout between layers in training. Default: 0.</param>
    /// <param name="bidirectional">Run a reverse direction too (D = 2). Default: false.</param>
    public LSTM(long input_size, long hidden_size, long num_layers = 1, bool bias = true, bool batch_first = false, double dropout = 0.0, bool bidirectional = false)
    {
        this.input_size = input_size;
        this.hidden_size = hidden_size;
        this.num_layers = num_layers;
        this.batch_first = batch_first;
        this.dropout = dropout;
        this.bidirectional = bidirectional;
        var d = bidirectional ? 2 : 1;
        _weights = new Tensor[num_layers * d][];
        for (var layer = 0; layer < num_layers; layer++)
        {
            for (var dir = 0; dir < d; dir++)
            {
                var sfx = string.Create(CultureInfo.InvariantCulture, $"_l{layer}{(dir == 1 ? "_reverse" : string.Empty)}");
                var inSize = layer == 0 ? input_size : hidden_size * d;
                var list = new List<Tensor>
                {
                    register_parameter("weight_ih" + sfx, torch.empty(4 * hidden_size, inSize)),
                    register_parameter("weight_hh" + sfx, torch.empty(4 * hidden_size, hidden_size)),
                };
                if (bias)
                {
                    list.Add(register_parameter("bias_ih" + sfx, torch.empty(4 * hidden_size)));
                    list.Add(register_parameter("bias_hh" + sfx, torch.empty(4 * hidden_size)));
                }

                _weights[(layer * d) + dir] = [.. list];
            }
        }

        var bound = 1.0 / Math.Sqrt(hidden_size);
        foreach (var p in parameters())
        {
            torch.nn.init.uniform_(p, -bound, bound);
        }
    }

    /// <summary>F_in.</summary>
    public long input_size { get; }

    /// <summary>H.</summary>
    public long hidden_size { get; }

    /// <summary>Stacked layers.</summary>
    public long num_layers { get; }

    /// <summary>Whether inputs are (N, L, F).</summary>
    public bool batch_first { get; }

    /// <summary>Inter-layer dropout.</summary>
    public double dropout { get; }

    /// <summary>Whether a reverse direction runs.</summary>
    public bool bidirectional { get; }

    /// <summary>Runs the sequence from zero initial state.</summary>
    /// <param name="input">(L, N, F_in) or (N, L, F_in) if batch_first.</param>
    /// <returns>output (L, N, D·H) and (h_n, c_n) each (num_layers·D, N, H).</returns>
    public override (Tensor output, (Tensor h_n, Tensor c_n) state) forward(Tensor input) => forward(input, null);

    /// <summary>Runs the sequence from a given state.</summary>
    /// <param name="input">(L, N, F_in) or (N, L, F_in).</param>
    /// <param name="hx">(h_0, c_0) each (num_layers·D, N, H), or null for zeros.</param>
    /// <returns>output and final state.</returns>
    public (Tensor output, (Tensor h_n, Tensor c_n) state) forward(Tensor input, (Tensor h0, Tensor c0)? hx)
    {
        if (input.dim() != 3 || input.size(2) != input_size)
        {
            throw new ArgumentException($"LSTM: expected input (L, N, {input_size}) (or (N, L, {input_size}) with batch_first) but got {Shape.Format(input.Dims)}.", nameof(input));
        }

        var d = bidirectional ? 2 : 1;
        var n = input.size(batch_first ? 0 : 1);
        if (hx is { } state)
        {
            long[] expected = [num_layers * d, n, hidden_size];
            if (!state.h0.shape.AsSpan().SequenceEqual(expected) || !state.c0.shape.AsSpan().SequenceEqual(expected))
            {
                throw new ArgumentException($"LSTM: expected h_0 and c_0 of shape {Shape.Format([(int)expected[0], (int)n, (int)hidden_size])} but got {Shape.Format(state.h0.Dims)} and {Shape.Format(state.c0.Dims)}.", nameof(hx));
            }
        }

        var x = input;
        var hs = new Tensor[num_layers];
        var cs = new Tensor[num_layers];
        for (var layer = 0; layer < num_layers; layer++)
        {
            var h0 = hx?.h0.narrow(0, layer * d, d);
            var c0 = hx?.c0.narrow(0, layer * d, d);
            var w = _weights[((int)layer * d)..(((int)layer + 1) * d)];
            (x, hs[layer], cs[layer]) = Float64Ops.Any(x, w[0][0], h0, c0)
                ? Float64Lstm.Apply(x, w, h0, c0, batch_first, (int)hidden_size)
                : LstmLayer.Apply(x, w, h0, c0, batch_first, (int)hidden_size);
            if (layer < num_layers - 1)
            {
                x = Dropout.Functional(x, dropout, training);
            }
        }

        return num_layers == 1 ? (x, (hs[0], cs[0])) : (x, (torch.cat(hs, 0), torch.cat(cs, 0)));
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"{input_size}, {hidden_size}, num_layers={num_layers}, batch_first={batch_first}, bidirectional={bidirectional}";
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>One tape node for weight_norm + left padding + Conv1d: w = g·v/‖v‖ per output channel, then a causal dilated convolution.</summary>
/// <remarks>
/// Source: Salimans &amp; Kingma 2016, "Weight normalization", §2 (w = g·v/‖v‖, ∇g = ∇w·v/‖v‖,
/// ∇v = (g/‖v‖)·∇w − (g·∇g/‖v‖²)·v); Bai et al. 2018 (TCN) for the causal padding (K − 1)·d on the left.
/// Replaces pad, square, sum, sqrt, div, mul and conv1d (seven nodes and a padded copy) with one; the weight is
/// formed exactly as <c>v * (g / v.square().sum([1, 2], keepdim: true).sqrt())</c> forms it.
/// </remarks>
internal static class WeightNormCausalConv
{
    /// <summary>x (N, Cin, L), g (Cout, 1, 1), v (Cout, Cin, K), bias (Cout) or null → (N, Cout, L).</summary>
    internal static Tensor Apply(Tensor input, Tensor g, Tensor v, Tensor? bias, int dilation)
    {
        if (v.Dims.Length != 3 || g.NumelInt != v.Dims[0] || (bias is not null && bias.NumelInt != v.Dims[0]))
        {
            throw new ArgumentException(
                $"weight_norm_causal_conv1d: expected weight_v (C_out, C_in, K), weight_g with C_out elements and bias (C_out) but got {Shape.Format(v.Dims)}, {Shape.Format(g.Dims)}, {(bias is null ? "null" : Shape.Format(bias.Dims))}.");
        }

        if (Float64Ops.Any(input, g, v, bias))
        {
            return Float64Ops.WeightNormCausalConv1d(input, g, v, bias, dilation);
        }

        int cout = v.Dims[0], cin = v.Dims[1], k = v.Dims[2];
        if (input.Dims.Length != 3 || input.Dims[1] != cin)
        {
            throw new ArgumentException($"weight_norm_causal_conv1d: expected input (N, {cin}, L) but got {Shape.Format(input.Dims)}; channels must be axis 1.", nameof(input));
        }

        if (dilation < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dilation), dilation, "weight_norm_causal_conv1d: expected dilation ≥ 1.");
        }

        int n = input.Dims[0], len = input.Dims[2], fan = cin * k;
        var norm = new float[cout];
        var w = new float[cout * fan];
        for (var o = 0; o < cout; o++)
        {
            var row = v.Span.Slice(o * fan, fan);
            var sq = 0f;
            foreach (var e in row)
            {
                sq += e * e;
            }

            norm[o] = MathF.Sqrt(sq);
            var ratio = g.Data[o] / norm[o];
            for (var i = 0; i < fan; i++)
            {
                w[(o * fan) + i] = row[i] * ratio;
            }
        }

        var y = Tensor.Empty([n, cout, len]);
        CausalConv1dKernel.Forward(input.Span, w, bias is null ? default : bias.Span, y.Span, n, cin, cout, len, k, dilation);
        Tensor[] inputs = bias is null ? [input, g, v] : [input, g, v, bias];
        return Engine.Record(
            y,
            "WeightNormConvolutionBackward",
            dy =>
            {
                if (input.RequiresGradFlag)
                {
                    var dx = Tensor.Empty(input.Dims);
                    CausalConv1dKernel.BackwardInput(dy.Span, w, dx.Span, n, cin, cout, len, k, dilation);
                    Engine.Accumulate(input, dx);
                }

                var needB = bias is not null && bias.RequiresGradFlag;
                if (!g.RequiresGradFlag && !v.RequiresGradFlag && !needB)
                {
                    return;
                }

                var dw = new float[cout * fan];
                var db = needB ? Tensor.Empty(bias!.Dims) : null;
                CausalConv1dKernel.BackwardWeight(input.Span, dy.Span, dw, db is null ? default : db.Span, n, cin, cout, len, k, dilation);
                if (db is not null)
                {
                    Engine.Accumulate(bias!, db);
                }

                var dg = Tensor.Empty(g.Dims);
                var dv = Tensor.Empty(v.Dims);
                for (var o = 0; o < cout; o++)
                {
                    var vr = v.Span.Slice(o * fan, fan);
                    var dwr = dw.AsSpan(o * fan, fan);
                    var dot = 0f;
                    for (var i = 0; i < fan; i++)
                    {
                        dot += dwr[i] * vr[i];
                    }

                    var dgo = dot / norm[o];
                    dg.Data[o] = dgo;
                    var a = g.Data[o] / norm[o];
                    var b = g.Data[o] * dgo / (norm[o] * norm[o]);
                    for (var i = 0; i < fan; i++)
                    {
                        dv.Data[(o * fan) + i] = (a * dwr[i]) - (b * vr[i]);
                    }
                }

                Engine.Accumulate(g, dg);
                Engine.Accumulate(v, dv);
            },
            inputs);
    }
}

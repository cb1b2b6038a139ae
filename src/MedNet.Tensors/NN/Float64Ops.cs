// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>
/// The float64 forms of the fused layers (linear, conv1d, conv_transpose1d, weight-normed causal conv, feed-forward,
/// dropout, softmax, layer/batch norm, multi-head attention via <see cref="Float64Attention"/>), composed of the float64 core ops so autograd comes from
/// theirs, plus the im2col/col2im pair the convolutions need. A correctness path: the float32 kernels are untouched.
/// </summary>
internal static class Float64Ops
{
    /// <summary>True when any operand is float64, so the float64 branch runs (mixed operands are then checked by name).</summary>
    internal static bool Any(Tensor a, Tensor? b = null, Tensor? c = null, Tensor? d = null) =>
        a.IsF64 || (b?.IsF64 ?? false) || (c?.IsF64 ?? false) || (d?.IsF64 ?? false);

    /// <summary>Requires every operand float64 (as PyTorch's layers do: no promotion inside a layer).</summary>
    internal static void RequireF64(string op, Tensor input, params Tensor?[] others)
    {
        var reference = Tensor.FromDoubles([0], []);
        DTypes.RequireSame(op, reference, input, "input");
        for (var i = 0; i < others.Length; i++)
        {
            DTypes.RequireSame(op, reference, others[i], i == 0 ? "weight" : i == 1 ? "bias" : $"operand {i}");
        }
    }

    /// <summary>y = x·Wᵀ + b in float64.</summary>
    internal static Tensor Linear(Tensor input, Tensor weight, Tensor? bias)
    {
        RequireF64("linear", input, weight, bias);
        var y = input.matmul(weight.t());
        return bias is null ? y : y + bias;
    }

    /// <summary>cols[b, c·K + k, l] = x[b, c, l·stride + k·dilation − padLeft] (0 outside), with col2im as backward.</summary>
    internal static Tensor Im2Col(Tensor x, int k, int stride, int padLeft, int dilation, int lcols)
    {
        var (b, c, lx) = (x.Dims[0], x.Dims[1], x.Dims[2]);
        var r = Tensor.EmptyOf([b, c * k, lcols], ScalarType.Float64);
        var src = x.Span64;
        var dst = r.Span64;
        for (var bi = 0; bi < b; bi++)
        {
            for (var ci = 0; ci < c; ci++)
            {
                for (var ki = 0; ki < k; ki++)
                {
                    var row = (((bi * c) + ci) * k) + ki;
                    for (var l = 0; l < lcols; l++)
                    {
                        var t = (l * stride) + (ki * dilation) - padLeft;
                        dst[(row * lcols) + l] = t >= 0 && t < lx ? src[(((bi * c) + ci) * lx) + t] : 0;
                    }
                }
            }
        }

        return Engine.Record(r, "Im2ColBackward", g => Engine.AccumulateOwned(x, Col2Im(g, c, k, stride, padLeft, dilation, lx)), x);
    }

    /// <summary>The adjoint of <see cref="Im2Col"/>: out[b, c, t] = Σ cols[b, c·K + k, l] over l·stride + k·dilation − padLeft = t.</summary>
    internal static Tensor Col2Im(Tensor cols, int c, int k, int stride, int padLeft, int dilation, int lx)
    {
        var (b, lcols) = (cols.Dims[0], cols.Dims[2]);
        var r = Tensor.ZerosOf([b, c, lx], ScalarType.Float64);
        var src = cols.Span64;
        var dst = r.Span64;
        for (var bi = 0; bi < b; bi++)
        {
            for (var ci = 0; ci < c; ci++)
            {
                for (var ki = 0; ki < k; ki++)
                {
                    var row = (((bi * c) + ci) * k) + ki;
                    for (var l = 0; l < lcols; l++)
                    {
                        var t = (l * stride) + (ki * dilation) - padLeft;
                        if (t >= 0 && t < lx)
                        {
                            dst[(((bi * c) + ci) * lx) + t] += src[(row * lcols) + l];
                        }
                    }
                }
            }
        }

        return Engine.Record(r, "Col2ImBackward", g => Engine.AccumulateOwned(cols, Im2Col(g, k, stride, padLeft, dilation, lcols)), cols);
    }

    /// <summary>conv1d in float64: im2col, then one product per group.</summary>
    internal static Tensor Conv1d(Tensor input, Tensor weight, Tensor? bias, int stride, int padLeft, int padRight, int dilation, int groups)
    {
        RequireF64("conv1d", input, weight, bias);
        if (input.Dims.Length != 3 || weight.Dims.Length != 3 || input.Dims[1] != weight.Dims[1] * groups || weight.Dims[0] % groups != 0)
        {
            throw new ArgumentException($"conv1d: expected input (N, C_in, L) and weight (C_out, C_in/groups, K) with groups = {groups} but got {Shape.Format(input.Dims)} and {Shape.Format(weight.Dims)}.");
        }

        var (cin, k) = (weight.Dims[1], weight.Dims[2]);
        var cout = weight.Dims[0] / groups;
        var lout = ((input.Dims[2] + padLeft + padRight - (dilation * (k - 1)) - 1) / stride) + 1;
        if (lout < 1)
        {
            throw new ArgumentException($"conv1d: expected an input long enough for kernel {k} with dilation {dilation} but got {Shape.Format(input.Dims)} with padding ({padLeft}, {padRight}).", nameof(input));
        }

        var parts = new Tensor[groups];
        for (var gi = 0; gi < groups; gi++)
        {
            var x = groups == 1 ? input : input.narrow(1, gi * cin, cin);
            var w = groups == 1 ? weight : weight.narrow(0, gi * cout, cout);
            var cols = Im2Col(x, k, stride, padLeft, dilation, lout); // (N, C_in·K, L_out)
            parts[gi] = cols.permute(0, 2, 1).matmul(w.reshape(cout, cin * k).t()).permute(0, 2, 1); // (N, C_out_g, L_out)
        }

        var y = groups == 1 ? parts[0] : torch.cat(parts, 1);
        return bias is null ? y : y + bias.reshape(1, -1, 1);
    }

    /// <summary>conv_transpose1d in float64: per group, the column product, then col2im; groups side by side.</summary>
    internal static Tensor ConvTranspose1d(Tensor input, Tensor weight, Tensor? bias, int stride, int padding, int outputPadding, int dilation, int groups)
    {
        RequireF64("conv_transpose1d", input, weight, bias);
        var (cin, coutG, k) = (weight.Dims[0] / groups, weight.Dims[1], weight.Dims[2]);
        var lin = input.Dims[2];
        var lout = ((lin - 1) * stride) - (2 * padding) + (dilation * (k - 1)) + outputPadding + 1;
        var parts = new Tensor[groups];
        for (var gi = 0; gi < groups; gi++)
        {
            var x = groups == 1 ? input : input.narrow(1, gi * cin, cin);
            var w = groups == 1 ? weight : weight.narrow(0, gi * cin, cin);
            var cols = x.permute(0, 2, 1).matmul(w.reshape(cin, coutG * k)).permute(0, 2, 1); // (N, C_out_g·K, L_in)
            parts[gi] = Col2Im(cols, coutG, k, stride, padding, dilation, lout);
        }

        var y = groups == 1 ? parts[0] : torch.cat(parts, 1);
        return bias is null ? y : y + bias.reshape(1, -1, 1);
    }

    /// <summary>Causal conv with w = g·v/‖v‖ in float64: left padding (K − 1)·d, then conv1d.</summary>
    internal static Tensor WeightNormCausalConv1d(Tensor input, Tensor g, Tensor v, Tensor? bias, int dilation)
    {
        RequireF64("weight_norm_causal_conv1d", input, v, bias, g);
        var w = v * (g.reshape(-1, 1, 1) / v.square().sum([1, 2], keepdim: true).sqrt());
        var k = v.Dims[2];
        return Conv1d(input, w, bias, 1, (k - 1) * dilation, 0, dilation, 1);
    }

    /// <summary>Dropout in float64 with the same draws as float32 (one generator draw per element, in order).</summary>
    internal static Tensor Dropout(Tensor input, double p)
    {
        var n = input.NumelInt;
        var mask = new float[n];
        torch.default_generator.FillDropoutMask(mask, (float)p, 1f);
        var keep = 1.0 / (1.0 - p);
        var m = Tensor.EmptyOf(input.Dims, ScalarType.Float64);
        var ms = m.Span64;
        for (var i = 0; i < n; i++)
        {
            ms[i] = mask[i] == 0f ? 0 : keep;
        }

        return input * m;
    }

    /// <summary>softmax / log_softmax in float64: shifted by the (constant) maximum.</summary>
    internal static Tensor Softmax(Tensor x, int dim, bool log)
    {
        var shifted = x - x.max(dim, keepdim: true).values.detach();
        if (log)
        {
            return shifted - shifted.exp().sum(dim, keepdim: true).log();
        }

        var e = shifted.exp();
        return e / e.sum(dim, keepdim: true);
    }

    /// <summary>layer_norm in float64 over the last <paramref name="k"/> dimensions (biased variance, as PyTorch).</summary>
    internal static Tensor LayerNorm(Tensor x, int k, Tensor? weight, Tensor? bias, double eps)
    {
        RequireF64("layer_norm", x, weight, bias);
        var dims = new int[k];
        for (var i = 0; i < k; i++)
        {
            dims[i] = x.Dims.Length - k + i;
        }

        var centred = x - x.mean(dims, keepdim: true);
        var y = centred / (centred.square().mean(dims, keepdim: true) + Tensor.ScalarOf(eps, ScalarType.Float64)).sqrt();
        if (weight is not null)
        {
            y *= weight;
        }

        return bias is null ? y : y + bias;
    }

    /// <summary>batch_norm (N, C) or (N, C, L) in float64; updates the float64 running statistics in training.</summary>
    internal static Tensor BatchNorm(Tensor input, Tensor? runningMean, Tensor? runningVar, Tensor? weight, Tensor? bias, bool batchStats, bool updateRunning, double momentum, double eps)
    {
        RequireF64("batch_norm", input, weight, bias, runningMean, runningVar);
        var x = input.Dims.Length == 2 ? input.unsqueeze(2) : input;
        int[] axes = [0, 2];
        Tensor mean, variance;
        if (batchStats)
        {
            mean = x.mean(axes, keepdim: true);
            variance = (x - mean).square().mean(axes, keepdim: true);
            if (updateRunning && runningMean is not null && runningVar is not null)
            {
                var m = (long)x.Dims[0] * x.Dims[2];
                var mu = mean.detach().Span64;
                var va = variance.detach().Span64;
                var rm = runningMean.Span64;
                var rv = runningVar.Span64;
                for (var c = 0; c < rm.Length; c++)
                {
                    rm[c] = (momentum * mu[c]) + ((1 - momentum) * rm[c]);
                    rv[c] = (momentum * va[c] * m / Math.Max(m - 1, 1)) + ((1 - momentum) * rv[c]);
                }
            }
        }
        else
        {
            mean = runningMean!.reshape(1, -1, 1);
            variance = runningVar!.reshape(1, -1, 1);
        }

        var y = (x - mean) / (variance + Tensor.ScalarOf(eps, ScalarType.Float64)).sqrt();
        if (weight is not null)
        {
            y *= weight.reshape(1, -1, 1);
        }

        if (bias is not null)
        {
            y += bias.reshape(1, -1, 1);
        }

        return input.Dims.Length == 2 ? y.squeeze(2) : y;
    }

    /// <summary>Multi-head attention in float64, composed: projections, per-head softmax(q·kᵀ/√d + mask)·v, output projection.</summary>
    internal static (Tensor Output, Tensor? Weights) Attention(MultiheadAttention mha, Tensor query, Tensor key, Tensor value, Tensor? attnMask, Tensor? keyPadding, bool needWeights, bool averageWeights, double dropout)
    {
        var e = (int)mha.embed_dim;
        var h = (int)mha.num_heads;
        var hd = e / h;
        if (!mha.batch_first)
        {
            (query, key, value) = (query.permute(1, 0, 2), key.permute(1, 0, 2), value.permute(1, 0, 2));
        }

        var (n, l, s) = (query.Dims[0], query.Dims[1], key.Dims[1]);
        var w = mha.in_proj_weight;
        var b = mha.in_proj_bias;
        var q = Linear(query, w.narrow(0, 0, e), b?.narrow(0, 0, e)).reshape(n, l, h, hd).permute(0, 2, 1, 3);
        var k = Linear(key, w.narrow(0, e, e), b?.narrow(0, e, e)).reshape(n, s, h, hd).permute(0, 2, 1, 3);
        var v = Linear(value, w.narrow(0, 2 * e, e), b?.narrow(0, 2 * e, e)).reshape(n, s, h, hd).permute(0, 2, 1, 3);
        var (attended, weights) = Float64Attention.Attend(q, k, v, Float64Attention.Mask(attnMask, keyPadding, n, l, s), dropout); // weights (N, H, L, S)
        var context = attended.permute(0, 2, 1, 3).reshape(n, l, e);
        var output = mha.out_proj.call(context);
        if (!mha.batch_first)
        {
            output = output.permute(1, 0, 2);
        }

        return (output, needWeights ? (averageWeights ? weights.mean(1) : weights) : null);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Batch normalisation over (N, C) or (N, C, L) per channel, with running statistics, like <c>torch.nn.BatchNorm1d</c>.</summary>
/// <remarks>
/// Training: y = (x − μ_B) / √(σ²_B + eps) · γ + β with the biased batch variance; running_mean ← (1 − momentum)·running_mean + momentum·μ_B,
/// running_var ← (1 − momentum)·running_var + momentum·σ²_B·n/(n − 1). Eval: the running statistics replace μ_B, σ²_B.
/// One fused forward and one fused backward kernel (<see cref="BatchNormKernel"/>), one tape node.
/// </remarks>
public sealed class BatchNorm1d : Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    /// <param name="num_features">C.</param>
    /// <param name="eps">Added to the variance. Default: 1e-5.</param>
    /// <param name="momentum">Running-statistics update factor. Default: 0.1.</param>
    /// <param name="affine">Learn γ and β. Default: true.</param>
    /// <param name="track_running_stats">Keep running statistics for eval. Default: true.</param>
    public BatchNorm1d(long num_features, double eps = 1e-5, double momentum = 0.1, bool affine = true, bool track_running_stats = true)
    {
        this.num_features = num_features;
        this.eps = eps;
        this.momentum = momentum;
        if (affine)
        {
            weight = register_parameter("weight", torch.ones(num_features));
            bias = register_parameter("bias", torch.zeros(num_features));
        }

        if (track_running_stats)
        {
            running_mean = register_buffer("running_mean", torch.zeros(num_features));
            running_var = register_buffer("running_var", torch.ones(num_features));
            num_batches_tracked = register_buffer("num_batches_tracked", torch.zeros([], ScalarType.Int64));
        }
    }

    /// <summary>C.</summary>
    public long num_features { get; }

    /// <summary>Variance epsilon.</summary>
    public double eps { get; }

    /// <summary>Running-statistics momentum.</summary>
    public double momentum { get; }

    /// <summary>γ (C) or null.</summary>
    public Tensor? weight { get; }

    /// <summary>β (C) or null.</summary>
    public Tensor? bias { get; }

    /// <summary>Running mean (C) or null.</summary>
    public Tensor? running_mean { get; }

    /// <summary>Running unbiased variance (C) or null.</summary>
    public Tensor? running_var { get; }

    /// <summary>Number of training batches seen: an int64 scalar, as in PyTorch (<c>module.to(dtype)</c> leaves it int64).</summary>
    public Tensor? num_batches_tracked { get; }

    /// <summary>Normalises each channel.</summary>
    /// <param name="input">(N, C) or (N, C, L).</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input)
    {
        if ((input.Dims.Length != 2 && input.Dims.Length != 3) || input.Dims[1] != num_features)
        {
            throw new ArgumentException($"BatchNorm1d: expected input (N, {num_features}) or (N, {num_features}, L) but got {Shape.Format(input.Dims)}.", nameof(input));
        }

        var n = input.Dims[0];
        var c = (int)num_features;
        var l = input.Dims.Length == 3 ? input.Dims[2] : 1;
        var batchStats = training || running_mean is null;
        if (Float64Ops.Any(input, weight, running_mean))
        {
            if (batchStats && (long)n * l < 2 && training)
            {
                throw new ArgumentException($"BatchNorm1d: expected more than one value per channel when training but got input {Shape.Format(input.Dims)}.", nameof(input));
            }

            var update = training && running_mean is not null;
            if (update && num_batches_tracked is not null)
            {
                num_batches_tracked.SpanI64[0] += 1;
            }

            return Float64Ops.BatchNorm(input, running_mean, running_var, weight, bias, batchStats, update, momentum, eps);
        }
        var mean = new float[c];
        var invstd = new float[c];
        if (batchStats)
        {
            if ((long)n * l < 2 && training)
            {
                throw new ArgumentException($"BatchNorm1d: expected more than one value per channel when training but got input {Shape.Format(input.Dims)}.", nameof(input));
            }

            var muArr = new double[c];
            var varArr = new double[c];
            BatchNormKernel.Statistics(input.Span, n, c, l, muArr, varArr);
            var m = (long)n * l;
            for (var ch = 0; ch < c; ch++)
            {
                mean[ch] = (float)muArr[ch];
                invstd[ch] = (float)(1.0 / Math.Sqrt(varArr[ch] + eps));
            }

            if (training && running_mean is not null)
            {
                // PyTorch: running = momentum·batch + (1 − momentum)·running, with the unbiased variance.
                var rm = running_mean.Span;
                var rv = running_var!.Span;
                for (var ch = 0; ch < c; ch++)
                {
                    rm[ch] = (float)((momentum * muArr[ch]) + ((1 - momentum) * rm[ch]));
                    rv[ch] = (float)((momentum * varArr[ch] * m / Math.Max(m - 1, 1)) + ((1 - momentum) * rv[ch]));
                }

                num_batches_tracked!.SpanI64[0] += 1;
            }
        }
        else
        {
            var rm = running_mean!.Span;
            var rv = running_var!.Span;
            for (var ch = 0; ch < c; ch++)
            {
                mean[ch] = rm[ch];
                invstd[ch] = (float)(1.0 / Math.Sqrt(rv[ch] + eps));
            }
        }

        var scale = new float[c];
        var shift = new float[c];
        for (var ch = 0; ch < c; ch++)
        {
            var w = weight is null ? 1f : weight.Data[ch];
            scale[ch] = invstd[ch] * w;
            shift[ch] = (bias is null ? 0f : bias.Data[ch]) - (mean[ch] * scale[ch]);
        }

        var y = Tensor.Empty(input.Dims);
        BatchNormKernel.Transform(input.Span, n, c, l, scale, shift, y.Span);
        Tensor[] inputs = weight is null ? [input] : [input, weight, bias!];
        if (!Engine.NeedsGrad(inputs))
        {
            return y;
        }

        var gamma = weight;
        var beta = bias;
        return Engine.Record(
            y,
            "NativeBatchNormBackward",
            g =>
            {
                var gx = input.RequiresGradFlag ? Tensor.Empty(input.Dims) : null;
                var sumG = new float[c];
                var dot = new float[c];
                BatchNormKernel.Backward(input.Span, g.Span, n, c, l, mean, invstd, gamma is null ? default : gamma.Span, batchStats, gx is null ? default : gx.Span, sumG, dot);
                if (gx is not null)
                {
                    Engine.AccumulateOwned(input, gx);
                }

                if (gamma is not null && gamma.RequiresGradFlag)
                {
                    var dw = Tensor.Empty(gamma.Dims);
                    for (var ch = 0; ch < c; ch++)
                    {
                        dw.Data[ch] = dot[ch] * invstd[ch];
                    }

                    Engine.Accumulate(gamma, dw);
                }

                if (beta is not null && beta.RequiresGradFlag)
                {
                    Engine.Accumulate(beta, new Tensor(sumG, (int[])beta.Dims.Clone()));
                }
            },
            inputs);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"{num_features}, eps={eps}, momentum={momentum}, affine={weight is not null}, track_running_stats={running_mean is not null}";
}

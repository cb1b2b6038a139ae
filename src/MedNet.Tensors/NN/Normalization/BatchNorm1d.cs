// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Batch normalisation over (N, C) or (N, C, L) per channel, with running statistics, like <c>torch.nn.BatchNorm1d</c>.</summary>
/// <remarks>
/// Training: y = (x − μ_B) / √(σ²_B + eps) · γ + β with the biased batch variance; running_mean ← (1 − momentum)·running_mean + momentum·μ_B,
/// running_var ← (1 − momentum)·running_var + momentum·σ²_B·n/(n − 1). Eval: the running statistics replace μ_B, σ²_B.
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
            num_batches_tracked = register_buffer("num_batches_tracked", torch.zeros());
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

    /// <summary>Number of training batches seen (a float32 scalar here; int64 in PyTorch).</summary>
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

        int[] dims = input.Dims.Length == 3 ? [0, 2] : [0];
        long[] statShape = input.Dims.Length == 3 ? [1, num_features, 1] : [1, num_features];
        Tensor mean, var;
        if (training || running_mean is null)
        {
            mean = input.mean(dims, keepdim: true);
            var centred = input - mean;
            var = centred.square().mean(dims, keepdim: true);
            if (training && running_mean is not null)
            {
                var n = input.NumelInt / (int)num_features;
                using (torch.no_grad())
                {
                    var m = (float)momentum;
                    running_mean.mul_(1f - m).add_(mean.detach().reshape(num_features), m);
                    running_var!.mul_(1f - m).add_(var.detach().reshape(num_features) * ((float)n / Math.Max(n - 1, 1)), m);
                    num_batches_tracked!.Data[0] += 1f;
                }
            }

            var normalised = centred / (var + (float)eps).sqrt();
            return Affine(normalised, statShape);
        }

        mean = running_mean.reshape(statShape);
        var = running_var!.reshape(statShape);
        return Affine((input - mean) / (var + (float)eps).sqrt(), statShape);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"{num_features}, eps={eps}, momentum={momentum}, affine={weight is not null}, track_running_stats={running_mean is not null}";

    private Tensor Affine(Tensor normalised, long[] statShape) =>
        weight is null ? normalised : (normalised * weight.reshape(statShape)) + bias!.reshape(statShape);
}

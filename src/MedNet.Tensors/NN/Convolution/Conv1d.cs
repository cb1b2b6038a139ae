// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>1-D convolution over (N, C_in, L) with stride, zero padding, dilation and groups, like <c>torch.nn.Conv1d</c>.</summary>
/// <remarks>
/// out[n, o, t] = b[o] + Σ_c Σ_k W[o, c, k] · x[n, g·C_in/groups + c, t·stride + k·dilation − padding] (cross-correlation).
/// Init: W, b ~ U(±1/√(C_in/groups · K)). For causal (left) padding use <c>functional.pad(x, (left, 0))</c> or
/// <see cref="Functional"/> with padLeft/padRight. Backward: see <see cref="Conv1dKernel"/>.
/// </remarks>
public sealed class Conv1d : Module<Tensor, Tensor>, IWeighted
{
    /// <summary>Creates the layer and initialises it from the default generator.</summary>
    /// <param name="in_channels">C_in, divisible by groups.</param>
    /// <param name="out_channels">C_out, divisible by groups.</param>
    /// <param name="kernel_size">K, ≥ 1.</param>
    /// <param name="stride">Stride, ≥ 1. Default: 1.</param>
    /// <param name="padding">Zeros on both sides, ≥ 0. Default: 0.</param>
    /// <param name="dilation">Tap spacing, ≥ 1. Default: 1.</param>
    /// <param name="groups">Channel groups (groups = C_in is depthwise). Default: 1.</param>
    /// <param name="bias">Learn a bias. Default: true.</param>
    public Conv1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long dilation = 1, long groups = 1, bool bias = true)
    {
        if (groups < 1 || in_channels % groups != 0 || out_channels % groups != 0 || kernel_size < 1 || stride < 1 || dilation < 1 || padding < 0)
        {
            throw new ArgumentException($"Conv1d: expected in_channels ({in_channels}) and out_channels ({out_channels}) divisible by groups ({groups}), kernel_size, stride, dilation ≥ 1 and padding ≥ 0 but got kernel_size={kernel_size}, stride={stride}, dilation={dilation}, padding={padding}.");
        }

        this.in_channels = in_channels;
        this.out_channels = out_channels;
        this.kernel_size = kernel_size;
        this.stride = stride;
        this.padding = padding;
        this.dilation = dilation;
        this.groups = groups;
        weight = register_parameter("weight", torch.empty(out_channels, in_channels / groups, kernel_size));
        this.bias = bias ? register_parameter("bias", torch.empty(out_channels)) : null;
        InitMath.ResetLinearLike(weight, this.bias);
    }

    /// <summary>C_in.</summary>
    public long in_channels { get; }

    /// <summary>C_out.</summary>
    public long out_channels { get; }

    /// <summary>K.</summary>
    public long kernel_size { get; }

    /// <summary>Stride.</summary>
    public long stride { get; }

    /// <summary>Symmetric zero padding.</summary>
    public long padding { get; }

    /// <summary>Dilation.</summary>
    public long dilation { get; }

    /// <summary>Groups.</summary>
    public long groups { get; }

    /// <summary>Weight (C_out, C_in/groups, K); weight_norm replaces it before each forward.</summary>
    public Tensor weight { get; set; }

    /// <summary>Bias (C_out) or null.</summary>
    public Tensor? bias { get; set; }

    /// <summary>Applies the convolution.</summary>
    /// <param name="input">(N, C_in, L) or (C_in, L).</param>
    /// <returns>(N, C_out, L_out) with L_out = ⌊(L + 2·padding − dilation·(K − 1) − 1)/stride⌋ + 1.</returns>
    public override Tensor forward(Tensor input) => Functional(input, weight, bias, (int)stride, (int)padding, (int)padding, (int)dilation, (int)groups);

    /// <inheritdoc/>
    public override string extra_repr() => $"{in_channels}, {out_channels}, kernel_size=({kernel_size},), stride=({stride},), padding=({padding},), dilation=({dilation},), groups={groups}, bias={bias is not null}";

    /// <summary>Functional convolution with separate left/right zero padding (left only = causal).</summary>
    internal static Tensor Functional(Tensor input, Tensor weight, Tensor? bias, int stride, int padLeft, int padRight, int dilation, int groups)
    {
        if (Float64Ops.Any(input, weight, bias))
        {
            return Float64Ops.Conv1d(input, weight, bias, stride, padLeft, padRight, dilation, groups);
        }

        if (input.Dims.Length == 2)
        {
            return Functional(input.unsqueeze(0), weight, bias, stride, padLeft, padRight, dilation, groups).squeeze(0);
        }

        if (weight.Dims.Length != 3)
        {
            throw new ArgumentException($"conv1d: expected weight (C_out, C_in/groups, K) but got {Shape.Format(weight.Dims)}.", nameof(weight));
        }

        var cin = weight.Dims[1] * groups;
        if (input.Dims.Length != 3 || input.Dims[1] != cin)
        {
            throw new ArgumentException($"conv1d: expected input (N, {cin}, L) or ({cin}, L) but got {Shape.Format(input.Dims)}; channels must be axis 1 (NCL layout).", nameof(input));
        }

        var geo = new Conv1dGeometry(input.Dims[0], cin, input.Dims[2], weight.Dims[0], weight.Dims[2], stride, padLeft, padRight, dilation, groups);
        if (geo.Lout < 1)
        {
            throw new ArgumentException($"conv1d: expected (padded) input length ≥ dilation·(K − 1) + 1 = {(dilation * (geo.K - 1)) + 1} but got {geo.L + padLeft + padRight} for input {Shape.Format(input.Dims)}.", nameof(input));
        }

        var y = Tensor.Empty([geo.N, geo.Cout, geo.Lout]);
        Conv1dKernel.Forward(geo, input.Span, weight.Span, bias is null ? default : bias.Span, y.Span);
        Tensor[] inputs = bias is null ? [input, weight] : [input, weight, bias];
        return Engine.Record(
            y,
            "ConvolutionBackward",
            g =>
            {
                if (input.RequiresGradFlag)
                {
                    var gx = Tensor.Empty(input.Dims);
                    Conv1dKernel.BackwardInput(geo, g.Span, weight.Span, gx.Span);
                    Engine.AccumulateOwned(input, gx);
                }

                var needW = weight.RequiresGradFlag;
                var needB = bias is not null && bias.RequiresGradFlag;
                if (needW || needB)
                {
                    var gw = needW ? Tensor.Zeros(weight.Dims) : null;
                    var gb = needB ? Tensor.Zeros(bias!.Dims) : null;
                    Conv1dKernel.BackwardWeight(geo, input.Span, g.Span, gw is null ? default : gw.Span, gb is null ? default : gb.Span);
                    if (gw is not null)
                    {
                        Engine.Accumulate(weight, gw);
                    }

                    if (gb is not null)
                    {
                        Engine.Accumulate(bias!, gb);
                    }
                }
            },
            inputs);
    }
}

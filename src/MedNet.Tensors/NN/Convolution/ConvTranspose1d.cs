// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Transposed 1-D convolution (the adjoint of Conv1d), like <c>torch.nn.ConvTranspose1d</c>.</summary>
/// <remarks>
/// y = Conv1dᵀ(x) + b with weight (C_in, C_out/groups, K); L_out = (L − 1)·stride − 2·padding + dilation·(K − 1) + output_padding + 1.
/// Forward is Conv1d's input-gradient kernel; backward uses Conv1d's forward (for dx) and weight-gradient kernels.
/// Init: W, b ~ U(±1/√(C_out/groups · K)) (PyTorch computes fan_in from weight.size(1)).
/// </remarks>
public sealed class ConvTranspose1d : Module<Tensor, Tensor>, IWeighted
{
    /// <summary>Creates the layer and initialises it from the default generator.</summary>
    /// <param name="in_channels">C_in, divisible by groups.</param>
    /// <param name="out_channels">C_out, divisible by groups.</param>
    /// <param name="kernel_size">K ≥ 1.</param>
    /// <param name="stride">Default: 1.</param>
    /// <param name="padding">Default: 0.</param>
    /// <param name="output_padding">Extra length on one side, &lt; stride. Default: 0.</param>
    /// <param name="groups">Default: 1.</param>
    /// <param name="bias">Default: true.</param>
    /// <param name="dilation">Default: 1.</param>
    public ConvTranspose1d(long in_channels, long out_channels, long kernel_size, long stride = 1, long padding = 0, long output_padding = 0, long groups = 1, bool bias = true, long dilation = 1)
    {
        if (groups < 1 || in_channels % groups != 0 || out_channels % groups != 0 || output_padding >= Math.Max(stride, dilation))
        {
            throw new ArgumentException($"ConvTranspose1d: expected channels divisible by groups ({groups}) and output_padding < stride or dilation but got in={in_channels}, out={out_channels}, output_padding={output_padding}, stride={stride}.");
        }

        this.in_channels = in_channels;
        this.out_channels = out_channels;
        this.kernel_size = kernel_size;
        this.stride = stride;
        this.padding = padding;
        this.output_padding = output_padding;
        this.groups = groups;
        this.dilation = dilation;
        weight = register_parameter("weight", torch.empty(in_channels, out_channels / groups, kernel_size));
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

    /// <summary>Padding removed from both ends.</summary>
    public long padding { get; }

    /// <summary>Extra output length.</summary>
    public long output_padding { get; }

    /// <summary>Groups.</summary>
    public long groups { get; }

    /// <summary>Dilation.</summary>
    public long dilation { get; }

    /// <summary>Weight (C_in, C_out/groups, K).</summary>
    public Tensor weight { get; set; }

    /// <summary>Bias (C_out) or null.</summary>
    public Tensor? bias { get; set; }

    /// <summary>Applies the transposed convolution.</summary>
    /// <param name="input">(N, C_in, L).</param>
    /// <returns>(N, C_out, L_out).</returns>
    public override Tensor forward(Tensor input)
    {
        if (input.Dims.Length != 3 || input.Dims[1] != in_channels)
        {
            throw new ArgumentException($"ConvTranspose1d: expected input (N, {in_channels}, L) but got {Shape.Format(input.Dims)}.", nameof(input));
        }

        if (Float64Ops.Any(input, weight, bias))
        {
            return Float64Ops.ConvTranspose1d(input, weight, bias, (int)stride, (int)padding, (int)output_padding, (int)dilation, (int)groups);
        }

        var n = input.Dims[0];
        var l = input.Dims[2];
        var lout = ((l - 1) * (int)stride) - (2 * (int)padding) + ((int)dilation * ((int)kernel_size - 1)) + (int)output_padding + 1;
        // The conv whose input-gradient this is: input (N, C_out, L_out) → output (N, C_in, L); right padding p − output_padding makes its L_out equal L.
        var geo = new Conv1dGeometry(n, (int)out_channels, lout, (int)in_channels, (int)kernel_size, (int)stride, (int)padding, (int)padding - (int)output_padding, (int)dilation, (int)groups);
        var y = Tensor.Empty([n, (int)out_channels, lout]);
        var x = input;
        var w = weight;
        var b = bias;
        Conv1dKernel.BackwardInput(geo, x.Span, w.Span, y.Span);
        if (b is not null)
        {
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < out_channels; c++)
                {
                    System.Numerics.Tensors.TensorPrimitives.Add(y.Span.Slice(((i * (int)out_channels) + c) * lout, lout), b.Data[c], y.Span.Slice(((i * (int)out_channels) + c) * lout, lout));
                }
            }
        }

        Tensor[] inputs = b is null ? [x, w] : [x, w, b];
        return Engine.Record(
            y,
            "ConvolutionBackward",
            g =>
            {
                if (x.RequiresGradFlag)
                {
                    var gx = Tensor.Empty(x.Dims);
                    Conv1dKernel.Forward(geo, g.Span, w.Span, default, gx.Span);
                    Engine.Accumulate(x, gx);
                }

                if (w.RequiresGradFlag)
                {
                    var gw = Tensor.Zeros(w.Dims);
                    Conv1dKernel.BackwardWeight(geo, g.Span, x.Span, gw.Span, default);
                    Engine.Accumulate(w, gw);
                }

                if (b is not null && b.RequiresGradFlag)
                {
                    Engine.Accumulate(b, g.sum([0, 2]));
                }
            },
            inputs);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"{in_channels}, {out_channels}, kernel_size=({kernel_size},), stride=({stride},), padding=({padding},), output_padding=({output_padding},)";
}

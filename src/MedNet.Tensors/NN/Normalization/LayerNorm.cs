// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Normalises over the trailing dimensions given by normalized_shape, like <c>torch.nn.LayerNorm</c>.</summary>
/// <remarks>y = (x − E[x]) / √(Var[x] + eps) · γ + β, biased variance; γ = 1, β = 0 initially. Kernel: <see cref="LayerNormKernel"/>.</remarks>
public sealed class LayerNorm : Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    /// <param name="normalized_shape">Trailing sizes to normalise over, e.g. [E].</param>
    /// <param name="eps">Added to the variance. Default: 1e-5.</param>
    /// <param name="elementwise_affine">Learn γ and β. Default: true.</param>
    public LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true)
    {
        this.normalized_shape = normalized_shape;
        this.eps = eps;
        if (elementwise_affine)
        {
            weight = register_parameter("weight", torch.ones(normalized_shape));
            bias = register_parameter("bias", torch.zeros(normalized_shape));
        }
    }

    /// <inheritdoc cref="LayerNorm(long[], double, bool)"/>
    public LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true)
        : this([normalized_shape], eps, elementwise_affine)
    {
    }

    /// <summary>Trailing sizes normalised over.</summary>
    public long[] normalized_shape { get; }

    /// <summary>Variance epsilon.</summary>
    public double eps { get; }

    /// <summary>γ or null.</summary>
    public Tensor? weight { get; }

    /// <summary>β or null.</summary>
    public Tensor? bias { get; }

    /// <summary>Applies layer normalisation.</summary>
    /// <param name="input">(…, *normalized_shape).</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => Functional(input, normalized_shape, weight, bias, eps);

    /// <inheritdoc/>
    public override string extra_repr() => $"({string.Join(", ", normalized_shape)},), eps={eps}, elementwise_affine={weight is not null}";

    internal static Tensor Functional(Tensor x, long[] normalizedShape, Tensor? weight, Tensor? bias, double eps)
    {
        var d = 1;
        var k = normalizedShape.Length;
        for (var i = 0; i < k; i++)
        {
            if (x.Dims.Length < k || x.Dims[x.Dims.Length - k + i] != normalizedShape[i])
            {
                throw new ArgumentException($"layer_norm: expected input (…, {string.Join(", ", normalizedShape)}) but got {Shape.Format(x.Dims)}.", nameof(x));
            }

            d *= (int)normalizedShape[i];
        }

        if (Float64Ops.Any(x, weight, bias))
        {
            return Float64Ops.LayerNorm(x, k, weight, bias, eps);
        }

        var rows = x.NumelInt / d;
        var y = Tensor.Empty(x.Dims);
        var mean = new float[rows];
        var rstd = new float[rows];
        LayerNormKernel.Forward(x.Span, weight is null ? default : weight.Span, bias is null ? default : bias.Span, y.Span, mean, rstd, rows, d, (float)eps);
        Tensor[] inputs = weight is null ? [x] : [x, weight, bias!];
        return Engine.Record(
            y,
            "NativeLayerNormBackward",
            g =>
            {
                var gx = x.RequiresGradFlag ? Tensor.Empty(x.Dims) : null;
                var gw = weight is not null && weight.RequiresGradFlag ? Tensor.Zeros(weight.Dims) : null;
                var gb = bias is not null && bias.RequiresGradFlag ? Tensor.Zeros(bias.Dims) : null;
                LayerNormKernel.Backward(x.Span, weight is null ? default : weight.Span, g.Span, mean, rstd, gx is null ? default : gx.Span, gw is null ? default : gw.Span, gb is null ? default : gb.Span, rows, d);
                if (gx is not null)
                {
                    Engine.Accumulate(x, gx);
                }

                if (gw is not null)
                {
                    Engine.Accumulate(weight!, gw);
                }

                if (gb is not null)
                {
                    Engine.Accumulate(bias!, gb);
                }
            },
            inputs);
    }
}

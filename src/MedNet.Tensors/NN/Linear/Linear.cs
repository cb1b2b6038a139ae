// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors.NN;

/// <summary>Affine map y = x·Wᵀ + b over the last dimension, like <c>torch.nn.Linear</c>.</summary>
/// <remarks>Init: W, b ~ U(±1/√in_features) (kaiming_uniform a = √5). Backward: dx = dy·W, dW = dyᵀ·x, db = Σ dy.</remarks>
public sealed class Linear : Module<Tensor, Tensor>, IWeighted
{
    /// <summary>Creates the layer and initialises it from the default generator.</summary>
    /// <param name="in_features">Input size F_in, ≥ 1.</param>
    /// <param name="out_features">Output size F_out, ≥ 1.</param>
    /// <param name="bias">Learn an additive bias. Default: true.</param>
    public Linear(long in_features, long out_features, bool bias = true)
    {
        this.in_features = in_features;
        this.out_features = out_features;
        weight = register_parameter("weight", torch.empty(out_features, in_features));
        this.bias = bias ? register_parameter("bias", torch.empty(out_features)) : null;
        InitMath.ResetLinearLike(weight, this.bias);
    }

    /// <summary>Re-draws the weight and bias from the default generator as the constructor does (Kaiming-uniform weight, U(±1/√in) bias), like <c>Linear.reset_parameters</c>.</summary>
    public void reset_parameters() => InitMath.ResetLinearLike(weight, bias);

    /// <summary>Input size.</summary>
    public long in_features { get; }

    /// <summary>Output size.</summary>
    public long out_features { get; }

    /// <summary>Weight (F_out, F_in).</summary>
    public Tensor weight { get; set; }

    /// <summary>Bias (F_out) or null.</summary>
    public Tensor? bias { get; set; }

    /// <summary>Applies the layer.</summary>
    /// <param name="input">(…, F_in).</param>
    /// <returns>(…, F_out).</returns>
    public override Tensor forward(Tensor input) => Functional(input, weight, bias);

    /// <inheritdoc/>
    public override string extra_repr() => $"in_features={in_features}, out_features={out_features}, bias={bias is not null}";

    /// <summary>y = x·Wᵀ + b with a fused GEMM (no transposed copy of W).</summary>
    internal static Tensor Functional(Tensor input, Tensor weight, Tensor? bias)
    {
        var fin = weight.Dims[1];
        var fout = weight.Dims[0];
        if (input.Dims.Length == 0 || input.Dims[^1] != fin)
        {
            throw new ArgumentException($"linear: expected input (…, {fin}) but got {Shape.Format(input.Dims)}; the last dimension must equal in_features.", nameof(input));
        }

        if (Float64Ops.Any(input, weight, bias))
        {
            return Float64Ops.Linear(input, weight, bias);
        }

        var rows = input.NumelInt / fin;
        var outDims = (int[])input.Dims.Clone();
        outDims[^1] = fout;
        var y = Tensor.Empty(outDims);
        var small = SmallLinearKernel.Applies(fin, fout);
        if (small)
        {
            SmallLinearKernel.Forward(input.Span, weight.Span, bias is null ? default : bias.Span, y.Span, rows, fin, fout);
        }
        else
        {
            MatMulKernel.Gemm(input.Span, fin, 1, weight.Span, 1, fin, y.Span, rows, fout, fin, false);
            if (bias is not null)
            {
                AddRows(y.Span, bias.Span, rows, fout);
            }
        }

        Tensor[] inputs = bias is null ? [input, weight] : [input, weight, bias];
        return Engine.Record(
            y,
            "LinearBackward",
            g =>
            {
                if (small)
                {
                    SmallBackward(g, input, weight, bias, rows, fin, fout);
                    return;
                }

                if (input.RequiresGradFlag)
                {
                    var gx = Tensor.Empty(input.Dims);
                    MatMulKernel.Gemm(g.Span, fout, 1, weight.Span, fin, 1, gx.Span, rows, fin, fout, false);
                    Engine.Accumulate(input, gx);
                }

                if (weight.RequiresGradFlag)
                {
                    var gw = Tensor.Empty(weight.Dims);
                    MatMulKernel.Gemm(g.Span, 1, fout, input.Span, fin, 1, gw.Span, fout, fin, rows, false);
                    Engine.Accumulate(weight, gw);
                }

                if (bias is not null && bias.RequiresGradFlag)
                {
                    var gb = Tensor.Zeros(bias.Dims);
                    SumRows(g.Span, gb.Span, rows, fout);

                    Engine.Accumulate(bias, gb);
                }
            },
            inputs);
    }

    /// <summary>Backward of a tiny layer with <see cref="SmallLinearKernel"/>.</summary>
    private static void SmallBackward(Tensor g, Tensor input, Tensor weight, Tensor? bias, int rows, int fin, int fout)
    {
        if (input.RequiresGradFlag)
        {
            var gx = Tensor.Empty(input.Dims);
            SmallLinearKernel.BackwardInput(g.Span, weight.Span, gx.Span, rows, fin, fout);
            Engine.Accumulate(input, gx);
        }

        var gw = weight.RequiresGradFlag ? Tensor.Empty(weight.Dims) : null;
        var gb = bias is not null && bias.RequiresGradFlag ? Tensor.Empty(bias.Dims) : null;
        if (gw is not null || gb is not null)
        {
            SmallLinearKernel.BackwardWeight(g.Span, input.Span, gw is null ? default : gw.Span, gb is null ? default : gb.Span, rows, fin, fout);
        }

        if (gw is not null)
        {
            Engine.Accumulate(weight, gw);
        }

        if (gb is not null)
        {
            Engine.Accumulate(bias!, gb);
        }
    }

    /// <summary>y[r, :] += b for every row (scalar loop for short rows, TensorPrimitives otherwise).</summary>
    private static void AddRows(Span<float> y, ReadOnlySpan<float> b, int rows, int width)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = y.Slice(r * width, width);
            if (width < 16)
            {
                for (var j = 0; j < width; j++)
                {
                    row[j] += b[j];
                }
            }
            else
            {
                System.Numerics.Tensors.TensorPrimitives.Add(row, b, row);
            }
        }
    }

    /// <summary>acc[:] += Σ_r g[r, :].</summary>
    private static void SumRows(ReadOnlySpan<float> g, Span<float> acc, int rows, int width)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = g.Slice(r * width, width);
            if (width < 16)
            {
                for (var j = 0; j < width; j++)
                {
                    acc[j] += row[j];
                }
            }
            else
            {
                System.Numerics.Tensors.TensorPrimitives.Add(acc, row, acc);
            }
        }
    }
}

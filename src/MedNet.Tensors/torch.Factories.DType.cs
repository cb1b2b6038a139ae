// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Factories with a <c>dtype</c>, like <c>torch.zeros(size, dtype=torch.float64)</c>.</summary>
public static partial class torch
{
    /// <summary>A float64 tensor from values (copied), like TorchSharp's <c>torch.tensor(double[])</c>.</summary>
    /// <param name="data">Values, row-major.</param>
    /// <param name="shape">Sizes; default: one dimension of data.Length.</param>
    /// <param name="requires_grad">Whether to track gradients. Default: false.</param>
    /// <returns>A float64 tensor.</returns>
    public static Tensor tensor(double[] data, long[]? shape = null, bool requires_grad = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var dims = CheckedDims(data.Length, shape);
        return Tensor.FromDoubles((double[])data.Clone(), dims).requires_grad_(requires_grad);
    }

    /// <summary>An int64 tensor from values (copied): class targets or indices. Never requires grad.</summary>
    /// <param name="data">Values, row-major.</param>
    /// <param name="shape">Sizes; default: one dimension of data.Length.</param>
    /// <returns>An int64 tensor.</returns>
    public static Tensor tensor(long[] data, long[]? shape = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Tensor.FromLongs((long[])data.Clone(), CheckedDims(data.Length, shape));
    }

    /// <summary>A tensor from float values converted to <paramref name="dtype"/>.</summary>
    /// <param name="data">Values, row-major.</param>
    /// <param name="shape">Sizes, or null for one dimension.</param>
    /// <param name="dtype">Element type.</param>
    /// <param name="requires_grad">Whether to track gradients (floating dtypes only).</param>
    /// <returns>The tensor.</returns>
    public static Tensor tensor(float[] data, long[]? shape, ScalarType dtype, bool requires_grad = false) =>
        tensor(data, shape).to(dtype).requires_grad_(requires_grad);

    /// <summary>Zeros of a dtype.</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="dtype">Element type.</param>
    /// <param name="requires_grad">Whether to track gradients (floating dtypes only).</param>
    /// <returns>The tensor.</returns>
    public static Tensor zeros(long[] shape, ScalarType dtype, bool requires_grad = false) => Tensor.ZerosOf(ToDims(shape), dtype).requires_grad_(requires_grad);

    /// <summary>Like <c>torch.empty</c>: zero-filled storage of a dtype.</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="dtype">Element type.</param>
    /// <param name="requires_grad">Whether to track gradients (floating dtypes only).</param>
    /// <returns>The tensor.</returns>
    public static Tensor empty(long[] shape, ScalarType dtype, bool requires_grad = false) => zeros(shape, dtype, requires_grad);

    /// <summary>Ones of a dtype.</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="dtype">Element type.</param>
    /// <param name="requires_grad">Whether to track gradients (floating dtypes only).</param>
    /// <returns>The tensor.</returns>
    public static Tensor ones(long[] shape, ScalarType dtype, bool requires_grad = false) => full(shape, 1.0, dtype, requires_grad);

    /// <summary>A tensor filled with <paramref name="value"/> in a dtype (no float32 rounding of the value for float64).</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="value">Fill value (truncated for int64).</param>
    /// <param name="dtype">Element type.</param>
    /// <param name="requires_grad">Whether to track gradients (floating dtypes only).</param>
    /// <returns>The tensor.</returns>
    public static Tensor full(long[] shape, double value, ScalarType dtype, bool requires_grad = false)
    {
        var t = Tensor.EmptyOf(ToDims(shape), dtype);
        switch (dtype)
        {
            case ScalarType.Float64:
                t.Span64.Fill(value);
                break;
            case ScalarType.Int64:
                t.SpanI64.Fill((long)value);
                break;
            default:
                t.Span.Fill((float)value);
                break;
        }

        return t.requires_grad_(requires_grad);
    }

    /// <summary>Zeros with the shape and dtype of <paramref name="t"/>.</summary>
    /// <param name="t">Template.</param>
    /// <param name="dtype">Element type; default: t's.</param>
    /// <returns>The tensor.</returns>
    public static Tensor zeros_like(Tensor t, ScalarType dtype) => Tensor.ZerosOf(t.Dims, dtype);

    /// <summary>Ones with the shape of <paramref name="t"/> in a dtype.</summary>
    /// <param name="t">Template.</param>
    /// <param name="dtype">Element type.</param>
    /// <returns>The tensor.</returns>
    public static Tensor ones_like(Tensor t, ScalarType dtype) => full(t.shape, 1.0, dtype);

    /// <summary>Values start, start + step, … below end, in a dtype (computed in double, so float64 ranges are exact).</summary>
    /// <param name="start">First value.</param>
    /// <param name="end">Exclusive bound.</param>
    /// <param name="step">Increment, non-zero.</param>
    /// <param name="dtype">Element type.</param>
    /// <returns>A 1-D tensor.</returns>
    public static Tensor arange(double start, double end, double step, ScalarType dtype)
    {
        if (step == 0 || !double.IsFinite(step))
        {
            throw new ArgumentException($"arange: expected a finite non-zero step but got {step}.", nameof(step));
        }

        var n = Math.Max(0, (int)Math.Ceiling((end - start) / step));
        var t = Tensor.EmptyOf([n], dtype);
        for (var i = 0; i < n; i++)
        {
            var v = start + (i * step);
            switch (dtype)
            {
                case ScalarType.Float64:
                    t.Span64[i] = v;
                    break;
                case ScalarType.Int64:
                    t.SpanI64[i] = (long)v;
                    break;
                default:
                    t.Span[i] = (float)v;
                    break;
            }
        }

        return t;
    }

    /// <summary>Uniform samples in [0, 1) in a floating dtype (float64 widens the float32 stream, so seeds give the same values).</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="dtype">torch.float32 or torch.float64.</param>
    /// <returns>The tensor.</returns>
    public static Tensor rand(long[] shape, ScalarType dtype) => rand(shape).to(RequireFloat(dtype, "rand"));

    /// <summary>Standard normal samples in a floating dtype (float64 widens the float32 stream).</summary>
    /// <param name="shape">Sizes.</param>
    /// <param name="dtype">torch.float32 or torch.float64.</param>
    /// <returns>The tensor.</returns>
    public static Tensor randn(long[] shape, ScalarType dtype) => randn(shape).to(RequireFloat(dtype, "randn"));

    private static ScalarType RequireFloat(ScalarType dtype, string op) => dtype != ScalarType.Int64
        ? dtype
        : throw new ArgumentException($"{op}: expected a floating-point dtype but got int64.", nameof(dtype));

    private static int[] CheckedDims(int length, long[]? shape)
    {
        var dims = shape is null ? [length] : ToDims(shape);
        if (Shape.Numel(dims) != length)
        {
            throw new ArgumentException($"tensor: expected {Shape.Numel(dims)} values for shape {Shape.Format(dims)} but got {length}.", nameof(shape));
        }

        return dims;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Broadcasting comparisons returning float 0/1 masks (never recorded).</summary>
public sealed partial class Tensor
{
    /// <summary>1 where this == other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor eq(Tensor other) => Binary(this, other, BinaryOp.Eq, "eq");

    /// <summary>1 where this != other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor ne(Tensor other) => Binary(this, other, BinaryOp.Ne, "ne");

    /// <summary>1 where this &gt; other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor gt(Tensor other) => Binary(this, other, BinaryOp.Gt, "gt");

    /// <summary>1 where this ≥ other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor ge(Tensor other) => Binary(this, other, BinaryOp.Ge, "ge");

    /// <summary>1 where this &lt; other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor lt(Tensor other) => Binary(this, other, BinaryOp.Lt, "lt");

    /// <summary>1 where this ≤ other.</summary>
    /// <param name="other">Broadcastable tensor.</param>
    /// <returns>A 0/1 mask.</returns>
    public Tensor le(Tensor other) => Binary(this, other, BinaryOp.Le, "le");

    /// <inheritdoc cref="eq(Tensor)"/>
    public Tensor eq(float other) => eq(Scalar(other));

    /// <inheritdoc cref="ne(Tensor)"/>
    public Tensor ne(float other) => ne(Scalar(other));

    /// <inheritdoc cref="gt(Tensor)"/>
    public Tensor gt(float other) => gt(Scalar(other));

    /// <inheritdoc cref="ge(Tensor)"/>
    public Tensor ge(float other) => ge(Scalar(other));

    /// <inheritdoc cref="lt(Tensor)"/>
    public Tensor lt(float other) => lt(Scalar(other));

    /// <inheritdoc cref="le(Tensor)"/>
    public Tensor le(float other) => le(Scalar(other));

    /// <summary>True when shapes match and every element is within atol + rtol·|other|.</summary>
    /// <param name="other">Tensor to compare.</param>
    /// <param name="rtol">Relative tolerance. Default: 1e-5.</param>
    /// <param name="atol">Absolute tolerance. Default: 1e-8.</param>
    /// <returns>Whether all elements are close.</returns>
    public bool allclose(Tensor other, double rtol = 1e-5, double atol = 1e-8)
    {
        if (!Shape.SameAs(Dims, other.Dims))
        {
            return false;
        }

        if (DType != ScalarType.Float32 || other.DType != ScalarType.Float32)
        {
            var x = ConvertData(ScalarType.Float64).Span64;
            var y = other.ConvertData(ScalarType.Float64).Span64;
            for (var i = 0; i < x.Length; i++)
            {
                if (Math.Abs(x[i] - y[i]) > atol + (rtol * Math.Abs(y[i])))
                {
                    return false;
                }
            }

            return true;
        }

        var a = Span;
        var b = other.Span;
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > atol + (rtol * Math.Abs(b[i])))
            {
                return false;
            }
        }

        return true;
    }
}

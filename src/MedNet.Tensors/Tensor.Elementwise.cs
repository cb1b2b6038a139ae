// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Broadcasting element-wise arithmetic with backward.</summary>
public sealed partial class Tensor
{
    /// <summary>Element-wise sum with broadcasting, <c>a + alpha * b</c>.</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <param name="alpha">Multiplier of <paramref name="other"/>. Default: 1.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    /// <remarks>d/da = 1, d/db = alpha; gradients are summed over broadcast dimensions.</remarks>
    public Tensor add(Tensor other, float alpha = 1f) => alpha == 1f ? Binary(this, other, BinaryOp.Add, "add") : Binary(this, other * alpha, BinaryOp.Add, "add");

    /// <summary>Element-wise difference with broadcasting, <c>a - alpha * b</c>.</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <param name="alpha">Multiplier of <paramref name="other"/>. Default: 1.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    public Tensor sub(Tensor other, float alpha = 1f) => alpha == 1f ? Binary(this, other, BinaryOp.Sub, "sub") : Binary(this, other * alpha, BinaryOp.Sub, "sub");

    /// <summary>Element-wise product with broadcasting.</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    /// <remarks>d/da = b, d/db = a.</remarks>
    public Tensor mul(Tensor other) => Binary(this, other, BinaryOp.Mul, "mul");

    /// <summary>Element-wise quotient with broadcasting.</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    /// <remarks>d/da = 1/b, d/db = -a/b².</remarks>
    public Tensor div(Tensor other) => Binary(this, other, BinaryOp.Div, "div");

    /// <summary>Element-wise maximum with broadcasting (gradient goes to the larger input; ties to this one).</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    public Tensor maximum(Tensor other) => Binary(this, other, BinaryOp.Max, "maximum");

    /// <summary>Element-wise minimum with broadcasting (gradient goes to the smaller input; ties to this one).</summary>
    /// <param name="other">Tensor broadcastable with this one.</param>
    /// <returns>A tensor of the broadcast shape.</returns>
    public Tensor minimum(Tensor other) => Binary(this, other, BinaryOp.Min, "minimum");

    /// <summary>Adds a scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar.</param>
    /// <returns><c>a + b</c>.</returns>
    public static Tensor operator +(Tensor a, float b) => Affine(a, 1f, b);

    /// <inheritdoc cref="op_Addition(Tensor, float)"/>
    public static Tensor operator +(float b, Tensor a) => Affine(a, 1f, b);

    /// <summary>Subtracts a scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar.</param>
    /// <returns><c>a - b</c>.</returns>
    public static Tensor operator -(Tensor a, float b) => Affine(a, 1f, -b);

    /// <summary>Scalar minus tensor.</summary>
    /// <param name="b">Scalar.</param>
    /// <param name="a">Tensor.</param>
    /// <returns><c>b - a</c>.</returns>
    public static Tensor operator -(float b, Tensor a) => Affine(a, -1f, b);

    /// <summary>Multiplies by a scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar.</param>
    /// <returns><c>a * b</c>.</returns>
    public static Tensor operator *(Tensor a, float b) => Affine(a, b, 0f);

    /// <inheritdoc cref="op_Multiply(Tensor, float)"/>
    public static Tensor operator *(float b, Tensor a) => Affine(a, b, 0f);

    /// <summary>Divides by a scalar.</summary>
    /// <param name="a">Tensor.</param>
    /// <param name="b">Scalar, non-zero.</param>
    /// <returns><c>a / b</c>.</returns>
    public static Tensor operator /(Tensor a, float b) => a.IsF64 ? AffineF64(a, 1.0 / b, 0) : Affine(a, 1f / b, 0f);

    /// <summary>Scalar divided by tensor.</summary>
    /// <param name="b">Scalar.</param>
    /// <param name="a">Tensor.</param>
    /// <returns><c>b / a</c>.</returns>
    public static Tensor operator /(float b, Tensor a) => Binary(Scalar(b), a, BinaryOp.Div, "div");

    /// <summary>Broadcasting sum.</summary>
    /// <param name="a">Left operand.</param>
    /// <param name="b">Right operand.</param>
    /// <returns><c>a + b</c>.</returns>
    public static Tensor operator +(Tensor a, Tensor b) => a.add(b);

    /// <summary>Broadcasting difference.</summary>
    /// <param name="a">Left operand.</param>
    /// <param name="b">Right operand.</param>
    /// <returns><c>a - b</c>.</returns>
    public static Tensor operator -(Tensor a, Tensor b) => a.sub(b);

    /// <summary>Broadcasting product.</summary>
    /// <param name="a">Left operand.</param>
    /// <param name="b">Right operand.</param>
    /// <returns><c>a * b</c>.</returns>
    public static Tensor operator *(Tensor a, Tensor b) => a.mul(b);

    /// <summary>Broadcasting quotient.</summary>
    /// <param name="a">Left operand.</param>
    /// <param name="b">Right operand.</param>
    /// <returns><c>a / b</c>.</returns>
    public static Tensor operator /(Tensor a, Tensor b) => a.div(b);

    /// <summary>Negation.</summary>
    /// <param name="a">Operand.</param>
    /// <returns><c>-a</c>.</returns>
    public static Tensor operator -(Tensor a) => Affine(a, -1f, 0f);

    /// <summary>Negation.</summary>
    /// <returns><c>-this</c>.</returns>
    public Tensor neg() => -this;

    /// <summary>Computes <c>scale * a + shift</c> element-wise.</summary>
    internal static Tensor Affine(Tensor a, float scale, float shift)
    {
        if (a.DType != ScalarType.Float32)
        {
            return a.IsF64 ? AffineF64(a, scale, shift) : throw DTypes.NoKernel(a);
        }

        var r = Empty(a.Dims);
        if (shift == 0f)
        {
            TensorPrimitives.Multiply(a.Span, scale, r.Span);
        }
        else if (scale == 1f)
        {
            TensorPrimitives.Add(a.Span, shift, r.Span);
        }
        else
        {
            TensorPrimitives.Multiply(a.Span, scale, r.Span);
            TensorPrimitives.Add(r.Span, shift, r.Span);
        }

        if (!Engine.NeedsGrad(a))
        {
            return r;
        }

        return Engine.Record(r, "AffineBackward", g => Engine.Accumulate(a, scale == 1f ? g : g * scale), a);
    }

    internal static Tensor Binary(Tensor a, Tensor b, BinaryOp op, string name)
    {
        if (a.DType != ScalarType.Float32 || b.DType != ScalarType.Float32)
        {
            return BinaryF64(a, b, op, name);
        }

        var outDims = Shape.SameAs(a.Dims, b.Dims) ? a.Dims : Shape.Broadcast(a.Dims, b.Dims, name);
        var r = Empty(outDims);
        BroadcastKernel.Run(op, a.Span, a.Dims, b.Span, b.Dims, r.Span, outDims);
        if (op >= BinaryOp.Eq || !Engine.NeedsGrad(a, b))
        {
            return r;
        }

        return Engine.Record(r, name + "Backward", g => BinaryBackward(op, a, b, r, g), a, b);
    }

    /// <summary>The float64 (or promoted float32 × float64) branch of <see cref="Binary"/>.</summary>
    private static Tensor BinaryF64(Tensor a, Tensor b, BinaryOp op, string name)
    {
        if (op >= BinaryOp.Eq && (a.DType == ScalarType.Int64 || b.DType == ScalarType.Int64))
        {
            return CompareInt64(a, b, op, name);
        }

        (a, b) = Promote(a, b, name);
        var outDims = Shape.SameAs(a.Dims, b.Dims) ? a.Dims : Shape.Broadcast(a.Dims, b.Dims, name);
        var r = EmptyOf(outDims, ScalarType.Float64);
        BroadcastF64(op, a, b, r);
        if (op >= BinaryOp.Eq || !Engine.NeedsGrad(a, b))
        {
            return r;
        }

        return Engine.Record(r, name + "Backward", g => BinaryBackward(op, a, b, r, g), a, b);
    }

    /// <summary>A gradient just computed at full size, summed to <paramref name="dims"/>; the full-size temporary goes back to the pool at once when the sum is a new tensor.</summary>
    private static Tensor SumToOwned(Tensor full, int[] dims)
    {
        var summed = full.SumTo(dims);
        if (!ReferenceEquals(summed, full))
        {
            full.Dispose();
        }

        return summed;
    }

    private static void BinaryBackward(BinaryOp op, Tensor a, Tensor b, Tensor r, Tensor g)
    {
        switch (op)
        {
            case BinaryOp.Add:
                Engine.Accumulate(a, g.SumTo(a.Dims));
                Engine.Accumulate(b, g.SumTo(b.Dims));
                break;
            case BinaryOp.Sub:
                Engine.Accumulate(a, g.SumTo(a.Dims));
                if (b.RequiresGradFlag)
                {
                    Engine.Accumulate(b, (-g).SumTo(b.Dims));
                }

                break;
            case BinaryOp.Mul:
                if (a.RequiresGradFlag)
                {
                    Engine.AccumulateOwned(a, SumToOwned(g * b, a.Dims));
                }

                if (b.RequiresGradFlag)
                {
                    Engine.AccumulateOwned(b, SumToOwned(g * a, b.Dims));
                }

                break;
            case BinaryOp.Div:
                if (a.RequiresGradFlag)
                {
                    Engine.AccumulateOwned(a, SumToOwned(g / b, a.Dims));
                }

                if (b.RequiresGradFlag)
                {
                    Engine.Accumulate(b, (-g * r / b).SumTo(b.Dims));
                }

                break;
            case BinaryOp.Max:
            case BinaryOp.Min:
                // Mask of elements where a won (ties go to a).
                var aWins = Binary(a, b, op == BinaryOp.Max ? BinaryOp.Ge : BinaryOp.Le, "mask");
                if (a.RequiresGradFlag)
                {
                    Engine.Accumulate(a, (g * aWins).SumTo(a.Dims));
                }

                if (b.RequiresGradFlag)
                {
                    Engine.Accumulate(b, (g * (1f - aWins)).SumTo(b.Dims));
                }

                break;
            default:
                throw new InvalidOperationException($"backward: op {op} has no gradient; expected one of Add, Sub, Mul, Div, Max, Min.");
        }
    }
}

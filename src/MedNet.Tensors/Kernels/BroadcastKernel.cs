// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Tensors.Kernels;

/// <summary>Broadcasting element-wise binary kernel: out[i] = op(a[idx_a(i)], b[idx_b(i)]).</summary>
/// <remarks>
/// The output is walked row by row over its last dimension; each row calls TensorPrimitives with span/span,
/// span/scalar or scalar/span arguments according to whether a and b are broadcast along that dimension.
/// </remarks>
internal static class BroadcastKernel
{
    private const int SmallRow = 16;

    internal static void Run(BinaryOp op, ReadOnlySpan<float> a, int[] aDims, ReadOnlySpan<float> b, int[] bDims, Span<float> dst, int[] outDims)
    {
        if (Shape.SameAs(aDims, bDims))
        {
            if (dst.Length < 64 * 1024 || op >= BinaryOp.Max)
            {
                SpanSpan(op, a, b, dst);
                return;
            }

            unsafe
            {
                fixed (float* pa = a, pb = b, pd = dst)
                {
                    var (aa, ab, ad) = ((nint)pa, (nint)pb, (nint)pd);
                    Elementwise.For(dst.Length, dst, (start, len) =>
                        SpanSpan(op, new ReadOnlySpan<float>((float*)aa + start, len), new ReadOnlySpan<float>((float*)ab + start, len), new Span<float>((float*)ad + start, len)));
                }
            }

            return;
        }

        if (b.Length == 1 && Shape.Numel(outDims) == a.Length)
        {
            SpanScalar(op, a, b[0], dst);
            return;
        }

        if (a.Length == 1 && Shape.Numel(outDims) == b.Length)
        {
            ScalarSpan(op, a[0], b, dst);
            return;
        }

        var rank = outDims.Length;
        var sa = Shape.BroadcastStrides(aDims, outDims);
        var sb = Shape.BroadcastStrides(bDims, outDims);
        var inner = outDims[rank - 1];
        var rows = inner == 0 ? 0 : dst.Length / inner;
        var idx = new int[rank];
        int offA = 0, offB = 0;
        for (var row = 0; row < rows; row++)
        {
            var d = dst.Slice(row * inner, inner);
            var ia = sa[rank - 1];
            var ib = sb[rank - 1];
            if (inner < SmallRow)
            {
                // Short rows (DTAAD's d_model = 2): a scalar loop beats a TensorPrimitives call per row.
                for (int j = 0, pa = offA, pb = offB; j < inner; j++, pa += ia, pb += ib)
                {
                    d[j] = Apply(op, a[pa], b[pb]);
                }
            }
            else if (ia == 1 && ib == 1)
            {
                SpanSpan(op, a.Slice(offA, inner), b.Slice(offB, inner), d);
            }
            else if (ia == 1)
            {
                SpanScalar(op, a.Slice(offA, inner), b[offB], d);
            }
            else if (ib == 1)
            {
                ScalarSpan(op, a[offA], b.Slice(offB, inner), d);
            }
            else
            {
                d.Fill(Apply(op, a[offA], b[offB]));
            }

            for (var k = rank - 2; k >= 0; k--)
            {
                idx[k]++;
                offA += sa[k];
                offB += sb[k];
                if (idx[k] < outDims[k])
                {
                    break;
                }

                offA -= sa[k] * idx[k];
                offB -= sb[k] * idx[k];
                idx[k] = 0;
            }
        }
    }

    internal static float Apply(BinaryOp op, float x, float y) => op switch
    {
        BinaryOp.Add => x + y,
        BinaryOp.Sub => x - y,
        BinaryOp.Mul => x * y,
        BinaryOp.Div => x / y,
        BinaryOp.Max => float.IsNaN(x) || x > y ? x : y,
        BinaryOp.Min => float.IsNaN(x) || x < y ? x : y,
        BinaryOp.Eq => x == y ? 1f : 0f,
        BinaryOp.Ne => x != y ? 1f : 0f,
        BinaryOp.Gt => x > y ? 1f : 0f,
        BinaryOp.Ge => x >= y ? 1f : 0f,
        BinaryOp.Lt => x < y ? 1f : 0f,
        BinaryOp.Le => x <= y ? 1f : 0f,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, $"BroadcastKernel: unknown op; expected one of {string.Join(", ", Enum.GetNames<BinaryOp>())}."),
    };

    private static void SpanSpan(BinaryOp op, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> d)
    {
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(a, b, d); break;
            case BinaryOp.Sub: TensorPrimitives.Subtract(a, b, d); break;
            case BinaryOp.Mul: TensorPrimitives.Multiply(a, b, d); break;
            case BinaryOp.Div: TensorPrimitives.Divide(a, b, d); break;
            default:
                for (var i = 0; i < d.Length; i++)
                {
                    d[i] = Apply(op, a[i], b[i]);
                }

                break;
        }
    }

    private static void SpanScalar(BinaryOp op, ReadOnlySpan<float> a, float b, Span<float> d)
    {
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(a, b, d); break;
            case BinaryOp.Sub: TensorPrimitives.Subtract(a, b, d); break;
            case BinaryOp.Mul: TensorPrimitives.Multiply(a, b, d); break;
            case BinaryOp.Div: TensorPrimitives.Divide(a, b, d); break;
            default:
                for (var i = 0; i < d.Length; i++)
                {
                    d[i] = Apply(op, a[i], b);
                }

                break;
        }
    }

    private static void ScalarSpan(BinaryOp op, float a, ReadOnlySpan<float> b, Span<float> d)
    {
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(b, a, d); break;
            case BinaryOp.Sub: TensorPrimitives.Subtract(a, b, d); break;
            case BinaryOp.Mul: TensorPrimitives.Multiply(b, a, d); break;
            case BinaryOp.Div: TensorPrimitives.Divide(a, b, d); break;
            default:
                for (var i = 0; i < d.Length; i++)
                {
                    d[i] = Apply(op, a, b[i]);
                }

                break;
        }
    }
}

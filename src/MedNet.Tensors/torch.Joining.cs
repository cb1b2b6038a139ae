// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Joining and selecting: cat, stack, where.</summary>
public static partial class torch
{
    /// <summary>Concatenates tensors along an existing dimension.</summary>
    /// <param name="tensors">Tensors with equal sizes except along <paramref name="dim"/>.</param>
    /// <param name="dim">Dimension. Default: 0.</param>
    /// <returns>The concatenation.</returns>
    public static Tensor cat(IList<Tensor> tensors, int dim = 0)
    {
        if (tensors.Count == 0)
        {
            throw new ArgumentException("cat: expected at least one tensor but got none.", nameof(tensors));
        }

        var first = tensors[0];
        var ax = Shape.NormalizeDim(dim, first.Dims.Length, "cat");
        var dims = (int[])first.Dims.Clone();
        dims[ax] = 0;
        foreach (var t in tensors)
        {
            for (var i = 0; i < dims.Length; i++)
            {
                if (t.Dims.Length != dims.Length || (i != ax && t.Dims[i] != first.Dims[i]))
                {
                    throw new ArgumentException($"cat: expected shapes equal except in dim {dim} but got {Shape.Format(first.Dims)} and {Shape.Format(t.Dims)}.", nameof(tensors));
                }
            }

            dims[ax] += t.Dims[ax];
        }

        var (outer, total, inner) = ReduceKernel.Split(dims, ax);
        foreach (var t in tensors)
        {
            if (t.DType != ScalarType.Float32)
            {
                return CatOther(tensors, ax, dims, outer, total, inner);
            }
        }

        var r = Tensor.Empty(dims);
        var offset = 0;
        foreach (var t in tensors)
        {
            var n = t.Dims[ax];
            for (var o = 0; o < outer; o++)
            {
                t.Span.Slice(o * n * inner, n * inner).CopyTo(r.Span.Slice(((o * total) + offset) * inner, n * inner));
            }

            offset += n;
        }

        var inputs = tensors.ToArray();
        return Engine.Record(
            r,
            "CatBackward",
            g =>
            {
                var off = 0;
                foreach (var t in inputs)
                {
                    var n = t.Dims[ax];
                    if (t.RequiresGradFlag)
                    {
                        var gt = Tensor.Empty(t.Dims);
                        for (var o = 0; o < outer; o++)
                        {
                            g.Span.Slice(((o * total) + off) * inner, n * inner).CopyTo(gt.Span.Slice(o * n * inner, n * inner));
                        }

                        Engine.Accumulate(t, gt);
                    }

                    off += n;
                }
            },
            inputs);
    }

    /// <summary>Stacks equal-shaped tensors along a new dimension.</summary>
    /// <param name="tensors">Tensors of one shape.</param>
    /// <param name="dim">Position of the new dimension. Default: 0.</param>
    /// <returns>The stacked tensor.</returns>
    public static Tensor stack(IList<Tensor> tensors, int dim = 0)
    {
        var parts = new Tensor[tensors.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!Shape.SameAs(tensors[i].Dims, tensors[0].Dims))
            {
                throw new ArgumentException($"stack: expected equal shapes but got {Shape.Format(tensors[0].Dims)} and {Shape.Format(tensors[i].Dims)} at index {i}.", nameof(tensors));
            }

            parts[i] = tensors[i].unsqueeze(dim);
        }

        return cat(parts, dim);
    }

    /// <summary>Chooses element-wise: condition ≠ 0 ? x : y, with broadcasting.</summary>
    /// <param name="condition">Mask (non-zero = true).</param>
    /// <param name="x">Values where true.</param>
    /// <param name="y">Values where false.</param>
    /// <returns>The selection.</returns>
    public static Tensor where(Tensor condition, Tensor x, Tensor y)
    {
        var mask = condition.ne(0f).detach();
        return (x * mask) + (y * (1f - mask));
    }

    /// <summary>Matrix product; see <see cref="Tensor.matmul"/>.</summary>
    /// <param name="a">Left operand.</param>
    /// <param name="b">Right operand.</param>
    /// <returns>The product.</returns>
    public static Tensor matmul(Tensor a, Tensor b) => a.matmul(b);

    /// <summary>cat for float64 (float32 parts are promoted, as PyTorch) and int64 (every part int64).</summary>
    private static Tensor CatOther(IList<Tensor> tensors, int ax, int[] dims, int outer, int total, int inner)
    {
        var dtype = ScalarType.Float64;
        var inputs = new Tensor[tensors.Count];
        var allLong = true;
        for (var i = 0; i < inputs.Length; i++)
        {
            allLong &= tensors[i].DType == ScalarType.Int64;
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            if (!allLong && tensors[i].DType == ScalarType.Int64)
            {
                throw new ArgumentException($"cat: expected every tensor int64 or every tensor floating-point but got {tensors[i].DType} at index {i} beside floats; convert it with to(torch.float64).", nameof(tensors));
            }

            inputs[i] = allLong ? tensors[i] : tensors[i].to(dtype);
        }

        var r = Tensor.EmptyOf(dims, allLong ? ScalarType.Int64 : dtype);
        var offset = 0;
        foreach (var t in inputs)
        {
            var n = t.Dims[ax];
            for (var o = 0; o < outer; o++)
            {
                if (allLong)
                {
                    t.SpanI64.Slice(o * n * inner, n * inner).CopyTo(r.SpanI64.Slice(((o * total) + offset) * inner, n * inner));
                }
                else
                {
                    t.Span64.Slice(o * n * inner, n * inner).CopyTo(r.Span64.Slice(((o * total) + offset) * inner, n * inner));
                }
            }

            offset += n;
        }

        if (allLong)
        {
            return r;
        }

        return Engine.Record(
            r,
            "CatBackward",
            g =>
            {
                var off = 0;
                foreach (var t in inputs)
                {
                    var n = t.Dims[ax];
                    if (t.RequiresGradFlag)
                    {
                        var gt = Tensor.EmptyOf(t.Dims, ScalarType.Float64);
                        for (var o = 0; o < outer; o++)
                        {
                            g.Span64.Slice(((o * total) + off) * inner, n * inner).CopyTo(gt.Span64.Slice(o * n * inner, n * inner));
                        }

                        Engine.AccumulateOwned(t, gt);
                    }

                    off += n;
                }
            },
            inputs);
    }
}

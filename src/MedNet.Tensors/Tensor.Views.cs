// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Shape changes: reshape, squeeze, permute, transpose, slicing, cat, stack, split.</summary>
public sealed partial class Tensor
{
    /// <summary>Same elements with a new shape; shares storage. One size may be -1 (inferred).</summary>
    /// <param name="shape">New sizes.</param>
    /// <returns>A tensor sharing this storage.</returns>
    public Tensor reshape(params long[] shape)
    {
        var dims = new int[shape.Length];
        var infer = -1;
        var known = 1;
        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] == -1)
            {
                if (infer >= 0)
                {
                    throw new ArgumentException($"reshape: expected at most one -1 but got shape ({string.Join(", ", shape)}).");
                }

                infer = i;
                continue;
            }

            dims[i] = checked((int)shape[i]);
            known *= dims[i];
        }

        if (infer >= 0)
        {
            dims[infer] = known == 0 ? 0 : NumelInt / known;
        }

        if (Shape.Numel(dims) != NumelInt)
        {
            throw new ArgumentException($"reshape: expected a shape with {NumelInt} elements but got ({string.Join(", ", shape)}) for input {Shape.Format(Dims)}.");
        }

        return ViewAs(dims);
    }

    /// <inheritdoc cref="reshape"/>
    public Tensor view(params long[] shape) => reshape(shape);

    /// <summary>Flattens dimensions start_dim..end_dim into one.</summary>
    /// <param name="start_dim">First dimension. Default: 0.</param>
    /// <param name="end_dim">Last dimension. Default: -1.</param>
    /// <returns>A tensor sharing this storage.</returns>
    public Tensor flatten(int start_dim = 0, int end_dim = -1)
    {
        if (Dims.Length == 0)
        {
            return ViewAs([1]);
        }

        var s = Shape.NormalizeDim(start_dim, Dims.Length, "flatten");
        var e = Shape.NormalizeDim(end_dim, Dims.Length, "flatten");
        var dims = new List<int>();
        for (var i = 0; i < s; i++)
        {
            dims.Add(Dims[i]);
        }

        var m = 1;
        for (var i = s; i <= e; i++)
        {
            m *= Dims[i];
        }

        dims.Add(m);
        for (var i = e + 1; i < Dims.Length; i++)
        {
            dims.Add(Dims[i]);
        }

        return ViewAs([.. dims]);
    }

    /// <summary>Inserts a size-1 dimension.</summary>
    /// <param name="dim">Position in the result (negative counts from the end).</param>
    /// <returns>A tensor sharing this storage.</returns>
    public Tensor unsqueeze(int dim)
    {
        var d = dim < 0 ? dim + Dims.Length + 1 : dim;
        var dims = new List<int>(Dims);
        dims.Insert(d, 1);
        return ViewAs([.. dims]);
    }

    /// <summary>Removes a size-1 dimension (no-op if its size is not 1).</summary>
    /// <param name="dim">Dimension to remove.</param>
    /// <returns>A tensor sharing this storage.</returns>
    public Tensor squeeze(int dim)
    {
        var d = Shape.NormalizeDim(dim, Dims.Length, "squeeze");
        if (Dims[d] != 1)
        {
            return this;
        }

        var dims = new List<int>(Dims);
        dims.RemoveAt(d);
        return ViewAs([.. dims]);
    }

    /// <summary>Reorders dimensions (copies).</summary>
    /// <param name="dims">A permutation of 0..rank-1.</param>
    /// <returns>The permuted tensor.</returns>
    public Tensor permute(params int[] dims)
    {
        if (dims.Length != Dims.Length)
        {
            throw new ArgumentException($"permute: expected {Dims.Length} dims for input {Shape.Format(Dims)} but got ({string.Join(", ", dims)}).");
        }

        var perm = new int[dims.Length];
        var seen = new bool[dims.Length];
        for (var i = 0; i < dims.Length; i++)
        {
            perm[i] = Shape.NormalizeDim(dims[i], Dims.Length, "permute");
            if (seen[perm[i]])
            {
                throw new ArgumentException($"permute: expected a permutation but got ({string.Join(", ", dims)}).");
            }

            seen[perm[i]] = true;
        }

        var r = PermuteKernel.Run(this, perm);
        var inv = new int[perm.Length];
        for (var i = 0; i < perm.Length; i++)
        {
            inv[perm[i]] = i;
        }

        var x = this;
        return Engine.Record(r, "PermuteBackward", g => Engine.Accumulate(x, PermuteKernel.Run(g, inv)), x);
    }

    /// <summary>Swaps two dimensions (copies).</summary>
    /// <param name="dim0">First dimension.</param>
    /// <param name="dim1">Second dimension.</param>
    /// <returns>The transposed tensor.</returns>
    public Tensor transpose(int dim0, int dim1)
    {
        var perm = new int[Dims.Length];
        for (var i = 0; i < perm.Length; i++)
        {
            perm[i] = i;
        }

        var a = Shape.NormalizeDim(dim0, Dims.Length, "transpose");
        var b = Shape.NormalizeDim(dim1, Dims.Length, "transpose");
        (perm[a], perm[b]) = (perm[b], perm[a]);
        return a == b ? this : permute(perm);
    }

    /// <summary>Transpose of a 2-D tensor.</summary>
    /// <returns>The transposed matrix.</returns>
    public Tensor t() => transpose(0, 1);

    /// <summary>Elements start, start+step, … before end along a dimension, like <c>x[..., start:end:step]</c>.</summary>
    /// <param name="dim">Dimension.</param>
    /// <param name="start">First index (negative counts from the end); clamped.</param>
    /// <param name="end">End index, exclusive; clamped.</param>
    /// <param name="step">Step, ≥ 1. Default: 1.</param>
    /// <returns>A copy of the slice.</returns>
    public Tensor slice(int dim, long start, long end, long step = 1)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, "slice");
        var n = Dims[ax];
        var s = (int)Math.Clamp(start < 0 ? start + n : start, 0, n);
        var e = (int)Math.Clamp(end < 0 ? end + n : end, 0, n);
        if (step < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(step), $"slice: expected step ≥ 1 but got {step}.");
        }

        var count = e > s ? (int)(((e - s - 1) / step) + 1) : 0;
        var dims = (int[])Dims.Clone();
        dims[ax] = count;
        if (IsF64)
        {
            return SliceF64(ax, s, count, (int)step, dims);
        }

        if (DType == ScalarType.Int64)
        {
            // Class targets and indices: a plain copy (int64 tensors never require grad).
            var (rows, _, width) = ReduceKernel.Split(Dims, ax);
            var copy = EmptyOf(dims, ScalarType.Int64);
            for (var o = 0; o < rows; o++)
            {
                for (var k = 0; k < count; k++)
                {
                    SpanI64.Slice(((o * n) + s + (k * (int)step)) * width, width).CopyTo(copy.SpanI64.Slice(((o * count) + k) * width, width));
                }
            }

            return copy;
        }

        var (outer, _, inner) = ReduceKernel.Split(Dims, ax);
        var r = Empty(dims);
        for (var o = 0; o < outer; o++)
        {
            for (var k = 0; k < count; k++)
            {
                Span.Slice(((o * n) + s + (k * (int)step)) * inner, inner).CopyTo(r.Span.Slice(((o * count) + k) * inner, inner));
            }
        }

        var x = this;
        return Engine.Record(
            r,
            "SliceBackward",
            g => Engine.AccumulateInto(x, gx =>
            {
                for (var o = 0; o < outer; o++)
                {
                    for (var k = 0; k < count; k++)
                    {
                        var dst = gx.Slice(((o * n) + s + (k * (int)step)) * inner, inner);
                        System.Numerics.Tensors.TensorPrimitives.Add(dst, g.Span.Slice(((o * count) + k) * inner, inner), dst);
                    }
                }
            }),
            x);
    }

    /// <summary>Length-<paramref name="length"/> slice from <paramref name="start"/>.</summary>
    /// <param name="dim">Dimension.</param>
    /// <param name="start">First index.</param>
    /// <param name="length">Number of elements.</param>
    /// <returns>A copy of the slice.</returns>
    public Tensor narrow(int dim, long start, long length) => slice(dim, start, start + length);

    /// <summary>The sub-tensor at <paramref name="index"/> along <paramref name="dim"/>, with that dimension removed.</summary>
    /// <param name="dim">Dimension.</param>
    /// <param name="index">Index (negative counts from the end).</param>
    /// <returns>A tensor of rank one less.</returns>
    public Tensor select(int dim, long index)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, "select");
        var i = index < 0 ? index + Dims[ax] : index;
        if (i < 0 || i >= Dims[ax])
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"select: expected index in [{-Dims[ax]}, {Dims[ax] - 1}] for dim {dim} of {Shape.Format(Dims)} but got {index}.");
        }

        return slice(ax, i, i + 1).squeeze(ax);
    }

    /// <summary>Splits into chunks of <paramref name="split_size"/> along a dimension (last may be smaller).</summary>
    /// <param name="split_size">Chunk size, ≥ 1.</param>
    /// <param name="dim">Dimension. Default: 0.</param>
    /// <returns>The chunks.</returns>
    public Tensor[] split(long split_size, int dim = 0)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, "split");
        var parts = new List<Tensor>();
        for (long s = 0; s < Dims[ax]; s += split_size)
        {
            parts.Add(slice(ax, s, Math.Min(s + split_size, Dims[ax])));
        }

        return [.. parts];
    }

    /// <summary>Splits into <paramref name="chunks"/> nearly equal parts along a dimension.</summary>
    /// <param name="chunks">Number of chunks, ≥ 1.</param>
    /// <param name="dim">Dimension. Default: 0.</param>
    /// <returns>The chunks.</returns>
    public Tensor[] chunk(int chunks, int dim = 0)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, "chunk");
        return split((Dims[ax] + chunks - 1) / chunks, ax);
    }

    /// <summary>Same storage viewed with new sizes; records a reshape on the tape.</summary>
    internal Tensor ViewAs(int[] dims)
    {
        var r = ShareStorage(dims);
        var x = this;
        return Engine.Record(r, "ViewBackward", g => Engine.Accumulate(x, g.ShareStorage(x.Dims)), x);
    }
}

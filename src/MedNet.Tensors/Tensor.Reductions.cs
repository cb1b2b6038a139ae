// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Reductions (sum, mean, max, min, argmax, argmin, var) with backward.</summary>
public sealed partial class Tensor
{
    /// <summary>Sum of all elements.</summary>
    /// <returns>A scalar tensor.</returns>
    /// <remarks>d/dx_i = 1.</remarks>
    public Tensor sum()
    {
        if (IsF64)
        {
            return SumAllF64();
        }

        var r = Scalar(TensorPrimitives.Sum(Span));
        var x = this;
        return Engine.Record(r, "SumBackward", g => Engine.Accumulate(x, Filled(x.Dims, g.Data[0])), x);
    }

    /// <summary>Sum along dimensions.</summary>
    /// <param name="dims">Dimensions to reduce (negative counts from the end).</param>
    /// <param name="keepdim">Keep reduced dimensions with size 1. Default: false.</param>
    /// <returns>The reduced tensor.</returns>
    public Tensor sum(int[] dims, bool keepdim = false) => ReduceDims(dims, keepdim, mean: false);

    /// <summary>Sum along one dimension.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>The reduced tensor.</returns>
    public Tensor sum(int dim, bool keepdim = false) => ReduceDims([dim], keepdim, mean: false);

    /// <summary>Mean of all elements.</summary>
    /// <returns>A scalar tensor.</returns>
    public Tensor mean() => sum() / NumelInt;

    /// <summary>Mean along dimensions.</summary>
    /// <param name="dims">Dimensions to reduce.</param>
    /// <param name="keepdim">Keep reduced dimensions with size 1. Default: false.</param>
    /// <returns>The reduced tensor.</returns>
    public Tensor mean(int[] dims, bool keepdim = false) => ReduceDims(dims, keepdim, mean: true);

    /// <summary>Mean along one dimension.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>The reduced tensor.</returns>
    public Tensor mean(int dim, bool keepdim = false) => ReduceDims([dim], keepdim, mean: true);

    /// <summary>Variance along dimensions.</summary>
    /// <param name="dims">Dimensions to reduce.</param>
    /// <param name="unbiased">Divide by n − 1 (Bessel) instead of n. Default: true.</param>
    /// <param name="keepdim">Keep reduced dimensions with size 1. Default: false.</param>
    /// <returns>The reduced tensor.</returns>
    /// <remarks>var = Σ(x − mean)² / (n − unbiased).</remarks>
    public Tensor var(int[] dims, bool unbiased = true, bool keepdim = false)
    {
        var n = 1;
        foreach (var d in dims)
        {
            n *= Dims[Shape.NormalizeDim(d, Dims.Length, "var")];
        }

        var centred = this - mean(dims, keepdim: true);
        var ss = centred.square().sum(dims, keepdim);
        return ss / Math.Max(unbiased ? n - 1 : n, 1);
    }

    /// <summary>Maximum of all elements.</summary>
    /// <returns>A scalar tensor.</returns>
    public Tensor max() => reshape(-1).max(0).values;

    /// <summary>Minimum of all elements.</summary>
    /// <returns>A scalar tensor.</returns>
    public Tensor min() => reshape(-1).min(0).values;

    /// <summary>Maximum along a dimension with the index of the first maximum.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>Values (differentiable; the gradient goes to the selected element) and int64 indices.</returns>
    public (Tensor values, Tensor indexes) max(int dim, bool keepdim = false) => Extreme(dim, keepdim, min: false);

    /// <summary>Minimum along a dimension with the index of the first minimum.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>Values and int64 indices.</returns>
    public (Tensor values, Tensor indexes) min(int dim, bool keepdim = false) => Extreme(dim, keepdim, min: true);

    /// <summary>Index of the (first) maximum along a dimension.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>int64 indices, as PyTorch.</returns>
    public Tensor argmax(int dim, bool keepdim = false) => Extreme(dim, keepdim, min: false).indexes;

    /// <summary>Index of the (first) maximum of the flattened tensor, like <c>torch.argmax(x)</c>.</summary>
    /// <returns>A scalar int64 tensor.</returns>
    public Tensor argmax() => reshape(-1).argmax(0);

    /// <summary>Index of the (first) minimum along a dimension.</summary>
    /// <param name="dim">Dimension to reduce.</param>
    /// <param name="keepdim">Keep it with size 1. Default: false.</param>
    /// <returns>int64 indices, as PyTorch.</returns>
    public Tensor argmin(int dim, bool keepdim = false) => Extreme(dim, keepdim, min: true).indexes;

    /// <summary>Index of the (first) minimum of the flattened tensor, like <c>torch.argmin(x)</c>.</summary>
    /// <returns>A scalar int64 tensor.</returns>
    public Tensor argmin() => reshape(-1).argmin(0);

    /// <summary>Sums a broadcast gradient back to <paramref name="target"/> (never recorded).</summary>
    internal Tensor SumTo(int[] target)
    {
        if (Shape.SameAs(Dims, target))
        {
            return this;
        }

        var lead = Dims.Length - target.Length;
        var dims = new List<int>();
        for (var i = 0; i < Dims.Length; i++)
        {
            if (i < lead || (target[i - lead] == 1 && Dims[i] != 1))
            {
                dims.Add(i);
            }
        }

        var r = dims.Count == 0 ? this : ReduceDims([.. dims], keepdim: true, mean: false);
        return r.ShareStorage(target);
    }

    internal static Tensor Filled(int[] dims, float value)
    {
        var t = Empty(dims);
        t.Span.Fill(value);
        return t;
    }

    private Tensor ReduceDims(int[] dims, bool keepdim, bool mean)
    {
        var axes = new bool[Dims.Length];
        foreach (var d in dims)
        {
            axes[Shape.NormalizeDim(d, Dims.Length, mean ? "mean" : "sum")] = true;
        }

        if (IsF64)
        {
            return ReduceDimsF64(axes, keepdim, mean);
        }

        var cur = this;
        var curDims = (int[])Dims.Clone();
        var count = 1;
        for (var ax = 0; ax < Dims.Length; ax++)
        {
            if (!axes[ax])
            {
                continue;
            }

            var (outer, n, inner) = ReduceKernel.Split(curDims, ax);
            curDims[ax] = 1;
            var next = Empty((int[])curDims.Clone());
            ReduceKernel.Sum(cur.Span, next.Span, outer, n, inner);
            GC.KeepAlive(cur);
            cur = next;
            count *= n;
        }

        if (ReferenceEquals(cur, this))
        {
            cur = CloneData();
        }

        if (mean && count > 0)
        {
            TensorPrimitives.Multiply(cur.Span, 1f / count, cur.Span);
        }

        var keptDims = curDims;
        var outDims = keepdim ? keptDims : DropAxes(keptDims, axes);
        var r = cur.ShareStorage(outDims);
        var x = this;
        var scale = mean ? 1f / count : 1f;
        return Engine.Record(r, mean ? "MeanBackward" : "SumBackward", g => Engine.Accumulate(x, ExpandTo(g.ShareStorage(keptDims), x.Dims, scale)), x);
    }

    private Tensor ReduceDimsF64(bool[] axes, bool keepdim, bool mean)
    {
        var cur = this;
        var curDims = (int[])Dims.Clone();
        var count = 1;
        for (var ax = 0; ax < Dims.Length; ax++)
        {
            if (!axes[ax])
            {
                continue;
            }

            var (outer, n, inner) = ReduceKernel.Split(curDims, ax);
            curDims[ax] = 1;
            var next = EmptyOf((int[])curDims.Clone(), ScalarType.Float64);
            SumAxisF64(cur.Span64, next.Span64, outer, n, inner);
            cur = next;
            count *= n;
        }

        if (ReferenceEquals(cur, this))
        {
            cur = CloneData();
        }

        var scale = mean && count > 0 ? 1.0 / count : 1.0;
        if (scale != 1.0)
        {
            TensorPrimitives.Multiply<double>(cur.Span64, scale, cur.Span64);
        }

        var keptDims = curDims;
        var r = cur.ShareStorage(keepdim ? keptDims : DropAxes(keptDims, axes));
        var x = this;
        return Engine.Record(r, mean ? "MeanBackward" : "SumBackward", g => Engine.AccumulateOwned(x, ExpandToF64(g.ShareStorage(keptDims), x.Dims, scale)), x);
    }

    private static int[] DropAxes(int[] dims, bool[] axes)
    {
        var list = new List<int>();
        for (var i = 0; i < dims.Length; i++)
        {
            if (!axes[i])
            {
                list.Add(dims[i]);
            }
        }

        return [.. list];
    }

    /// <summary>Broadcasts <paramref name="g"/> (same rank, 1 where reduced) to <paramref name="dims"/>, times <paramref name="scale"/>.</summary>
    private static Tensor ExpandTo(Tensor g, int[] dims, float scale)
    {
        var r = Empty(dims);
        BroadcastKernel.Run(BinaryOp.Mul, g.Span, g.Dims, [scale], [1], r.Span, dims);
        return r;
    }

    private (Tensor values, Tensor indexes) Extreme(int dim, bool keepdim, bool min)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, min ? "min" : "max");
        var (outer, n, inner) = ReduceKernel.Split(Dims, ax);
        if (n == 0)
        {
            throw new ArgumentException($"{(min ? "min" : "max")}: expected a non-empty dimension {dim} but got shape {Shape.Format(Dims)}.");
        }

        var kept = (int[])Dims.Clone();
        kept[ax] = 1;
        var outDims = keepdim ? kept : DropAxes(kept, AxisMask(Dims.Length, ax));
        if (IsF64)
        {
            return ExtremeF64(ax, outDims, min);
        }

        var values = new float[outer * inner];
        var idx = new int[outer * inner];
        ReduceKernel.Max(Span, values, idx, outer, n, inner, min);
        var r = new Tensor(values, outDims);
        var x = this;
        Engine.Record(
            r,
            min ? "MinBackward" : "MaxBackward",
            g =>
            {
                var gx = Zeros(x.Dims);
                for (var o = 0; o < outer; o++)
                {
                    for (var i = 0; i < inner; i++)
                    {
                        gx.Data[(((o * n) + idx[(o * inner) + i]) * inner) + i] = g.Data[(o * inner) + i];
                    }
                }

                Engine.Accumulate(x, gx);
            },
            x);
        return (r, Indices(idx, outDims));
    }

    /// <summary>Reduction indices as an int64 tensor (never requiring grad), as PyTorch's max/min/argmax/argmin return them.</summary>
    private static Tensor Indices(int[] idx, int[] dims)
    {
        var l = new long[idx.Length];
        for (var i = 0; i < idx.Length; i++)
        {
            l[i] = idx[i];
        }

        return FromLongs(l, dims);
    }

    private static bool[] AxisMask(int rank, int ax)
    {
        var m = new bool[rank];
        m[ax] = true;
        return m;
    }
}

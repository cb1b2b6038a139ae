// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Index-based gathering with backward.</summary>
public sealed partial class Tensor
{
    /// <summary>out[…, i, …] = self[…, index[…, i, …], …] along <paramref name="dim"/>, like <c>torch.gather</c>.</summary>
    /// <param name="dim">Dimension to index.</param>
    /// <param name="index">Integer-valued float tensor with this tensor's rank; sizes equal except along dim.</param>
    /// <returns>A tensor shaped like <paramref name="index"/>.</returns>
    /// <remarks>Backward scatters (adds) the gradient back to the gathered positions.</remarks>
    public Tensor gather(int dim, Tensor index)
    {
        var ax = Shape.NormalizeDim(dim, Dims.Length, "gather");
        if (index.Dims.Length != Dims.Length)
        {
            throw new ArgumentException($"gather: expected index of rank {Dims.Length} but got {Shape.Format(index.Dims)} for input {Shape.Format(Dims)}.", nameof(index));
        }

        var (outer, m, inner) = ReduceKernel.Split(index.Dims, ax);
        var n = Dims[ax];
        var src = new int[index.NumelInt];
        for (var o = 0; o < outer; o++)
        {
            for (var k = 0; k < m; k++)
            {
                for (var i = 0; i < inner; i++)
                {
                    var at = (((o * m) + k) * inner) + i;
                    var jl = IndexAt(index, at);
                    if (jl < 0 || jl >= n)
                    {
                        throw new ArgumentOutOfRangeException(nameof(index), $"gather: expected indices in [0, {n - 1}] along dim {dim} of {Shape.Format(Dims)} but got {jl} at flat position {at}.");
                    }

                    var j = (int)jl;

                    src[at] = (((o * n) + j) * inner) + i;
                }
            }
        }

        if (IsF64)
        {
            return GatherF64(src, index.Dims);
        }

        var r = Empty(index.Dims);
        for (var t = 0; t < src.Length; t++)
        {
            r.Data[t] = Data[src[t]];
        }

        var x = this;
        return Engine.Record(
            r,
            "GatherBackward",
            g =>
            {
                var gx = Zeros(x.Dims);
                for (var t = 0; t < src.Length; t++)
                {
                    gx.Data[src[t]] += g.Data[t];
                }

                Engine.Accumulate(x, gx);
            },
            x);
    }

    /// <summary>Zero- or constant-pads the last dimension: (left, right) elements, like <c>F.pad(x, (left, right))</c>.</summary>
    /// <param name="left">Elements before, ≥ 0.</param>
    /// <param name="right">Elements after, ≥ 0.</param>
    /// <param name="value">Fill value. Default: 0.</param>
    /// <returns>A tensor with the last dimension longer by left + right.</returns>
    internal Tensor PadLast(int left, int right, float value)
    {
        if (IsF64)
        {
            return PadLastF64(left, right, value);
        }

        var l = Dims[^1];
        var dims = (int[])Dims.Clone();
        dims[^1] = l + left + right;
        var rows = l == 0 ? 0 : NumelInt / l;
        var r = Filled(dims, value);
        for (var row = 0; row < rows; row++)
        {
            Span.Slice(row * l, l).CopyTo(r.Span.Slice((row * dims[^1]) + left, l));
        }

        var x = this;
        return Engine.Record(r, "ConstantPadNdBackward", g => Engine.Accumulate(x, g.slice(-1, left, left + l)), x);
    }
}

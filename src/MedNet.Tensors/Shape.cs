// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Shape arithmetic shared by tensor operations: element counts, strides, broadcasting and formatting.</summary>
internal static class Shape
{
    internal static int Numel(ReadOnlySpan<int> dims)
    {
        long n = 1;
        foreach (var d in dims)
        {
            n *= d;
        }

        if (n > int.MaxValue)
        {
            throw new ArgumentException($"Tensor: expected at most {int.MaxValue} elements but got {n} for shape {Format(dims)}.");
        }

        return (int)n;
    }

    internal static int[] Strides(ReadOnlySpan<int> dims)
    {
        var s = new int[dims.Length];
        var acc = 1;
        for (var i = dims.Length - 1; i >= 0; i--)
        {
            s[i] = acc;
            acc *= dims[i];
        }

        return s;
    }

    internal static string Format(ReadOnlySpan<int> dims)
    {
        if (dims.Length == 0)
        {
            return "()";
        }

        var sb = new System.Text.StringBuilder("(");
        for (var i = 0; i < dims.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(dims[i]);
        }

        return sb.Append(dims.Length == 1 ? ",)" : ")").ToString();
    }

    internal static int NormalizeDim(int dim, int rank, string op)
    {
        var d = dim < 0 ? dim + rank : dim;
        if (d < 0 || d >= Math.Max(rank, 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dim), $"{op}: expected dim in [{-rank}, {rank - 1}] but got {dim}.");
        }

        return d;
    }

    internal static int[] Broadcast(int[] a, int[] b, string op)
    {
        var rank = Math.Max(a.Length, b.Length);
        var r = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            var da = i - (rank - a.Length) >= 0 ? a[i - (rank - a.Length)] : 1;
            var db = i - (rank - b.Length) >= 0 ? b[i - (rank - b.Length)] : 1;
            if (da != db && da != 1 && db != 1)
            {
                throw new ArgumentException($"{op}: expected broadcastable shapes but got {Format(a)} and {Format(b)}; dimension {i} is {da} vs {db}.");
            }

            r[i] = da == 1 ? db : da;
        }

        return r;
    }

    /// <summary>Strides of <paramref name="dims"/> viewed in the broadcast result <paramref name="outDims"/> (0 where broadcast).</summary>
    internal static int[] BroadcastStrides(int[] dims, int[] outDims)
    {
        var rank = outDims.Length;
        var s = new int[rank];
        var own = Strides(dims);
        for (var i = 0; i < rank; i++)
        {
            var j = i - (rank - dims.Length);
            s[i] = j >= 0 && dims[j] != 1 ? own[j] : 0;
        }

        return s;
    }

    internal static bool SameAs(int[] a, int[] b) => a.AsSpan().SequenceEqual(b);
}

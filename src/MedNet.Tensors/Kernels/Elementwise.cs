// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Splits an element-wise loop over threads in fixed blocks (each element is written by one thread, so results do not depend on the thread count).</summary>
internal static class Elementwise
{
    /// <summary>Elements per block: large enough that a block costs far more than a thread hand-off.</summary>
    private const int Block = 16 * 1024;

    /// <summary>Runs <paramref name="body"/>(start, length) over [0, n) in blocks, on up to <see cref="Threading.Threads"/> threads when n is large.</summary>
    /// <param name="n">Number of elements.</param>
    /// <param name="body">Processes elements [start, start + length).</param>
    internal static void For(int n, Action<int, int> body)
    {
        if (n < 2 * Block || Threading.Threads == 1)
        {
            body(0, n);
            return;
        }

        var blocks = (n + Block - 1) / Block;
        Threading.For(blocks, Block, (b0, b1) =>
        {
            var start = b0 * Block;
            var end = Math.Min(n, b1 * Block);
            body(start, end - start);
        });
    }

    /// <summary>dst = src, split over threads when large (a plain memory pass; one core does not reach the memory bandwidth).</summary>
    internal static unsafe void Copy(ReadOnlySpan<float> src, Span<float> dst)
    {
        if (src.Length < 2 * Block || Threading.Threads == 1)
        {
            src.CopyTo(dst);
            return;
        }

        fixed (float* ps = src, pd = dst)
        {
            var (s, d) = ((nint)ps, (nint)pd);
            For(src.Length, (start, len) => new ReadOnlySpan<float>((float*)s + start, len).CopyTo(new Span<float>((float*)d + start, len)));
        }
    }
}

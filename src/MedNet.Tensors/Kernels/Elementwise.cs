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

    /// <summary>As <see cref="For(int, Action{int, int})"/>, for a kernel built on TensorPrimitives writing <paramref name="destination"/>.</summary>
    /// <remarks>TensorPrimitives streams outputs longer than 256 KB past the cache (non-temporal stores): right for a cold
    /// pool array, but a hot one (<see cref="Memory.TensorPool.IsHot"/>, e.g. the array the previous iteration just freed)
    /// would be pushed out to memory. A hot destination is therefore handed to the body in pieces of at most 64 KB, which
    /// TensorPrimitives writes with ordinary stores into the cache.</remarks>
    internal static void For(int n, ReadOnlySpan<float> destination, Action<int, int> body)
    {
        if (n <= Block || !Memory.TensorPool.IsHot(destination))
        {
            For(n, body);
            return;
        }

        For(n, (start, len) =>
        {
            // The last piece takes the remainder (Block to 2·Block − 1 elements) rather than leaving a short tail: a
            // TensorPrimitives call shorter than a vector computes in scalar code, whose last bit can differ from the
            // vector code that the same elements get on the cold path (Tanh did: ElementwiseTests). Whether an array is hot
            // depends on when collections ran, so a short tail would make results depend on the collector's timing.
            var end = start + len;
            var s = start;
            for (; end - s >= 2 * Block; s += Block)
            {
                body(s, Block);
            }

            body(s, end - s);
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

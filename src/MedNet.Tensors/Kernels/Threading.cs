// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>The kernel driver's thread setting and a static partition of output indices over threads.</summary>
/// <remarks>
/// Work is cut into contiguous ranges of output indices fixed by the count and the thread number, and each output is
/// written by exactly one range, so results never depend on scheduling. Default threads: MEDNET_THREADS, else the
/// processor count.
/// </remarks>
internal static class Threading
{
    private static int _threads = DefaultThreads();

    [ThreadStatic]
    private static bool _inParallel;

    internal static int Threads
    {
        get => _threads;
        set => _threads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), $"set_num_threads: expected ≥ 1 but got {value}.");
    }

    /// <summary>Runs <paramref name="body"/>(start, end) over [0, count) in at most Threads ranges; serial when work is small.</summary>
    /// <param name="count">Number of output items.</param>
    /// <param name="costPerItem">Rough flops per item; below ~64k total work, or inside another parallel range, the call runs serially.</param>
    /// <param name="body">Processes items [start, end).</param>
    internal static void For(int count, long costPerItem, Action<int, int> body)
    {
        var threads = Math.Min(_threads, count);
        if (threads <= 1 || _inParallel || count * costPerItem < 65_536)
        {
            body(0, count);
            return;
        }

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var start = (int)((long)count * t / threads);
            var end = (int)((long)count * (t + 1) / threads);
            var outer = _inParallel;
            _inParallel = true;
            try
            {
                body(start, end);
            }
            finally
            {
                _inParallel = outer;
            }
        });
    }

    private static int DefaultThreads()
    {
        var env = Environment.GetEnvironmentVariable("MEDNET_THREADS");
        return int.TryParse(env, out var n) && n >= 1 ? n : Environment.ProcessorCount;
    }
}

// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MedNet.Tensors.Memory;

/// <summary>
/// Recycles the storage of large tensors so a training step allocates no large-object-heap arrays in steady state.
/// </summary>
/// <remarks>
/// <para>Every tensor of at least <see cref="MinLength"/> elements made by <c>Tensor.Empty</c>/<c>Zeros</c> (the central
/// allocation point all kernels use) gets an array rented here and a small <see cref="PooledStorage"/> owner shared by
/// its views (reshape, detach). When the last tensor referencing the owner becomes unreachable, the owner's finaliser
/// hands the array back. Arrays are kept per exact length, so a repeated step finds every shape it needs.</para>
/// <para>Finalisers run only after a collection. Large arrays do not add to the young-generation budget, so on a miss
/// after more than <see cref="Budget"/> bytes were rented since the last gen-1 collection, the pool runs a blocking
/// gen-1 collection (cheap: only small objects are young) and waits for finalisers before allocating. The budget is
/// twice the bytes still rented after that collection (at least 128 MB), so a step's activations survive at most one
/// forced collection. Tensors a natural gen-1 collection promoted to gen 2 while alive are reclaimed by a forced full
/// collection once 256 MB of misses accumulate without one.</para>
/// <para>New arrays of 2 MB or more are advised to use transparent huge pages (<see cref="HugePages"/>).</para>
/// <para>A span of a tensor's storage must not be used after the tensor (or a view of it) is unreachable; public
/// <c>Tensor.data()</c> therefore marks the storage as escaped, and escaped arrays are left to the GC.</para>
/// </remarks>
internal static class TensorPool
{
    /// <summary>Smallest pooled length: 16 Ki floats (64 KB); large-object-heap arrays start at 85,000 bytes.</summary>
    internal const int MinLength = 16 * 1024;

    private const long MinBudget = 24L << 20;
    private const long FullCollectAfterMissBytes = 256L << 20;

    /// <summary>An array lent again before this many bytes of other rents since its last rent is taken to be still in cache (half a 32 MB L3).</summary>
    private const long HotBytes = 16L << 20;

    private static readonly object Gate = new();

    // Per length, free arrays ordered by the clock of their last rent (last = most recently used, handed out first).
    private static readonly Dictionary<int, List<(float[] Array, long Stamp)>> Free = [];

    // Lent arrays and the clock at their rent.
    private static readonly Dictionary<float[], long> Rented = new(ReferenceEqualityComparer.Instance);

    [ThreadStatic]
    private static float[]? _lastRent;

    [ThreadStatic]
    private static bool _lastRentHot;

    private static long _clock;
    private static long _freeBytes;
    private static long _rentedBytes;
    private static long _rentedSinceCollect;
    private static int _lastGen1 = GC.CollectionCount(1);
    private static long _budget = MinBudget;
    private static long _missBytesSinceFull;
    private static int _lastGen2 = GC.CollectionCount(2);
    private static long _misses;
    private static long _forced;
    private static long _evicted;

    /// <summary>Bytes rented since the last gen-1 collection that trigger a forced one on the next miss.</summary>
    internal static long Budget => Volatile.Read(ref _budget);

    /// <summary>Arrays allocated because the pool had none of the length (diagnostics and tests).</summary>
    internal static long Misses => Interlocked.Read(ref _misses);

    /// <summary>Gen-1 collections the pool forced (diagnostics and tests).</summary>
    internal static long ForcedCollections => Interlocked.Read(ref _forced);

    /// <summary>Most bytes kept in free arrays: a quarter of the memory the GC may use, at least 1 GB (tests lower it).</summary>
    /// <remarks>A full [MSA] training step at batch 32 and 12 leads cycles ≈ 2 GB of activations: with a 1 GB cap the
    /// pool dropped half of them every step, which came back as ≈ 930 MB of new large arrays and 3.3 gen-2 collections
    /// per step (3.29 s per step at 2 threads); with this cap, none (2.56 s).</remarks>
    internal static long MaxFreeBytes { get; set; } = Math.Max(1L << 30, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);

    /// <summary>Free arrays dropped, least recently used first, to keep the free list under <see cref="MaxFreeBytes"/> (diagnostics and tests).</summary>
    internal static long Evicted => Interlocked.Read(ref _evicted);

    /// <summary>True if <paramref name="destination"/> starts the array this thread rented last and that array was used
    /// within the last 16 MB of rents, so it is probably still in cache: a kernel then writes it with ordinary stores,
    /// not streaming ones (right for a cold array, wrong for a hot one). False for anything else.</summary>
    internal static bool IsHot(ReadOnlySpan<float> destination) =>
        _lastRentHot && _lastRent is { } a && destination.Length > 0
        && Unsafe.AreSame(ref MemoryMarshal.GetArrayDataReference(a), ref MemoryMarshal.GetReference(destination));

    /// <summary>
    /// Use-after-free detector for tests and developers (<c>MEDNET_POOL_STRESS=1</c>, or set by a test): every rent first
    /// runs a full blocking collection and the finalisers, then fills every free array with NaN and drops it, and
    /// lends a fresh array filled with NaN. A kernel that still reads a span of a tensor nobody references any more,
    /// across a rent on any thread, or that reads an uninitialised output, then computes with NaN at once, instead of
    /// with another tensor's values once in many runs. Slow; never for real work.
    /// </summary>
    internal static bool Stress { get; set; } = Environment.GetEnvironmentVariable("MEDNET_POOL_STRESS") == "1";

    /// <summary>An array of exactly <paramref name="length"/> floats with unspecified contents.</summary>
    internal static float[] Rent(int length)
    {
        var bytes = (long)length * sizeof(float);
        if (Stress)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            lock (Gate)
            {
                PoisonFree();
                var fresh = Allocate(length, bytes);
                fresh.AsSpan().Fill(float.NaN); // so a kernel that reads an output it never wrote shows it too
                return fresh;
            }
        }

        bool full;
        lock (Gate)
        {
            if (TryTake(length, bytes) is { } hit)
            {
                return hit;
            }

            var gen1 = GC.CollectionCount(1);
            if (gen1 != _lastGen1)
            {
                _lastGen1 = gen1;
                _rentedSinceCollect = 0;
            }

            var gen2 = GC.CollectionCount(2);
            if (gen2 != _lastGen2)
            {
                _lastGen2 = gen2;
                _missBytesSinceFull = 0;
            }

            full = _missBytesSinceFull > FullCollectAfterMissBytes;
            if (!full && _rentedSinceCollect <= _budget)
            {
                return Allocate(length, bytes);
            }
        }

        // Outside the lock: finalisers of dead tensors take it to return their arrays. A full collection reclaims
        // tensors that a natural gen-1 collection promoted while they were alive (after 256 MB of misses).
        Interlocked.Increment(ref _forced);
        GC.Collect(full ? 2 : 1, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        lock (Gate)
        {
            _lastGen1 = GC.CollectionCount(1);
            _lastGen2 = GC.CollectionCount(2);
            _rentedSinceCollect = 0;
            _missBytesSinceFull = 0;
            _budget = Math.Max(MinBudget, 2 * _rentedBytes);
            return TryTake(length, bytes) ?? Allocate(length, bytes);
        }
    }

    /// <summary>True if <paramref name="array"/> is currently lent to a tensor.</summary>
    internal static bool IsRented(float[] array)
    {
        lock (Gate)
        {
            return Rented.ContainsKey(array);
        }
    }

    /// <summary>Takes <paramref name="array"/> back (from a disposal or a finaliser); <paramref name="reuse"/> false just forgets it.</summary>
    /// <remarks>When the free arrays would exceed <see cref="MaxFreeBytes"/>, the least recently used ones (of any length) are dropped, so
    /// lengths a finished workload no longer asks for cannot crowd out the arrays of the current one.</remarks>
    internal static void Return(float[] array, bool reuse)
    {
        var bytes = (long)array.Length * sizeof(float);
        lock (Gate)
        {
            if (!Rented.Remove(array, out var stamp))
            {
                return;
            }

            _rentedBytes -= bytes;
            if (!reuse)
            {
                return;
            }

            if (!Free.TryGetValue(array.Length, out var list))
            {
                list = [];
                Free[array.Length] = list;
            }

            // Keep the list ordered by last use; returns come mostly in rent order, so this scans from the end.
            var at = list.Count;
            while (at > 0 && list[at - 1].Stamp > stamp)
            {
                at--;
            }

            list.Insert(at, (array, stamp));
            _freeBytes += bytes;
            while (_freeBytes > MaxFreeBytes)
            {
                EvictOldest();
            }
        }
    }

    /// <summary>Under <see cref="Stress"/>: fills every free array with NaN and drops it.</summary>
    private static void PoisonFree()
    {
        foreach (var list in Free.Values)
        {
            foreach (var (array, _) in list)
            {
                array.AsSpan().Fill(float.NaN);
            }

            list.Clear();
        }

        _freeBytes = 0;
    }

    private static void EvictOldest()
    {
        List<(float[] Array, long Stamp)>? oldest = null;
        foreach (var list in Free.Values)
        {
            if (list.Count > 0 && (oldest is null || list[0].Stamp < oldest[0].Stamp))
            {
                oldest = list;
            }
        }

        var victim = oldest![0].Array;
        oldest.RemoveAt(0);
        _freeBytes -= (long)victim.Length * sizeof(float);
        _evicted++;
    }

    private static float[]? TryTake(int length, long bytes)
    {
        if (!Free.TryGetValue(length, out var list) || list.Count == 0)
        {
            return null;
        }

        var (array, stamp) = list[^1];
        list.RemoveAt(list.Count - 1);
        _freeBytes -= bytes;
        _lastRent = array;
        _lastRentHot = _clock - stamp <= HotBytes;
        Lend(array, bytes);
        return array;
    }

    private static float[] Allocate(int length, long bytes)
    {
        _misses++;
        _missBytesSinceFull += bytes;
        var array = GC.AllocateUninitializedArray<float>(length);
        HugePages.Advise(array);
        _lastRent = array;
        _lastRentHot = false;
        Lend(array, bytes);
        return array;
    }

    private static void Lend(float[] array, long bytes)
    {
        _clock += bytes;
        Rented.Add(array, _clock);
        _rentedBytes += bytes;
        _rentedSinceCollect += bytes;
    }
}

// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MedNet.Tensors.Memory;

/// <summary>
/// Recycles the storage of large tensors so a training step allocates no large-object-heap arrays in steady state.
/// </summary>
/// <remarks>
/// <para>Every tensor of at least <see cref="MinLength"/> elements made by <c>Tensor.Empty</c>/<c>Zeros</c> (the
/// central allocation point all kernels use) gets an array rented here and a small <see cref="PooledStorage"/> owner
/// shared by its views (reshape, detach). Disposing the last handle returns the array at once; otherwise the pool holds
/// a weak handle on the owner and, at its first rent after a collection, takes back every array whose owner was
/// collected (on the renting thread: no finaliser, no wait for the finaliser thread, which a loaded machine may not
/// schedule). Arrays are kept per exact length, so a repeated step finds every shape it needs.</para>
/// <para>Reuse order is the cache's: free arrays of a length are handed out most recently used first (by the rent
/// clock, the running total of rented bytes), so a step gets the arrays the previous step just wrote, still in L3, as
/// PyTorch's caching allocator hands back the block it just freed. <see cref="IsHot"/> tells a kernel whether its
/// output array was used within the last 16 MB of rents. Past 1 GB of free arrays the least recently used go, whatever
/// their length, so lengths an earlier workload used cannot crowd out the current one's.</para>
/// <para>Unreachable owners are found only after a collection, and large arrays do not add to the young-generation
/// budget. So when the lent bytes have grown since the pool's last collection by more than <see cref="Budget"/> (the
/// bytes still lent after that collection, at least 16 MB) and a rent finds no free array of its length used within the
/// hot window, the pool runs a blocking gen-1 collection (cheap: only small objects are young) and takes back the dead
/// owners' arrays. The 16 MB floor keeps a loop of large single operations whose results are simply dropped (no
/// disposal) within the hot window; a step with many live activations collects only after doubling them, so they
/// survive at most one forced collection. Tensors a natural gen-1 collection promoted to gen 2 while alive are
/// reclaimed by a forced full collection once 256 MB of misses accumulate without one.</para>
/// <para>A span of a tensor's storage must not be used after the tensor (or a view of it) is unreachable; public
/// <c>Tensor.data()</c> therefore marks the storage as escaped, and escaped arrays are left to the GC.</para>
/// </remarks>
internal static class TensorPool
{
    /// <summary>Smallest pooled length: 16 Ki floats (64 KB); large-object-heap arrays start at 85,000 bytes.</summary>
    internal const int MinLength = 16 * 1024;

    private const long MinBudget = HotBytes;
    private const long FullCollectAfterMissBytes = 256L << 20;

    /// <summary>An array lent again before this many bytes of other rents since its last rent is taken to be still in cache (half a 32 MB L3).</summary>
    private const long HotBytes = 16L << 20;

    private static readonly object Gate = new();

    // Per length, free arrays ordered by the clock of their last rent (last = most recently used, handed out first).
    private static readonly Dictionary<int, List<(float[] Array, long Stamp)>> Free = [];

    // Lent arrays: the clock at their rent and a weak handle on their owner (unallocated until the owner is made).
    private static readonly Dictionary<float[], (long Stamp, GCHandle Owner)> Rented = new(ReferenceEqualityComparer.Instance);
    private static readonly List<float[]> Dead = [];
    private static int _lastCollection = GC.CollectionCount(0);

    [ThreadStatic]
    private static float[]? _lastRent;

    [ThreadStatic]
    private static bool _lastRentHot;

    private static long _clock;
    private static long _freeBytes;
    private static long _rentedBytes;
    private static long _liveAfterCollect;
    private static long _missBytesSinceFull;
    private static int _lastGen2 = GC.CollectionCount(2);
    private static long _misses;
    private static long _forced;
    private static long _evicted;

    /// <summary>Growth of the lent bytes over those still lent after the pool's last collection past which a rent without
    /// a hot free array forces one: as many bytes as were lent then, and at least 16 MB.</summary>
    internal static long Budget => Math.Max(MinBudget, Volatile.Read(ref _liveAfterCollect));

    /// <summary>Arrays allocated because the pool had none of the length (diagnostics and tests).</summary>
    internal static long Misses => Interlocked.Read(ref _misses);

    /// <summary>Gen-1 collections the pool forced (diagnostics and tests).</summary>
    internal static long ForcedCollections => Interlocked.Read(ref _forced);

    /// <summary>Most bytes kept in free arrays (1 GB; tests lower it).</summary>
    internal static long MaxFreeBytes { get; set; } = 1L << 30;

    /// <summary>Free arrays dropped, least recently used first, to keep the free list under 1 GB (diagnostics and tests).</summary>
    internal static long Evicted => Interlocked.Read(ref _evicted);

    /// <summary>True if <paramref name="destination"/> starts the array this thread rented last and that array was used
    /// within the last 16 MB of rents, so it is probably still in cache: a kernel then writes it with ordinary stores,
    /// not streaming ones (right for a cold array, wrong for a hot one). False for anything else.</summary>
    internal static bool IsHot(ReadOnlySpan<float> destination) =>
        _lastRentHot && _lastRent is { } a && destination.Length > 0
        && Unsafe.AreSame(ref MemoryMarshal.GetArrayDataReference(a), ref MemoryMarshal.GetReference(destination));

    /// <summary>An array of exactly <paramref name="length"/> floats with unspecified contents.</summary>
    internal static float[] Rent(int length)
    {
        var bytes = (long)length * sizeof(float);
        bool full;
        lock (Gate)
        {
            // Past the budget, a collection is worth more than a cold free array: it brings back the arrays that died
            // since the last one, still hot, instead of cycling through every array that ever circulated.
            ReclaimAfterCollection();
            var overBudget = _rentedBytes - _liveAfterCollect > Budget;
            if (TryTake(length, bytes, coldToo: !overBudget) is { } hit)
            {
                return hit;
            }

            var gen2 = GC.CollectionCount(2);
            if (gen2 != _lastGen2)
            {
                _lastGen2 = gen2;
                _missBytesSinceFull = 0;
            }

            full = _missBytesSinceFull > FullCollectAfterMissBytes;
            if (!full && !overBudget)
            {
                return Allocate(length, bytes);
            }
        }

        // A full collection reclaims tensors that a natural gen-1 collection promoted while they were alive (after
        // 256 MB of misses). Dead owners are found through their weak handles on this thread: no finaliser thread to wait for.
        Interlocked.Increment(ref _forced);
        GC.Collect(full ? 2 : 1, GCCollectionMode.Forced, blocking: true);
        lock (Gate)
        {
            ReclaimAfterCollection();
            _lastGen2 = GC.CollectionCount(2);
            _liveAfterCollect = _rentedBytes;
            _missBytesSinceFull = 0;
            return TryTake(length, bytes, coldToo: true) ?? Allocate(length, bytes);
        }
    }

    /// <summary>Starts watching the owner of a just-rented array, so the array comes back once the owner is unreachable.</summary>
    internal static void Watch(float[] array, PooledStorage owner)
    {
        lock (Gate)
        {
            if (Rented.TryGetValue(array, out var entry) && !entry.Owner.IsAllocated)
            {
                Rented[array] = (entry.Stamp, GCHandle.Alloc(owner, GCHandleType.Weak));
            }
        }
    }

    /// <summary>Stops lending <paramref name="array"/> for good (its storage escaped to code the pool cannot see); the GC frees it.</summary>
    internal static void Forget(float[] array)
    {
        lock (Gate)
        {
            if (Rented.Remove(array, out var entry))
            {
                _rentedBytes -= (long)array.Length * sizeof(float);
                if (entry.Owner.IsAllocated)
                {
                    entry.Owner.Free();
                }
            }
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

    /// <summary>Takes <paramref name="array"/> back (from a disposal or after its owner was collected); <paramref name="reuse"/> false just forgets it.</summary>
    /// <remarks>When the free arrays would exceed 1 GB, the least recently used ones (of any length) are dropped, so
    /// lengths a finished workload no longer asks for cannot crowd out the arrays of the current one.</remarks>
    internal static void Return(float[] array, bool reuse)
    {
        var bytes = (long)array.Length * sizeof(float);
        lock (Gate)
        {
            if (!Rented.Remove(array, out var entry))
            {
                return;
            }

            var stamp = entry.Stamp;
            if (entry.Owner.IsAllocated)
            {
                entry.Owner.Free();
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

    /// <summary>After any collection since the last look, takes back the arrays whose owners were collected (under the lock).</summary>
    private static void ReclaimAfterCollection()
    {
        var collections = GC.CollectionCount(0);
        if (collections == _lastCollection)
        {
            return;
        }

        _lastCollection = collections;
        foreach (var (array, entry) in Rented)
        {
            if (entry.Owner.IsAllocated && entry.Owner.Target is null)
            {
                Dead.Add(array);
            }
        }

        foreach (var array in Dead)
        {
            Return(array, reuse: true);
        }

        Dead.Clear();
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

    private static float[]? TryTake(int length, long bytes, bool coldToo)
    {
        if (!Free.TryGetValue(length, out var list) || list.Count == 0)
        {
            return null;
        }

        var (array, stamp) = list[^1];
        var hot = _clock - stamp <= HotBytes;
        if (!hot && !coldToo)
        {
            return null;
        }

        list.RemoveAt(list.Count - 1);
        _freeBytes -= bytes;
        _lastRent = array;
        _lastRentHot = hot;
        Lend(array, bytes);
        return array;
    }

    private static float[] Allocate(int length, long bytes)
    {
        _misses++;
        _missBytesSinceFull += bytes;
        var array = GC.AllocateUninitializedArray<float>(length);
        _lastRent = array;
        _lastRentHot = false;
        Lend(array, bytes);
        return array;
    }

    private static void Lend(float[] array, long bytes)
    {
        _clock += bytes;
        Rented.Add(array, (_clock, default));
        _rentedBytes += bytes;
    }
}

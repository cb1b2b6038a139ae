// SPDX-License-Identifier: MIT
using MedNet.Tensors.Memory;

namespace MedNet.Tensors.Tests.Memory;

/// <summary>The tensor storage pool: a repeated training-shaped step stops allocating, views keep storage alive, escaped spans are never reused.</summary>
public sealed class TensorPoolTests
{
    [Fact]
    public void RepeatedStep_AlmostNoNewArrays()
    {
        torch.manual_seed(0);
        var conv = torch.nn.Conv1d(8, 16, 3, padding: 1);
        var bn = torch.nn.BatchNorm1d(16);
        var x = torch.randn(16, 8, 300);
        void Step()
        {
            conv.zero_grad();
            bn.zero_grad();
            var y = bn.call(conv.call(x)).relu();
            (y * y).mean().backward();
        }

        // Warm up until the pool has forced a collection (≈ 128 MB of rents), after which dead steps' arrays come back.
        var forced = TensorPool.ForcedCollections;
        for (var i = 0; i < 400 && TensorPool.ForcedCollections < forced + 2; i++)
        {
            Step();
        }

        var misses = TensorPool.Misses;
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < 80; i++)
        {
            Step();
        }

        // A step rents 11 pooled arrays; without the pool that is 880 new arrays. A natural collection can still promote
        // one live step to gen 2 (its arrays come back after a later full collection), so allow one step's worth.
        Assert.InRange(TensorPool.Misses - misses, 0, 11);
        Assert.InRange(GC.CollectionCount(2) - gen2, 0, 1);
    }

    [Fact]
    public void View_KeepsPooledStorageAlive()
    {
        var big = torch.randn(4, TensorPool.MinLength);
        var view = big.reshape(-1);
        var expected = view.ToArray();
        big = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (var i = 0; i < 4; i++)
        {
            _ = torch.ones(4, TensorPool.MinLength); // would reuse the array if the view had not kept it
        }

        Assert.Equal(expected, view.ToArray());
        GC.KeepAlive(big);
    }

    [Fact]
    public void RawConstructorOverPooledArray_Throws()
    {
        var t = torch.zeros(TensorPool.MinLength);
        var e = Assert.Throws<InvalidOperationException>(() => new Tensor(t.Data, [TensorPool.MinLength]));
        Assert.Contains("ShareStorage", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicSpan_EscapesThePool()
    {
        var array = ReadThroughPublicSpan();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(TensorPool.IsRented(array));
        for (var i = 0; i < 4; i++)
        {
            Assert.NotSame(array, torch.zeros(TensorPool.MinLength).Data);
        }
    }

    [Fact]
    public void FreeArraysOverTheCap_DropTheLeastRecentlyUsedLength_NotTheNewReturn()
    {
        const int old = TensorPool.MinLength + 101, current = TensorPool.MinLength + 103;
        var cap = TensorPool.MaxFreeBytes;
        try
        {
            TensorPool.MaxFreeBytes = 3L * current * sizeof(float);
            var stale = new[] { torch.zeros(old), torch.zeros(old), torch.zeros(old) };
            var staleArrays = Array.ConvertAll(stale, t => t.Data);
            var live = torch.zeros(current);
            var liveArray = live.Data;
            foreach (var t in stale)
            {
                t.Dispose();
            }

            var evicted = TensorPool.Evicted;
            live.Dispose(); // over the cap: the oldest stale array goes, this one stays
            Assert.Equal(evicted + 1, TensorPool.Evicted);
            var misses = TensorPool.Misses;
            Assert.Same(liveArray, torch.zeros(current).Data);
            Assert.Equal(misses, TensorPool.Misses);
            Assert.Same(staleArrays[2], torch.zeros(old).Data); // most recently used first
            Assert.Same(staleArrays[1], torch.zeros(old).Data);
            var fresh = torch.zeros(old).Data;
            Assert.All(staleArrays, a => Assert.NotSame(a, fresh)); // the least recently used one was dropped
        }
        finally
        {
            TensorPool.MaxFreeBytes = cap;
        }
    }

    [Fact]
    public void JustFreedArray_IsHot_UntilMuchOtherStorageWasRented()
    {
        const int length = TensorPool.MinLength + 107;
        var a = Tensor.Empty([length]);
        a.Dispose();
        var b = Tensor.Empty([length]);
        Assert.True(TensorPool.IsHot(b.Span));
        b.Dispose();
        var others = new Tensor[5];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Tensor.Empty([1 << 20]); // 5 × 4 MB rented since: past the 16 MB hot window
        }

        var c = Tensor.Empty([length]);
        Assert.Same(b.Owner!.Array, c.Data);
        Assert.False(TensorPool.IsHot(c.Span));
        Assert.False(TensorPool.IsHot(others[0].Span)); // not the thread's last rent
        GC.KeepAlive(others);
    }

    [Fact]
    public void UnreadLeafGradient_ReturnsToThePoolAtGradNull_AReadOneStaysValid()
    {
        const int length = TensorPool.MinLength + 109;
        var x = torch.randn(length).requires_grad_();
        var g = torch.randn(length);
        using (torch.NewDisposeScope())
        {
            x.relu().backward(g);
        }

        var misses = TensorPool.Misses;
        x.grad = null; // never read: its storage goes back at once, and the next backward's gradient reuses it
        using (torch.NewDisposeScope())
        {
            x.relu().backward(g);
        }

        Assert.Equal(misses, TensorPool.Misses);
        var kept = x.grad!;
        var expected = kept.ToArray();
        x.grad = null;
        Assert.False(kept.IsInvalid);
        using (torch.NewDisposeScope())
        {
            x.relu().backward(g);
        }

        Assert.Equal(expected, kept.ToArray());
        Assert.NotSame(kept.Data, x.grad!.Data);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static float[] ReadThroughPublicSpan()
    {
        var t = torch.ones(TensorPool.MinLength);
        Assert.Equal(1f, t.data()[0]);
        Assert.True(TensorPool.IsRented(t.Data));
        return t.Data;
    }
}

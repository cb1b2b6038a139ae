// SPDX-License-Identifier: MIT
using MedNet.Tensors.Memory;

namespace MedNet.Tensors.Tests.Memory;

/// <summary>
/// Deterministic disposal (Tensor.Dispose, torch.NewDisposeScope): use after dispose and backward through a disposed saved
/// tensor fail with named errors, pooled storage returns at once (last freed first out) but never while a view reads it,
/// and a per-step scope changes no result.
/// </summary>
public sealed class TensorDisposeTests
{
    // Lengths no other test uses, so arrays the finaliser thread returns cannot interleave with the LIFO checks.
    private const int LengthA = TensorPool.MinLength + 4099;
    private const int LengthB = TensorPool.MinLength + 4111;

    [Fact]
    public void UseAfterDispose_ThrowsNamedObjectDisposedException()
    {
        var t = torch.randn(3, 4);
        t.Dispose();
        t.Dispose(); // idempotent
        Assert.True(t.IsInvalid);
        var e = Assert.Throws<ObjectDisposedException>(() => t.sum());
        Assert.Contains("disposed", e.Message, StringComparison.Ordinal);
        Assert.Contains("(3, 4)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ObjectDisposedException>(() => t.reshape(12));
        Assert.Throws<ObjectDisposedException>(() => t.ToArray());
    }

    [Fact]
    public void Dispose_ReturnsPooledArrayAtOnce_LastFreedFirstOut()
    {
        var a = torch.zeros(LengthA);
        var b = torch.zeros(LengthA);
        var (arrayA, arrayB) = (a.Data, b.Data);
        a.Dispose();
        Assert.False(TensorPool.IsRented(arrayA));
        b.Dispose();
        Assert.Same(arrayB, torch.zeros(LengthA).Data);
        Assert.Same(arrayA, torch.zeros(LengthA).Data);
    }

    [Fact]
    public void DisposedBase_ArrayNotReusedWhileAViewReadsIt()
    {
        var x = torch.randn(LengthB);
        var view = x.reshape(1, LengthB);
        var detached = x.detach();
        var array = x.Data;
        var expected = view.ToArray();
        x.Dispose();
        detached.Dispose();
        Assert.True(TensorPool.IsRented(array));
        for (var i = 0; i < 4; i++)
        {
            Assert.NotSame(array, torch.ones(LengthB).Data);
        }

        Assert.Equal(expected, view.ToArray());
        view.Dispose();
        Assert.False(TensorPool.IsRented(array));
        Assert.Same(array, torch.zeros(LengthB).Data);
    }

    [Fact]
    public void Backward_ThroughDisposedSavedTensor_ThrowsNamingTheNode()
    {
        var x = torch.randn(4, 5).requires_grad_();
        var h = x.relu();
        var loss = (h * h).sum();
        h.Dispose();
        var e = Assert.Throws<ObjectDisposedException>(() => loss.backward());
        Assert.Contains("backward: mulBackward", e.Message, StringComparison.Ordinal);
        Assert.Contains("disposed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_DisposesWhatItCreated_MovedAndDetachedTensorsSurvive()
    {
        var before = torch.ones(3);
        Tensor inner, moved, detached, movedTwice;
        using (var outer = torch.NewDisposeScope())
        {
            using (var scope = torch.NewDisposeScope())
            {
                inner = before * 2f;
                moved = (inner + 1f).MoveToOuterDisposeScope();
                detached = (inner + 2f).DetachFromDisposeScope();
                movedTwice = scope.MoveToOuter(inner * 3f).MoveToOuterDisposeScope();
                Assert.Equal(1, scope.DisposablesCount);
                Assert.Equal(1, outer.DisposablesCount);
            }

            Assert.True(inner.IsInvalid);
            Assert.False(moved.IsInvalid);
            Assert.Equal([3f, 3f, 3f], moved.ToArray());
        }

        Assert.True(moved.IsInvalid);
        Assert.False(before.IsInvalid);
        Assert.Equal([4f, 4f, 4f], detached.ToArray());
        Assert.Equal([6f, 6f, 6f], movedTwice.ToArray());
    }

    [Fact]
    public void Scope_DisposedOutOfOrder_Throws()
    {
        var outer = torch.NewDisposeScope();
        var inner = torch.NewDisposeScope();
        var e = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("innermost", e.Message, StringComparison.Ordinal);
        inner.Dispose();
        outer.Dispose();
        Assert.Throws<ArgumentException>(() => outer.Detach(torch.ones(1)));
    }

    [Fact]
    public void PerStepScope_SameParametersAsWithout_AndNoPoolMisses()
    {
        var plain = Train(scoped: false, steps: 6, out _);
        var scoped = Train(scoped: true, steps: 6, out var missesAfterWarmup);
        Assert.Equal(plain.Length, scoped.Length);
        for (var i = 0; i < plain.Length; i++)
        {
            Assert.Equal(plain[i], scoped[i]);
        }

        Assert.Equal(0, missesAfterWarmup);
    }

    private static float[][] Train(bool scoped, int steps, out long missesAfterWarmup)
    {
        torch.manual_seed(0);
        MedNet.Tensors.NN.Sequential model;
        MedNet.Tensors.Optim.Adam opt;
        var x = torch.randn(16, 8, 300);
        using (var setup = scoped ? torch.NewDisposeScope() : null)
        {
            // Modules built inside a scope keep their parameters and buffers.
            model = torch.nn.Sequential(torch.nn.Conv1d(8, 16, 3, padding: 1), torch.nn.BatchNorm1d(16), torch.nn.ReLU(), torch.nn.Conv1d(16, 8, 3, padding: 1));
            opt = torch.optim.Adam(model.parameters(), lr: 1e-2);
        }

        var misses = 0L;
        for (var step = 0; step < steps; step++)
        {
            if (step == 2)
            {
                misses = TensorPool.Misses;
            }

            using var scope = scoped ? torch.NewDisposeScope() : null;
            opt.zero_grad();
            var y = model.call(x);
            (y * y).mean().backward();
            opt.step();
        }

        missesAfterWarmup = TensorPool.Misses - misses;
        var result = new List<float[]>();
        foreach (var p in model.parameters())
        {
            result.Add(p.ToArray());
            result.Add(p.grad!.ToArray());
        }

        foreach (var (_, b) in model.named_buffers())
        {
            result.Add(b.to(ScalarType.Float32).ToArray());
        }

        return [.. result];
    }
}

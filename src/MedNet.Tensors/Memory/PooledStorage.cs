// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Memory;

/// <summary>
/// Owner of a pooled array, shared by a tensor and its views; returns the array to <see cref="TensorPool"/> when the last
/// handle is disposed, or else, once unreachable, at the pool's next look after a collection (a weak handle, no finaliser).
/// </summary>
internal sealed class PooledStorage
{
    private bool _escaped;
    private int _handles;
    private int _returned;

    /// <summary>Wraps an array just rented from the pool, which watches this owner through a weak handle.</summary>
    /// <param name="array">The rented array.</param>
    internal PooledStorage(float[] array)
    {
        Array = array;
        TensorPool.Watch(array, this);
    }

    /// <summary>The rented array.</summary>
    internal float[] Array { get; }

    /// <summary>Marks the array as reachable by code the pool cannot see (a public span); the pool forgets it, so it is never reused.</summary>
    internal void Escape()
    {
        if (!_escaped)
        {
            _escaped = true;
            TensorPool.Forget(Array);
        }
    }

    /// <summary>A tensor handle over this storage was created.</summary>
    internal void AddHandle() => Interlocked.Increment(ref _handles);

    /// <summary>A handle was disposed; the last one returns the array at once (handles never disposed keep it until the owner is unreachable).</summary>
    internal void ReleaseHandle()
    {
        if (Interlocked.Decrement(ref _handles) == 0 && Interlocked.Exchange(ref _returned, 1) == 0)
        {
            TensorPool.Return(Array, reuse: !_escaped);
        }
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Memory;

/// <summary>
/// Owner of a pooled array, shared by a tensor and its views; returns the array to <see cref="TensorPool"/> when the last
/// handle is disposed, or else when finalised.
/// </summary>
/// <param name="array">The rented array.</param>
internal sealed class PooledStorage(float[] array)
{
    private volatile bool _escaped;
    private int _handles;
    private int _returned;

    /// <summary>The rented array.</summary>
    internal float[] Array { get; } = array;

    /// <summary>Marks the array as reachable by code the pool cannot see (a public span); it is then never reused.</summary>
    internal void Escape() => _escaped = true;

    /// <summary>A tensor handle over this storage was created.</summary>
    internal void AddHandle() => Interlocked.Increment(ref _handles);

    /// <summary>A handle was disposed; the last one returns the array at once (handles never disposed keep it until finalisation).</summary>
    internal void ReleaseHandle()
    {
        if (Interlocked.Decrement(ref _handles) == 0 && Interlocked.Exchange(ref _returned, 1) == 0)
        {
            GC.SuppressFinalize(this);
            TensorPool.Return(Array, reuse: !_escaped);
        }
    }

    /// <summary>Returns (or, once escaped, forgets) the array unless a disposal already did.</summary>
    ~PooledStorage()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            TensorPool.Return(Array, reuse: !_escaped);
        }
    }
}

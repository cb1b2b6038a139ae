// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Memory;

/// <summary>Owner of a pooled array, shared by a tensor and its views; returns the array to <see cref="TensorPool"/> when finalised.</summary>
/// <param name="array">The rented array.</param>
internal sealed class PooledStorage(float[] array)
{
    private volatile bool _escaped;

    /// <summary>The rented array.</summary>
    internal float[] Array { get; } = array;

    /// <summary>Marks the array as reachable by code the pool cannot see (a public span); it is then never reused.</summary>
    internal void Escape() => _escaped = true;

    /// <summary>Returns (or, once escaped, forgets) the array.</summary>
    ~PooledStorage() => TensorPool.Return(Array, reuse: !_escaped);
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>
/// Disposes, when itself disposed, every tensor created on this thread while it was the innermost scope, like
/// TorchSharp's <c>torch.NewDisposeScope()</c>.
/// </summary>
/// <remarks>
/// Typical use is one scope per training or inference iteration, so the iteration's activations and gradient buffers
/// return to the tensor pool at its end and the next iteration reuses them while they are still in cache. Results
/// that must outlive the scope are moved out with <see cref="Tensor.MoveToOuterDisposeScope"/> or
/// <see cref="MoveToOuter"/>. Scopes nest and must be disposed innermost first (a <c>using</c> block does this).
/// </remarks>
public sealed class DisposeScope : IDisposable
{
    [ThreadStatic]
    private static DisposeScope? _current;

    private readonly List<Tensor> _tensors = [];
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private bool _disposed;

    internal DisposeScope()
    {
        OuterScope = _current;
        _current = this;
    }

    /// <summary>The scope that was innermost when this one was opened, or null.</summary>
    public DisposeScope? OuterScope { get; }

    /// <summary>Number of live tensors this scope will dispose.</summary>
    public int DisposablesCount { get; private set; }

    /// <summary>The innermost open scope of this thread, or null.</summary>
    internal static DisposeScope? Current => _current;

    /// <summary>Moves <paramref name="tensor"/> to the enclosing scope (or out of all scopes).</summary>
    /// <param name="tensor">A tensor of this scope.</param>
    /// <returns>The same tensor.</returns>
    public Tensor MoveToOuter(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.OwningScope != this)
        {
            throw new ArgumentException("DisposeScope.MoveToOuter: expected a tensor owned by this scope but got one owned by another scope or none.", nameof(tensor));
        }

        return tensor.MoveToOuterDisposeScope();
    }

    /// <summary>Takes <paramref name="tensor"/> out of this scope; it is then disposed only explicitly.</summary>
    /// <param name="tensor">A tensor of this scope.</param>
    /// <returns>The same tensor.</returns>
    public Tensor Detach(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.OwningScope != this)
        {
            throw new ArgumentException("DisposeScope.Detach: expected a tensor owned by this scope but got one owned by another scope or none.", nameof(tensor));
        }

        return tensor.DetachFromDisposeScope();
    }

    /// <summary>Disposes every tensor still owned by this scope (newest first) and closes the scope.</summary>
    /// <exception cref="InvalidOperationException">A scope opened inside this one is still open, or this is another thread.</exception>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (_current != this || Environment.CurrentManagedThreadId != _threadId)
        {
            throw new InvalidOperationException("DisposeScope.Dispose: expected the innermost open scope of the thread that opened it; dispose inner scopes first (nest them with using).");
        }

        _disposed = true;
        _current = OuterScope;
        for (var i = _tensors.Count - 1; i >= 0; i--)
        {
            var t = _tensors[i];
            if (t.OwningScope == this)
            {
                t.Dispose();
            }
        }

        _tensors.Clear();
        DisposablesCount = 0;
    }

    /// <summary>Makes this scope the owner of <paramref name="tensor"/>.</summary>
    internal void Add(Tensor tensor)
    {
        if (_disposed)
        {
            return;
        }

        tensor.OwningScope = this;
        _tensors.Add(tensor);
        DisposablesCount++;
    }

    /// <summary>A tensor of this scope was disposed, moved or detached (its list entry is skipped later).</summary>
    internal void Forget() => DisposablesCount--;
}

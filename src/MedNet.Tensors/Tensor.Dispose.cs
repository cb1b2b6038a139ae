// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Deterministic release of a tensor's storage, shaped like TorchSharp's <c>Tensor.Dispose()</c> and dispose scopes.</summary>
/// <remarks>
/// Disposing a tensor ends this handle: any later use of its elements throws a named <see cref="ObjectDisposedException"/>.
/// Pooled storage (≥ 64 KB) goes back to the tensor pool at once, last freed first out, when no other live handle (a view
/// from reshape/view/detach, or a leaf's .grad) shares it; without disposal it returns after a collection. Small tensors
/// only become unusable. A tensor created while a <see cref="DisposeScope"/> is active on this thread belongs to that
/// scope and is disposed with it unless moved out (<see cref="MoveToOuterDisposeScope"/>) or detached
/// (<see cref="DetachFromDisposeScope"/>). Module parameters, buffers and leaf gradients made by backward are detached
/// automatically.
/// </remarks>
public sealed partial class Tensor : IDisposable
{
    private float[]? _data;
    private Tensor? _grad;
    private bool _gradUnread;

    /// <summary>The accumulated gradient after <see cref="backward"/>, or null.</summary>
    /// <remarks>A gradient that backward made and no code has read yet is disposed when replaced (<c>grad = null</c>,
    /// <c>zero_grad()</c>), so its storage returns to the pool at once, as PyTorch frees it at <c>grad = None</c>; once read,
    /// it is left to whoever holds it.</remarks>
    public Tensor? grad
    {
        get
        {
            _gradUnread = false;
            return _grad;
        }

        set
        {
            var old = _grad;
            var release = _gradUnread && old is not null && !ReferenceEquals(old, value);
            _grad = value;
            _gradUnread = false;
            if (release)
            {
                old!.Dispose();
            }
        }
    }

    /// <summary>The dispose scope that will dispose this tensor, or null.</summary>
    internal DisposeScope? OwningScope { get; set; }

    /// <summary>True once the tensor was disposed (TorchSharp's <c>IsInvalid</c>).</summary>
    public bool IsInvalid => _data is null;

    /// <summary>Releases this handle; the storage goes back to the pool when no other handle shares it.</summary>
    /// <remarks>Idempotent. Backward through an operation that saved this tensor then fails with a named error.</remarks>
    public void Dispose()
    {
        if (_data is null)
        {
            return;
        }

        _data = null;
        OwningScope?.Forget();
        OwningScope = null;
        Owner?.ReleaseHandle();
    }

    /// <summary>Moves this tensor from its dispose scope to the enclosing one (or out of all scopes at the outermost).</summary>
    /// <returns>This tensor.</returns>
    public Tensor MoveToOuterDisposeScope()
    {
        var outer = OwningScope?.OuterScope;
        DetachFromDisposeScope();
        outer?.Add(this);
        return this;
    }

    /// <summary>Takes this tensor out of its dispose scope: it is then disposed only explicitly (or freed by the GC).</summary>
    /// <returns>This tensor.</returns>
    public Tensor DetachFromDisposeScope()
    {
        OwningScope?.Forget();
        OwningScope = null;
        return this;
    }

    /// <summary>Throws the named disposal error; out of line so the storage getters stay small enough to inline.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private T Disposed<T>() => throw DisposedError();

    /// <summary>Sets the .grad backward made for this leaf; nothing else references it until it is read.</summary>
    private void SetGradFromBackward(Tensor g)
    {
        _grad = g;
        _gradUnread = true;
    }

    /// <summary>Called by every constructor: counts the handle on pooled storage and joins the thread's dispose scope.</summary>
    private void OnCreated()
    {
        Owner?.AddHandle();
        DisposeScope.Current?.Add(this);
    }

    private ObjectDisposedException DisposedError() =>
        new(nameof(Tensor), $"Tensor: expected a live tensor but this one {Shape.Format(Dims)} was disposed (by Dispose() or its dispose scope). " +
            "Keep a result beyond its scope with MoveToOuterDisposeScope() or DetachFromDisposeScope().");
}

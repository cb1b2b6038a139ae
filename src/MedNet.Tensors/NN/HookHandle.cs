// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Handle returned by hook registration, like PyTorch's <c>RemovableHandle</c>.</summary>
/// <param name="onRemove">Unregisters the hook.</param>
public sealed class HookHandle(Action onRemove) : IDisposable
{
    private bool _removed;

    /// <summary>Unregisters the hook (idempotent).</summary>
    public void remove()
    {
        if (!_removed)
        {
            onRemove();
            _removed = true;
        }
    }

    /// <summary>Same as <see cref="remove"/>.</summary>
    public void Dispose() => remove();
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Autograd;

/// <summary>A scope in which operations are not recorded, returned by <c>torch.no_grad()</c>; dispose it to restore the previous mode.</summary>
public sealed class NoGradScope : IDisposable
{
    private readonly bool _previous;
    private bool _disposed;

    internal NoGradScope(bool enabled)
    {
        _previous = GradMode.IsEnabled;
        GradMode.IsEnabled = enabled;
    }

    /// <summary>Restores the grad mode that was active when the scope was created.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            GradMode.IsEnabled = _previous;
            _disposed = true;
        }
    }
}

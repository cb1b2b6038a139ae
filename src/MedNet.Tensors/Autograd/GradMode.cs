// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Autograd;

/// <summary>Whether operations record themselves on the autograd tape (per thread), like <c>torch.is_grad_enabled()</c>.</summary>
public static class GradMode
{
    [ThreadStatic]
    private static bool _disabled;

    /// <summary>True when new operations are recorded for backward. Default: true.</summary>
    public static bool IsEnabled
    {
        get => !_disabled;
        set => _disabled = !value;
    }
}

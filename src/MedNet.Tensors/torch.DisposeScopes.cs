// SPDX-License-Identifier: MIT
namespace MedNet.Tensors;

/// <summary>Dispose scopes, as TorchSharp's <c>torch.NewDisposeScope()</c>.</summary>
public static partial class torch
{
    /// <summary>Opens a scope that disposes every tensor created on this thread until it is disposed: <c>using var scope = torch.NewDisposeScope();</c>.</summary>
    /// <returns>The new innermost scope of this thread.</returns>
    public static DisposeScope NewDisposeScope() => new();
}

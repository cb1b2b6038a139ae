// SPDX-License-Identifier: MIT
namespace MedNet.Models.Compression;

/// <summary>Thrown by <see cref="Int8Quantizer"/> for a module that owns parameters the quantiser has no rule for.</summary>
public sealed class UnsupportedModuleException : NotSupportedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="modulePath">Dotted module path ("" for the root).</param>
    /// <param name="moduleType">The module's type name.</param>
    /// <param name="parameters">Names of the parameters it owns directly.</param>
    public UnsupportedModuleException(string modulePath, string moduleType, IReadOnlyList<string> parameters)
        : base($"Int8Quantizer: module '{(modulePath.Length == 0 ? "<root>" : modulePath)}' ({moduleType}) owns parameters [{string.Join(", ", parameters)}] " +
               $"that have no int8 rule; supported: {Int8Quantizer.SupportedDescription}. Pass keepUnsupportedAsFloat: true to store them as float32.")
    {
        ModulePath = modulePath;
        ModuleType = moduleType;
        Parameters = parameters;
    }

    /// <summary>Dotted module path ("" for the root).</summary>
    public string ModulePath { get; }

    /// <summary>The module's type name.</summary>
    public string ModuleType { get; }

    /// <summary>Parameters the module owns directly.</summary>
    public IReadOnlyList<string> Parameters { get; }
}

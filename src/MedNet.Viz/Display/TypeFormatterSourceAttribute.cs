// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Display;

/// <summary>Names the class that creates .NET Interactive formatters for the decorated type (found by the kernel by name).</summary>
/// <remarks>
/// .NET Interactive recognises any attribute class named exactly <c>TypeFormatterSourceAttribute</c> with a
/// <c>FormatterSourceType</c> property, so MedNet.Viz needs no package reference to the kernel (TorchSharp uses the same
/// convention). The source type needs a public parameterless constructor and <c>IEnumerable&lt;object&gt; CreateTypeFormatters()</c>.
/// </remarks>
/// <param name="formatterSourceType">The formatter source type.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>MIME types the kernel should prefer, e.g. "text/html"; the kernel's default order when null.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Display;

/// <summary>Marks a type with the class that makes its .NET Interactive formatters (the convention TorchSharp uses, no package reference needed).</summary>
/// <param name="formatterSourceType">A type with <c>public IEnumerable&lt;object&gt; CreateTypeFormatters()</c>.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose instance creates the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>MIME types the notebook should prefer, e.g. "text/html".</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>One level of C# name lookup: a namespace and the using directives attached to that level.</summary>
/// <param name="Namespace">The namespace searched at this level ("" for the global namespace).</param>
/// <param name="Usings">The directives of the namespace declaration for this level (for "", the file's and the project's global ones).</param>
internal sealed record Scope(string Namespace, IReadOnlyList<UsingEntry> Usings);

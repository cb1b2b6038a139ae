// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>A type declared directly in a namespace of <c>src/</c> (class, record, struct, interface, enum or delegate).</summary>
/// <param name="Project">The project whose file declares it.</param>
/// <param name="Namespace">The namespace it is declared in ("" for the global namespace).</param>
/// <param name="Name">The type's name without type parameters.</param>
/// <param name="Arity">The number of type parameters (0 for a non-generic type).</param>
/// <param name="Path">The file that declares it (the first one, in ordinal path order, for a partial type).</param>
public sealed record DeclaredType(string Project, string Namespace, string Name, int Arity, string Path)
{
    /// <summary>The name as a reader writes it: <c>Name</c>, <c>Name&lt;&gt;</c>, <c>Name&lt;,&gt;</c>, ….</summary>
    public string DisplayName => Arity == 0 ? Name : $"{Name}<{new string(',', Arity - 1)}>";
}

// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>One place where a file names a type declared in <c>src/</c>.</summary>
/// <param name="File">The file that names the type (repository-relative path).</param>
/// <param name="From">The folder (namespace) the naming code sits in.</param>
/// <param name="Type">The type it names.</param>
/// <param name="InDocs">True when the name sits in an XML doc comment (a <c>cref</c>) rather than in code.</param>
public sealed record TypeReference(string File, FolderNode From, DeclaredType Type, bool InDocs)
{
    /// <summary>The folder (namespace) that declares the type.</summary>
    public FolderNode To => new(Type.Project, Type.Namespace);
}

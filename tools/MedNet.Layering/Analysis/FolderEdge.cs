// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>An edge of the folder graph: code in <see cref="From"/> names types declared in <see cref="To"/>.</summary>
/// <param name="From">The using folder.</param>
/// <param name="To">The used folder (another namespace of the same or of another project).</param>
/// <param name="Files">The using files, in ordinal order.</param>
/// <param name="Types">The types used, most-used first (then by name).</param>
public sealed record FolderEdge(FolderNode From, FolderNode To, IReadOnlyList<string> Files, IReadOnlyList<TypeUsage> Types)
{
    /// <summary>True when the edge comes only from XML doc comments (<c>cref</c>s).</summary>
    public bool DocsOnly => Types.All(t => t.DocsOnly);

    /// <summary>True when both ends are in the same project.</summary>
    public bool IsInsideProject => From.Project == To.Project;
}

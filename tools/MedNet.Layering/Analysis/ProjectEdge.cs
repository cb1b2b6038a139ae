// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>An edge of the project graph: files of <see cref="From"/> name types declared in <see cref="To"/>.</summary>
/// <param name="From">The using project.</param>
/// <param name="To">The used project.</param>
/// <param name="Files">The using files, in ordinal order.</param>
/// <param name="Edges">The folder edges behind it, in order.</param>
public sealed record ProjectEdge(string From, string To, IReadOnlyList<string> Files, IReadOnlyList<FolderEdge> Edges);

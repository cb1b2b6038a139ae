// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>A cycle in the folder graph of one project, written A → B → … → A.</summary>
/// <param name="Project">The project.</param>
/// <param name="Depth">
/// How many leading folder segments name a node: when it equals the project's deepest folder nesting the nodes are
/// single folders; a smaller depth groups each folder with its subfolders (<c>Reproduction</c> stands for
/// <c>Reproduction</c> and <c>Reproduction/Experiments</c>).
/// </param>
/// <param name="SubfoldersGrouped">True when nodes stand for a folder with its subfolders.</param>
/// <param name="Steps">The arrows, starting at the smallest node in ordinal order.</param>
public sealed record Cycle(string Project, int Depth, bool SubfoldersGrouped, IReadOnlyList<CycleStep> Steps)
{
    /// <summary>The cycle's nodes, A → B → … → A.</summary>
    public string Path => string.Join(" → ", Steps.Select(s => s.From).Append(Steps[0].From));
}

// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>One arrow of a cycle, with the folder edge that carries it.</summary>
/// <param name="From">The using folder (or folder with its subfolders).</param>
/// <param name="To">The used folder (or folder with its subfolders).</param>
/// <param name="Example">A folder edge behind the arrow; its first type is the example.</param>
public sealed record CycleStep(string From, string To, FolderEdge Example)
{
    /// <summary>The example type: the one used by the most files of the example edge.</summary>
    public TypeUsage ExampleType => Example.Types[0];
}

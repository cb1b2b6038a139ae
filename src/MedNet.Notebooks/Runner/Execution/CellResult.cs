// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>What running one code cell produced.</summary>
/// <param name="Cell">1-based cell number counting every cell.</param>
/// <param name="ExecutionCount">1-based count of executed code cells, as nbformat's <c>execution_count</c>.</param>
/// <param name="Outputs">Outputs in the order produced.</param>
/// <param name="Duration">Wall time of compile plus run.</param>
public sealed record CellResult(int Cell, int ExecutionCount, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration);

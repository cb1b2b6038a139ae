// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Console text written by a cell: nbformat's <c>stream</c> output.</summary>
/// <param name="Name"><c>stdout</c> (Console.Out) or <c>stderr</c> (Console.Error).</param>
public sealed record StreamOutput(string Name) : CellOutput
{
    /// <summary>The text written so far; consecutive writes to the same stream are joined.</summary>
    public StringBuilder Text { get; } = new();
}

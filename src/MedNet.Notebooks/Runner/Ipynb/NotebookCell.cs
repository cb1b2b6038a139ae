// SPDX-License-Identifier: MIT
using System.Text.Json.Nodes;

namespace MedNet.Notebooks.Runner.Ipynb;

/// <summary>One cell of a notebook, with its magic line removed and its language resolved.</summary>
/// <param name="Number">1-based position among all cells of the notebook, as a reader counts them in the editor.</param>
/// <param name="CellType">The nbformat cell type: <c>code</c>, <c>markdown</c> or <c>raw</c>.</param>
/// <param name="Language">What the runner does with the cell.</param>
/// <param name="KernelName">The kernel name the cell asks for (<c>csharp</c>, <c>markdown</c>, <c>fsharp</c>, …).</param>
/// <param name="Source">The cell text without the leading magic line.</param>
/// <param name="LineOffset">Lines removed before <paramref name="Source"/> (1 when a magic line was stripped, else 0);
/// add it to a line number in <paramref name="Source"/> to get the line the reader sees.</param>
/// <param name="Json">The cell's JSON object in the notebook document.</param>
public sealed record NotebookCell(
    int Number,
    string CellType,
    CellLanguage Language,
    string KernelName,
    string Source,
    int LineOffset,
    JsonObject Json);

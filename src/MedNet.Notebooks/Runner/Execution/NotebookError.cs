// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>The error that stopped a notebook: which notebook, which cell, which line, and the message.</summary>
/// <param name="Notebook">The notebook path, relative to the run's notebook root.</param>
/// <param name="Cell">1-based cell number counting every cell (markdown included), as the reader sees it.</param>
/// <param name="Line">1-based line in that cell (the magic line counts), or null when unknown (e.g. a timeout).</param>
/// <param name="Message">What went wrong.</param>
public sealed record NotebookError(string Notebook, int Cell, int? Line, string Message)
{
    /// <summary>Formats the error as <c>notebook: cell N, line L: message</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() =>
        Line is int line ? $"{Notebook}: cell {Cell}, line {line}: {Message}" : $"{Notebook}: cell {Cell}: {Message}";
}

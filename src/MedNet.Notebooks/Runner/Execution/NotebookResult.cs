// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>The outcome of running one notebook.</summary>
/// <param name="SourcePath">The full path of the notebook file.</param>
/// <param name="Document">The notebook that ran; null when the file could not be read (see <paramref name="Error"/>).</param>
/// <param name="RelativePath">The notebook path relative to the run's notebook root, with '/' separators (e.g. <c>mednet/02-dtaad.ipynb</c>).</param>
/// <param name="Status">Passed or failed.</param>
/// <param name="Cells">One result per executed code cell, in order.</param>
/// <param name="Error">The error that stopped the notebook; null when it passed.</param>
/// <param name="Duration">Wall time of the whole notebook.</param>
public sealed record NotebookResult(
    string SourcePath,
    NotebookDocument? Document,
    string RelativePath,
    NotebookStatus Status,
    IReadOnlyList<CellResult> Cells,
    NotebookError? Error,
    TimeSpan Duration)
{
    /// <summary>Why the notebook was skipped (<see cref="NotebookStatus.Skipped"/>), or null.</summary>
    public string? SkipReason { get; init; }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>How the headless runner executes notebooks.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The default per-cell time limit: 300 s.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(300);

    /// <summary>Wall-time limit of one cell (compile plus run), &gt; 0. Default: 300 s. A cell over the limit fails the notebook.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Called after each code cell with the notebook's relative path and the cell's result (progress on the console).</summary>
    public Action<string, CellResult>? CellFinished { get; init; }

    /// <summary>Run each notebook with the current directory set to the notebook's folder, as VS Code and Jupyter do, so the kernel resolves
    /// <c>#load "setup.csx"</c> and relative <c>#r</c> paths there. Default: true.</summary>
    public bool UseNotebookDirectory { get; init; } = true;

    /// <summary>Returns every problem with these options.</summary>
    /// <returns>One message per problem; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CellTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(CellTimeout)}: expected > 0 but got {CellTimeout.TotalSeconds} s.");
        }

        return problems;
    }
}

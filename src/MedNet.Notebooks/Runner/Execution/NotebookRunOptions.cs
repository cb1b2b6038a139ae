// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>How the headless runner executes notebooks.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The default per-cell time limit: 300 s (the smoke profile's).</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(300);

    /// <summary>The per-cell limit a profile gets unless one is given: smoke 300 s, laptop 4 h (its longest cells train Table 2's ladder
    /// or the explainability models for tens of minutes on 2 cores), paper none (its training runs for days).</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The limit; <see cref="Timeout.InfiniteTimeSpan"/> for none.</returns>
    public static TimeSpan DefaultCellTimeoutFor(RunProfile profile) => profile switch
    {
        RunProfile.Smoke => DefaultCellTimeout,
        RunProfile.Laptop => TimeSpan.FromHours(4),
        _ => Timeout.InfiniteTimeSpan,
    };

    /// <summary>Wall-time limit of one cell (compile plus run), &gt; 0, or <see cref="Timeout.InfiniteTimeSpan"/> for none. Default: 300 s.
    /// A cell over the limit fails the notebook.</summary>
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
        if (CellTimeout <= TimeSpan.Zero && CellTimeout != Timeout.InfiniteTimeSpan)
        {
            problems.Add($"{nameof(CellTimeout)}: expected > 0 but got {CellTimeout.TotalSeconds} s.");
        }

        return problems;
    }
}

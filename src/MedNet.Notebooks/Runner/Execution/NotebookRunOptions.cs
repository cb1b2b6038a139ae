// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>How the headless runner executes notebooks.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The default per-cell time limit: 300 s.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(300);

    /// <summary>Wall-time limit of one cell (compile plus run), &gt; 0. Default: 300 s. A cell over the limit fails the notebook.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>
    /// A directory whose assemblies replace same-named <c>#r</c> references (see <c>notebooks/README.md</c>), or null to resolve
    /// <c>#r</c> exactly as written. Default: the runner's own directory, which holds the MedNet assemblies it was built with.
    /// </summary>
    public string? HostAssemblyDirectory { get; init; } = Path.GetDirectoryName(typeof(NotebookRunOptions).Assembly.Location);

    /// <summary>Run each notebook with the current directory set to the notebook's folder, as VS Code and Jupyter do. Default: true.</summary>
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

        if (HostAssemblyDirectory is not null && !Directory.Exists(HostAssemblyDirectory))
        {
            problems.Add($"{nameof(HostAssemblyDirectory)}: expected an existing directory but got '{HostAssemblyDirectory}'.");
        }

        return problems;
    }
}

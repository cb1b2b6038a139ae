// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Notebooks.Cli;

/// <summary>The notebooks a run executes, in order, and the folder their report paths are relative to.</summary>
/// <param name="Root">The folder that report paths are relative to: <c>notebooks/</c>, or the common folder of the given paths.</param>
/// <param name="Notebooks">Full paths of the notebooks, in run order.</param>
public sealed record NotebookSelection(string Root, IReadOnlyList<string> Notebooks)
{
    /// <summary>Every <c>notebooks/**/*.ipynb</c> of the repository that holds <paramref name="startDirectory"/>, sorted by path.</summary>
    /// <param name="startDirectory">A folder inside the repository.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">The folder is not inside a checkout, or it has no notebooks.</exception>
    public static NotebookSelection Default(string startDirectory)
    {
        var repo = DataRoot.FindRepositoryRoot(startDirectory)
            ?? throw new ArgumentException(
                $"notebooks run: expected to run inside the repository (a folder with MedNet.Notebooks.sln) but {startDirectory} is not; pass notebook paths.",
                nameof(startDirectory));
        return FromPaths([Path.Combine(repo, "notebooks")]);
    }

    /// <summary>Expands files and folders into notebooks: a folder gives its <c>**/*.ipynb</c> sorted by path (checkpoints skipped).</summary>
    /// <param name="paths">Notebook files or folders, in the order to run them.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">A path does not exist or is not a notebook, or no notebook was found.</exception>
    public static NotebookSelection FromPaths(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var notebooks = new List<string>();
        var roots = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                roots.Add(full);
                notebooks.AddRange(Directory.EnumerateFiles(full, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
                    .OrderBy(f => Path.GetRelativePath(full, f).Replace('\\', '/'), StringComparer.Ordinal));
            }
            else if (File.Exists(full) && full.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                roots.Add(Path.GetDirectoryName(full)!);
                notebooks.Add(full);
            }
            else
            {
                throw new ArgumentException($"notebooks run: expected an .ipynb file or a folder but got '{path}', which {(File.Exists(full) ? "is not a notebook" : "does not exist")}.", nameof(paths));
            }
        }

        if (notebooks.Count == 0)
        {
            throw new ArgumentException($"notebooks run: expected at least one .ipynb under {string.Join(", ", paths)} but found none.", nameof(paths));
        }

        return new NotebookSelection(CommonFolder(roots), notebooks.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string CommonFolder(List<string> folders)
    {
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (!IsUnder(folder, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }

        return common;
    }

    private static bool IsUnder(string folder, string ancestor)
    {
        var relative = Path.GetRelativePath(ancestor, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}

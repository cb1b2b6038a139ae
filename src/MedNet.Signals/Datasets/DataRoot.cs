// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>
/// Finds the folder that holds the ECG datasets (one sub-folder per dataset: <c>mba/</c>, <c>mitdb/</c>, …).
/// </summary>
/// <remarks>
/// Resolution order (DESIGN.md, "Reproduction protocol"): the <c>MEDNET_DATA</c> environment variable →
/// <c>data/</c> in the repository → <c>../shared/data</c> beside the repository.
/// </remarks>
public static class DataRoot
{
    /// <summary>The environment variable that overrides every other data root.</summary>
    public const string EnvironmentVariable = "MEDNET_DATA";

    /// <summary>
    /// Lists the candidate data roots in resolution order, starting the repository search at <paramref name="startDirectory"/>.
    /// </summary>
    /// <param name="startDirectory">A directory inside the repository; its ancestors are searched for the repository root
    /// (the nearest folder above it with a solution file or <c>.git</c>). Default: the current directory.</param>
    /// <returns>Candidates, each with where it came from; a candidate may not exist, except the MEDNET_DATA one.</returns>
    /// <exception cref="DirectoryNotFoundException">MEDNET_DATA names a folder that does not exist.</exception>
    public static IReadOnlyList<DataRootCandidate> Candidates(string? startDirectory = null) =>
        Candidates(startDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>As <see cref="Candidates(string?)"/>, with the explicit root given instead of read from MEDNET_DATA.</summary>
    /// <param name="startDirectory">Where the repository search starts; null for the current directory.</param>
    /// <param name="fromEnv">The explicit data root (what MEDNET_DATA holds), or null/empty for none.</param>
    /// <returns>Candidates in resolution order.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="fromEnv"/> names a folder that does not exist.</exception>
    public static IReadOnlyList<DataRootCandidate> Candidates(string? startDirectory, string? fromEnv)
    {
        var list = new List<DataRootCandidate>();
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            var path = Path.GetFullPath(fromEnv);
            if (!Directory.Exists(path))
            {
                // An explicit root that does not exist is a mistake, not a reason to fall back silently to other data.
                throw new DirectoryNotFoundException(
                    $"{EnvironmentVariable}: expected an existing folder but '{fromEnv}' ({path}) does not exist. Point it at a folder holding mba/, mitdb/, … or unset it to use data/ and ../shared/data.");
            }

            list.Add(new DataRootCandidate(path, EnvironmentVariable));
        }

        var repo = FindRepositoryRoot(startDirectory ?? Directory.GetCurrentDirectory());
        if (repo is not null)
        {
            list.Add(new DataRootCandidate(Path.Combine(repo, "data"), "repository data/"));
            list.Add(new DataRootCandidate(Path.GetFullPath(Path.Combine(repo, "..", "shared", "data")), "../shared/data"));
        }

        return list;
    }

    /// <summary>
    /// Returns the first data root that holds <paramref name="dataset"/> (a sub-folder name such as <c>mitdb</c>),
    /// or <see langword="null"/> when none does.
    /// </summary>
    /// <param name="dataset">Dataset folder name, e.g. <c>mba</c>, <c>mitdb</c>, <c>ptbxl</c>, <c>cinc2017</c>.</param>
    /// <param name="startDirectory">Where the repository search starts. Default: the current directory.</param>
    /// <returns>The full path of the dataset folder, or <see langword="null"/>.</returns>
    public static string? FindDataset(string dataset, string? startDirectory = null) => FindDataset(dataset, startDirectory, []);

    /// <summary>
    /// Returns the first data root whose <paramref name="dataset"/> folder holds every file of
    /// <paramref name="requiredFiles"/>, or <see langword="null"/> when none does. Use it when a partial copy (such as the
    /// shipped <c>data/mitdb</c>, record 100 only) must not hide a complete one further down the search order.
    /// </summary>
    /// <param name="dataset">Dataset folder name, e.g. <c>mitdb</c>.</param>
    /// <param name="startDirectory">Where the repository search starts; null = the current directory.</param>
    /// <param name="requiredFiles">Paths relative to the dataset folder, e.g. <c>101.hea</c>; empty = the folder alone.</param>
    /// <returns>The full path of the dataset folder, or <see langword="null"/>.</returns>
    public static string? FindDataset(string dataset, string? startDirectory, IReadOnlyList<string> requiredFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataset);
        ArgumentNullException.ThrowIfNull(requiredFiles);
        foreach (var candidate in Candidates(startDirectory))
        {
            var folder = Path.Combine(candidate.Path, dataset);
            var complete = Directory.Exists(folder);
            for (var i = 0; complete && i < requiredFiles.Count; i++)
            {
                complete = File.Exists(Path.Combine(folder, requiredFiles[i]));
            }

            if (complete)
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>Finds the repository root: the nearest ancestor of <paramref name="startDirectory"/> that holds a solution file (<c>*.sln</c>) or a <c>.git</c> entry.</summary>
    /// <param name="startDirectory">Where the search starts.</param>
    /// <returns>The repository root, or <see langword="null"/> outside a checkout.</returns>
    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (Directory.EnumerateFiles(dir.FullName, "*.sln").Any() || Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

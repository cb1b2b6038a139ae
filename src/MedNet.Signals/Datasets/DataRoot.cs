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
    /// <returns>Candidates, each with where it came from; a candidate may not exist.</returns>
    public static IReadOnlyList<DataRootCandidate> Candidates(string? startDirectory = null)
    {
        var list = new List<DataRootCandidate>();
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            list.Add(new DataRootCandidate(Path.GetFullPath(fromEnv), EnvironmentVariable));
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

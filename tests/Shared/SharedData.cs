// SPDX-License-Identifier: MIT
namespace MedNet.Tests.Shared;

/// <summary>
/// Finds the large real datasets that live outside the repository (../shared/data beside the checkout, or MEDNET_DATA).
/// Tests that need them use <see cref="SharedDataFactAttribute"/> / <see cref="SharedDataTheoryAttribute"/> and are
/// skipped, with the reason, on a fresh clone that has no ../shared.
/// </summary>
internal static class SharedData
{
    /// <summary>The dataset folder (e.g. "mitdb") under MEDNET_DATA or ../shared/data, or null.</summary>
    public static string? Find(string dataset)
    {
        var env = Environment.GetEnvironmentVariable("MEDNET_DATA");
        if (!string.IsNullOrWhiteSpace(env) && Directory.Exists(Path.Combine(env, dataset)))
        {
            return Path.GetFullPath(Path.Combine(env, dataset));
        }

        var repo = RepositoryRoot();
        if (repo is null)
        {
            return null;
        }

        var shared = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", dataset));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>The folder that holds MedNet.Notebooks.sln, found from the test assembly's location.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedNet.Notebooks.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository's shipped data folder (data/&lt;dataset&gt;); throws if the checkout lacks it.</summary>
    public static string Shipped(string dataset)
    {
        var repo = RepositoryRoot() ?? throw new InvalidOperationException("MedNet.Notebooks.sln not found above the test assembly.");
        var path = Path.Combine(repo, "data", dataset);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"shipped dataset folder missing: {path}");
    }

    internal static string SkipReason(string dataset) =>
        $"needs ../shared/data/{dataset} (or MEDNET_DATA/{dataset}), which is absent here; CI has it";
}

/// <summary>A fact that runs only when the named dataset is present in ../shared/data or MEDNET_DATA.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string dataset)
    {
        if (SharedData.Find(dataset) is null)
        {
            Skip = SharedData.SkipReason(dataset);
        }
    }
}

/// <summary>A theory that runs only when the named dataset is present in ../shared/data or MEDNET_DATA.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string dataset)
    {
        if (SharedData.Find(dataset) is null)
        {
            Skip = SharedData.SkipReason(dataset);
        }
    }
}

/// <summary>A fact that runs only when ../shared/papers (the two papers' text) is beside the checkout.</summary>
internal sealed class SharedPapersFactAttribute : FactAttribute
{
    public SharedPapersFactAttribute()
    {
        if (SharedPapers.Folder() is null)
        {
            Skip = "needs ../shared/papers beside the checkout, which is absent here; CI has it";
        }
    }
}

/// <summary>Locates ../shared/papers.</summary>
internal static class SharedPapers
{
    public static string? Folder()
    {
        var repo = SharedData.RepositoryRoot();
        var dir = repo is null ? null : Path.GetFullPath(Path.Combine(repo, "..", "shared", "papers"));
        return dir is not null && Directory.Exists(dir) ? dir : null;
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>Reads the C# files of a repository's <c>src/</c> tree.</summary>
public static class SourceScanner
{
    /// <summary>Every <c>src/**/*.cs</c> outside <c>bin/</c> and <c>obj/</c>, in ordinal path order.</summary>
    /// <param name="repositoryRoot">The folder that holds <c>src/</c>.</param>
    public static IReadOnlyList<SourceFile> Scan(string repositoryRoot)
    {
        var src = Path.Combine(repositoryRoot, "src");
        if (!Directory.Exists(src))
        {
            throw new DirectoryNotFoundException(
                $"SourceScanner: expected a src/ folder under the repository root but '{src}' does not exist. Pass --root <repo>.");
        }

        var paths = Directory
            .EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(repositoryRoot, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(segment => segment is "bin" or "obj"))
            .Where(p => p.Split('/').Length >= 3)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var files = new SourceFile[paths.Length];
        Parallel.For(0, paths.Length, i => files[i] = new SourceFile(paths[i], File.ReadAllText(Path.Combine(repositoryRoot, paths[i]))));
        return files;
    }

    /// <summary>The folder holding <c>MedNet.Notebooks.sln</c> at or above <paramref name="start"/>, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedNet.Notebooks.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

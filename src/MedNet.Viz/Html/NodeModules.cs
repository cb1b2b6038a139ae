// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Html;

/// <summary>Finds a file or folder of an npm package installed by the repository's package.json (<c>npm ci</c>).</summary>
internal static class NodeModules
{
    /// <summary>Searches each start directory and its ancestors for <paramref name="relativePath"/>; records up to 40 searched folders.</summary>
    /// <param name="relativePath">Path below a directory that holds node_modules, e.g. <c>node_modules/katex/dist/katex.min.js</c>.</param>
    /// <param name="startDirectories">Directories whose ancestors are searched, in order.</param>
    /// <param name="searched">Receives the searched folders (for error messages), or null.</param>
    /// <returns>The full path of the first match, or null.</returns>
    public static string? Search(string relativePath, IReadOnlyList<string> startDirectories, List<string>? searched)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                if (searched is { Count: < 40 })
                {
                    searched.Add(dir.FullName);
                }
            }
        }

        return null;
    }

    /// <summary>The non-empty start directories as full paths.</summary>
    /// <param name="startDirectories">Directories as given, possibly null or empty.</param>
    /// <returns>The usable ones, in order.</returns>
    public static List<string> FullPaths(IEnumerable<string?> startDirectories)
    {
        var starts = new List<string>();
        foreach (var s in startDirectories)
        {
            if (!string.IsNullOrEmpty(s))
            {
                starts.Add(Path.GetFullPath(s));
            }
        }

        return starts;
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Report;

/// <summary>Finds <c>plotly.min.js</c> (npm package <c>plotly.js-dist-min</c>, pinned in <c>package.json</c>) to inline in reports.</summary>
public static class PlotlyScript
{
    /// <summary>The path of the script inside a repository: <c>node_modules/plotly.js-dist-min/plotly.min.js</c>.</summary>
    public static readonly string RelativePath = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    /// <summary>Finds the script in <paramref name="startDirectories"/> or any of their ancestors.</summary>
    /// <param name="startDirectories">Where to start; typically the notebook folder, the current directory and the runner's folder.</param>
    /// <returns>The full path, or null when <c>bash .ci/install-deps</c> (<c>npm ci</c>) has not been run.</returns>
    public static string? Find(params string?[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        foreach (var start in startDirectories)
        {
            if (string.IsNullOrEmpty(start))
            {
                continue;
            }

            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>True when an HTML fragment draws a plotly figure and so needs plotly.js on its page.</summary>
    /// <param name="html">An output's <c>text/html</c>.</param>
    /// <returns>Whether the fragment mentions the <c>Plotly.</c> global.</returns>
    public static bool IsNeededBy(string html) => html.Contains("Plotly.", StringComparison.Ordinal);
}

// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;

namespace MedNet.Viz.Html;

/// <summary>Where plotly.js comes from: the pinned npm package on disk (reports) or the same version on a CDN (notebooks).</summary>
/// <remarks>
/// Lookup of plotly.min.js, first match wins:
/// (1) the file named by the environment variable <c>MEDNET_PLOTLY_JS</c>;
/// (2) <c>node_modules/plotly.js-dist-min/plotly.min.js</c> in the current directory or any parent;
/// (3) the same below the directory of the MedNet.Viz assembly or any parent.
/// The repository's package.json pins the version (<see cref="Version"/>); <c>npm ci</c> (run by <c>.ci/install-deps</c>)
/// installs it.
/// </remarks>
public static class PlotlyJs
{
    /// <summary>The plotly.js-dist-min version pinned in package.json; the CDN URL uses the same version.</summary>
    public const string Version = "4.1.2";

    /// <summary>Environment variable that names plotly.min.js explicitly.</summary>
    public const string PathVariable = "MEDNET_PLOTLY_JS";

    /// <summary>Path of the script relative to a directory holding node_modules.</summary>
    public static readonly string RelativePath = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The CDN address of the pinned build without the ".js" suffix (require.js appends it).</summary>
    public static string CdnModuleUrl => $"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{Version}/plotly.min";

    /// <summary>Finds plotly.min.js by the documented lookup.</summary>
    /// <returns>The full path of the file.</returns>
    /// <exception cref="FileNotFoundException">No copy was found; the message lists where it looked and how to install it.</exception>
    public static string Locate() =>
        Locate(Environment.GetEnvironmentVariable(PathVariable), [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);

    /// <summary>
    /// Finds plotly.min.js by the documented lookup (<see cref="PathVariable"/>, then <c>node_modules</c> above each of
    /// <paramref name="startDirectories"/>), or returns null when there is none.
    /// </summary>
    /// <param name="startDirectories">Directories whose ancestors are searched, in order.</param>
    /// <returns>The full path, or null.</returns>
    /// <exception cref="FileNotFoundException"><see cref="PathVariable"/> names a file that does not exist.</exception>
    public static string? TryLocate(params string?[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        var starts = NodeModules.FullPaths(startDirectories);
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        return string.IsNullOrWhiteSpace(explicitPath) ? NodeModules.Search(RelativePath, starts, searched: null) : Locate(explicitPath, starts);
    }

    /// <summary>The lookup with its inputs made explicit (for tests).</summary>
    /// <param name="explicitPath">Value of <see cref="PathVariable"/>, or null.</param>
    /// <param name="startDirectories">Directories whose ancestors are searched, in order.</param>
    /// <returns>The full path of the file.</returns>
    internal static string Locate(string? explicitPath, IReadOnlyList<string> startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new FileNotFoundException(
                    $"PlotlyJs.Locate: expected the file named by {PathVariable} but '{explicitPath}' does not exist. " +
                    $"Point {PathVariable} at plotly.min.js or unset it to search node_modules.", explicitPath);
        }

        var searched = new List<string>();
        if (NodeModules.Search(RelativePath, startDirectories, searched) is { } found)
        {
            return found;
        }

        throw new FileNotFoundException(
            $"PlotlyJs.Locate: expected {RelativePath} in the current directory, the MedNet.Viz assembly's directory or a parent " +
            $"but found none (searched {string.Join(", ", searched.Distinct())}). Run `npm ci` in the repository root " +
            $"(or `bash .ci/install-deps`) to install plotly.js-dist-min {Version}, or set {PathVariable} to a plotly.min.js.");
    }

    /// <summary>The contents of plotly.min.js made safe to place inside an HTML script element; cached per path.</summary>
    /// <returns>The script text.</returns>
    /// <exception cref="FileNotFoundException">No copy was found (see <see cref="Locate()"/>).</exception>
    public static string ReadInlineScript() => Cache.GetOrAdd(Locate(), static path =>
        File.ReadAllText(path).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));
}

// SPDX-License-Identifier: MIT
using System.Reflection;
using Plotly.NET;

namespace MedNet.Viz.Html;

/// <summary>The plotly.js that offline reports inline: the copy Plotly.NET ships, else the npm package on disk.</summary>
/// <remarks>
/// Lookup, first match wins:
/// (1) the file named by the environment variable <c>MEDNET_PLOTLY_JS</c>;
/// (2) the <c>plotly-X.Y.Z.min.js</c> embedded in the Plotly.NET assembly, the version its charts are written for
///     (<see cref="EmbeddedVersion"/>), so a report draws its figures without <c>npm ci</c>;
/// (3) <c>node_modules/plotly.js-dist-min/plotly.min.js</c> in a start directory or any parent (<c>npm ci</c>).
/// Notebook outputs are Plotly.NET.Interactive's: they load plotly.js themselves in VS Code and Jupyter.
/// </remarks>
public static class PlotlyJs
{
    /// <summary>Environment variable that names plotly.min.js explicitly.</summary>
    public const string PathVariable = "MEDNET_PLOTLY_JS";

    /// <summary>Path of the npm copy relative to a directory holding node_modules.</summary>
    public static readonly string RelativePath = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    private const string ResourcePrefix = "Plotly.NET.plotly-";
    private const string ResourceSuffix = ".min.js";

    private static readonly Lazy<string?> EmbeddedName = new(() => Array.Find(
        typeof(GenericChart).Assembly.GetManifestResourceNames(),
        n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal)));

    /// <summary>The plotly.js version embedded in Plotly.NET (e.g. <c>2.28.0</c>), or null when the assembly carries none.</summary>
    public static string? EmbeddedVersion => EmbeddedName.Value?[ResourcePrefix.Length..^ResourceSuffix.Length];

    /// <summary>Finds plotly.js by the documented lookup and says where it came from.</summary>
    /// <param name="startDirectories">Directories whose ancestors are searched for node_modules, in order (used only when Plotly.NET carries no copy).</param>
    /// <returns>The source, or null when there is none.</returns>
    /// <exception cref="FileNotFoundException"><see cref="PathVariable"/> names a file that does not exist.</exception>
    public static PlotlyJsSource? TryLocate(params string?[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? new PlotlyJsSource(Path.GetFullPath(explicitPath), null)
                : throw new FileNotFoundException(
                    $"PlotlyJs.TryLocate: expected the file named by {PathVariable} but '{explicitPath}' does not exist. " +
                    $"Point {PathVariable} at a plotly.min.js or unset it to use the copy Plotly.NET ships.", explicitPath);
        }

        if (EmbeddedName.Value is { } resource)
        {
            return new PlotlyJsSource(null, resource);
        }

        return NodeModules.Search(RelativePath, NodeModules.FullPaths(startDirectories), searched: null) is { } path ? new PlotlyJsSource(path, null) : null;
    }

    /// <summary>The script text of a source, made safe to place inside an HTML script element.</summary>
    /// <param name="source">From <see cref="TryLocate"/>.</param>
    /// <returns>The script.</returns>
    public static string Read(PlotlyJsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string text;
        if (source.Resource is { } resource)
        {
            using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"PlotlyJs.Read: expected the resource '{resource}' in {typeof(GenericChart).Assembly.GetName().Name} but it is missing.");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        else
        {
            text = File.ReadAllText(source.Path!);
        }

        return text.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}

// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MedNet.Viz.Html;

/// <summary>Where KaTeX comes from for offline HTML reports: the pinned npm package on disk, fonts embedded.</summary>
/// <remarks>
/// Lookup of KaTeX's <c>dist</c> folder (the one holding katex.min.js), first match wins:
/// (1) the folder named by the environment variable <c>MEDNET_KATEX_DIR</c>;
/// (2) <c>node_modules/katex/dist</c> in a start directory or any parent (the same search as <see cref="PlotlyJs"/>).
/// The repository's package.json pins the version (<see cref="Version"/>); <c>npm ci</c> (run by <c>.ci/install-deps</c>)
/// installs it.
/// </remarks>
public static partial class KatexAssets
{
    /// <summary>The katex version pinned in package.json.</summary>
    public const string Version = "0.19.1";

    /// <summary>Environment variable that names KaTeX's <c>dist</c> folder explicitly.</summary>
    public const string PathVariable = "MEDNET_KATEX_DIR";

    /// <summary>Path of katex.min.js relative to a directory holding node_modules.</summary>
    public static readonly string RelativePath = Path.Combine("node_modules", "katex", "dist", "katex.min.js");

    private static readonly ConcurrentDictionary<string, KatexBundle> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Finds KaTeX's <c>dist</c> folder by the documented lookup (<see cref="PathVariable"/>, then <c>node_modules</c> above
    /// each of <paramref name="startDirectories"/>), or returns null when there is none.
    /// </summary>
    /// <param name="startDirectories">Directories whose ancestors are searched, in order.</param>
    /// <returns>The full path of the folder, or null.</returns>
    /// <exception cref="DirectoryNotFoundException"><see cref="PathVariable"/> names a folder without katex.min.js.</exception>
    public static string? TryLocate(params string?[] startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(Path.Combine(explicitPath, "katex.min.js"))
                ? Path.GetFullPath(explicitPath)
                : throw new DirectoryNotFoundException(
                    $"KatexAssets.TryLocate: expected the folder named by {PathVariable} to hold katex.min.js but '{explicitPath}' does not. " +
                    $"Point {PathVariable} at KaTeX's dist folder or unset it to search node_modules.");
        }

        var file = NodeModules.Search(RelativePath, NodeModules.FullPaths(startDirectories), searched: null);
        return file is null ? null : Path.GetDirectoryName(file);
    }

    /// <summary>Reads KaTeX from its <c>dist</c> folder and embeds the fonts its stylesheet names; cached per folder.</summary>
    /// <param name="distDirectory">The folder holding katex.min.js, katex.min.css and fonts/ (see <see cref="TryLocate"/>).</param>
    /// <returns>The stylesheet and script, ready to inline.</returns>
    /// <exception cref="FileNotFoundException">A file of the package, or a font its stylesheet names, is missing.</exception>
    public static KatexBundle Read(string distDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(distDirectory);
        return Cache.GetOrAdd(Path.GetFullPath(distDirectory), static dir => new KatexBundle(
            EmbedFonts(ReadPackageFile(dir, "katex.min.css"), dir).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase),
            ReadPackageFile(dir, "katex.min.js").Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Replaces each <c>@font-face</c> source list (<c>url(fonts/X.woff2) format("woff2"),url(fonts/X.woff) …</c>) by the woff2
    /// font as a <c>data:</c> URI, so the page needs no file beside it. Every browser that runs KaTeX reads woff2.
    /// </summary>
    /// <param name="css">katex.min.css.</param>
    /// <param name="distDirectory">The folder whose <c>fonts/</c> holds the fonts.</param>
    /// <returns>The stylesheet without relative font URLs.</returns>
    internal static string EmbedFonts(string css, string distDirectory) => FontSources().Replace(css, match =>
    {
        var font = Path.Combine(distDirectory, "fonts", match.Groups["name"].Value + ".woff2");
        if (!File.Exists(font))
        {
            throw new FileNotFoundException(
                $"KatexAssets.Read: expected the font {match.Groups["name"].Value}.woff2 named by katex.min.css in {Path.GetDirectoryName(font)} but it is missing. Rerun `npm ci`.", font);
        }

        return $"url(data:font/woff2;base64,{Convert.ToBase64String(File.ReadAllBytes(font))}) format(\"woff2\")";
    });

    private static string ReadPackageFile(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException(
                $"KatexAssets.Read: expected {name} in {directory} but it is missing. Run `npm ci` (katex {Version}) or set {PathVariable}.", path);
    }

    [GeneratedRegex("url\\(fonts/(?<name>[A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)(,url\\(fonts/[A-Za-z0-9_.-]+\\) format\\(\"[a-z]+\"\\))*")]
    private static partial Regex FontSources();
}

// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Download;

/// <summary>The datasets <c>mednet data download</c> knows, read from the manifests embedded in this assembly.</summary>
/// <remarks>
/// The registry is data, not code (as d2l's <c>DATA_HUB</c>): <c>src/MedNet.Signals/Download/Manifests/&lt;name&gt;.txt</c>
/// holds <c># key: value</c> metadata lines (name, title, base_url, licence, citation, checksums) and one
/// <c>&lt;sha256&gt; &lt;relative path&gt;</c> line per file, with <c>-</c> for a checksum that is not known. The
/// <c>checksums</c> line says where the values come from. Grammar per line: <c>'#' key ':' value</c> | <c>hash ' ' path</c> | blank.
/// </remarks>
public static class DatasetRegistry
{
    private const string Prefix = "MedNet.Signals.Download.Manifests.";
    private static readonly Lazy<IReadOnlyList<DatasetEntry>> Entries = new(LoadAll);

    /// <summary>Every registered dataset, ordered by name.</summary>
    public static IReadOnlyList<DatasetEntry> All => Entries.Value;

    /// <summary>Finds a dataset by name (case-insensitive).</summary>
    /// <param name="name">Dataset name, e.g. <c>mitdb</c>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The name is not registered; the message lists the names that are.</exception>
    public static DatasetEntry Get(string name)
    {
        foreach (var e in All)
        {
            if (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }
        }

        var names = new List<string>();
        foreach (var e in All)
        {
            names.Add(e.Name);
        }

        throw new ArgumentException($"DatasetRegistry: expected one of {string.Join(", ", names)} but got '{name}'.", nameof(name));
    }

    /// <summary>Parses one manifest (the format in the remarks).</summary>
    /// <param name="text">Manifest text.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="FormatException">A malformed line or a missing key; the message names the line.</exception>
    public static DatasetEntry Parse(string text, string source)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<DatasetFile>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                var key = colon > 0 ? line[1..colon].Trim() : string.Empty;
                if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal))
                {
                    meta[key] = line[(colon + 1)..].Trim();
                }

                continue;
            }

            // "<sha256|-> <size|-> <path>" (the size column is optional for older manifests: "<sha256|-> <path>").
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            var hash = parts.Length >= 2 ? parts[0] : string.Empty;
            long? size = null;
            string path;
            bool validSize = true;
            if (parts.Length == 3 && (parts[1] == "-" || long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                size = parts[1] == "-" ? null : long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                path = parts[2].Trim();
            }
            else
            {
                path = parts.Length >= 2 ? line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim() : string.Empty;
                validSize = parts.Length != 3 || !char.IsAsciiDigit(parts[1][0]);
            }

            bool validHash = hash == "-" || (hash.Length == 64 && IsLowerHex(hash));
            if (!validHash || !validSize || path.Length == 0 || path.Contains("..", StringComparison.Ordinal) || path.StartsWith('/'))
            {
                throw new FormatException(
                    $"DatasetRegistry: expected '<64 hex digits or -> <size in bytes or -> <relative path>' at {source} line {i + 1} but got '{line}'.");
            }

            files.Add(new DatasetFile(path, hash == "-" ? null : hash, size));
        }

        string Need(string key) => meta.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new FormatException($"DatasetRegistry: expected a '# {key}: …' line in {source} but it is missing.");
        var baseUrl = Need("base_url");
        if (!baseUrl.EndsWith('/'))
        {
            throw new FormatException($"DatasetRegistry: expected base_url ending in '/' in {source} but got '{baseUrl}'.");
        }

        return new DatasetEntry(Need("name"), Need("title"), new Uri(baseUrl), Need("licence"), Need("citation"), Need("checksums"), files);
    }

    private static bool IsLowerHex(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<DatasetEntry> LoadAll()
    {
        var assembly = typeof(DatasetRegistry).Assembly;
        var list = new List<DatasetEntry>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(Parse(reader.ReadToEnd(), resource));
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }
}

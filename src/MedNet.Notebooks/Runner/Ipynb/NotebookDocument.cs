// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedNet.Notebooks.Runner.Ipynb;

/// <summary>
/// A Jupyter notebook (nbformat 4) as written by VS Code Polyglot Notebooks or Jupyter with the .NET Interactive kernel.
/// </summary>
/// <remarks>
/// Source: nbformat 4 schema (https://nbformat.readthedocs.io/en/latest/format_description.html). A cell's language is,
/// in order: its first-line magic (<c>#!csharp</c>, <c>#!c#</c>, <c>#!markdown</c>, <c>#!fsharp</c>, …), the cell metadata
/// <c>polyglot_notebook.kernelName</c>, then <c>dotnet_interactive.language</c>, then the notebook default
/// (<c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>, else the kernelspec: <c>.net-csharp</c> → csharp).
/// The JSON is kept as it is so that the executed copy preserves every field the runner does not know.
/// </remarks>
public sealed class NotebookDocument
{
    private NotebookDocument(string path, JsonObject root, IReadOnlyList<NotebookCell> cells, string defaultKernel)
    {
        Path = path;
        Root = root;
        Cells = cells;
        DefaultKernelName = defaultKernel;
    }

    /// <summary>The full path of the notebook file.</summary>
    public string Path { get; }

    /// <summary>The notebook's JSON document.</summary>
    public JsonObject Root { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Datasets the notebook needs (<c>metadata.mednet.requires_data</c>, e.g. ["mitdb", "ptbxl"]); the runner skips the
    /// notebook, saying which are absent, when one is not found under ../shared/data or MEDNET_DATA.</summary>
    public IReadOnlyList<string> RequiredDatasets =>
        Root["metadata"]?["mednet"]?["requires_data"] is JsonArray names ? [.. names.Select(n => n?.GetValue<string>() ?? string.Empty).Where(n => n.Length > 0)] : [];

    /// <summary>The kernel that runs cells without their own language: <c>csharp</c> for a .NET (C#) notebook.</summary>
    public string DefaultKernelName { get; }

    /// <summary>Reads a notebook file.</summary>
    /// <param name="path">Path of an <c>.ipynb</c> file.</param>
    /// <returns>The parsed notebook.</returns>
    /// <exception cref="NotebookFormatException">The file is not nbformat 4 JSON.</exception>
    public static NotebookDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Parses notebook JSON.</summary>
    /// <param name="json">The notebook text.</param>
    /// <param name="path">Where it came from, for error messages and for resolving relative paths.</param>
    /// <returns>The parsed notebook.</returns>
    /// <exception cref="NotebookFormatException">The text is not nbformat 4 JSON.</exception>
    public static NotebookDocument Parse(string json, string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw new NotebookFormatException(path, "expected a JSON object at the top level but got another JSON value.");
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException(path, $"expected notebook JSON but the parser stopped at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }

        var major = root["nbformat"]?.GetValueKind() == JsonValueKind.Number ? root["nbformat"]!.GetValue<int>() : -1;
        if (major != 4)
        {
            throw new NotebookFormatException(path, $"expected field 'nbformat' = 4 but got {root["nbformat"]?.ToJsonString() ?? "nothing"}. Save the notebook with Jupyter or VS Code to upgrade it.");
        }

        if (root["cells"] is not JsonArray cellArray)
        {
            throw new NotebookFormatException(path, "expected field 'cells' to be an array but it is missing or not an array.");
        }

        var defaultKernel = DefaultKernel(root);
        var cells = new List<NotebookCell>(cellArray.Count);
        for (int i = 0; i < cellArray.Count; i++)
        {
            if (cellArray[i] is not JsonObject cell)
            {
                throw new NotebookFormatException(path, $"expected cells[{i}] to be an object but got {cellArray[i]?.ToJsonString() ?? "null"}.");
            }

            cells.Add(ReadCell(cell, i + 1, defaultKernel, path));
        }

        return new NotebookDocument(path, root, cells, defaultKernel);
    }

    /// <summary>Joins an nbformat multiline string (a string or an array of lines).</summary>
    /// <param name="node">The JSON value.</param>
    /// <returns>The text; empty for null.</returns>
    public static string JoinMultiline(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
        _ => node.GetValue<string>(),
    };

    private static string DefaultKernel(JsonObject root)
    {
        var meta = root["metadata"] as JsonObject;
        var polyglot = meta?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>();
        if (!string.IsNullOrWhiteSpace(polyglot))
        {
            return polyglot;
        }

        var spec = meta?["kernelspec"]?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(spec))
        {
            return "csharp";
        }

        return spec.StartsWith(".net-", StringComparison.OrdinalIgnoreCase) ? spec[".net-".Length..].ToLowerInvariant() : spec;
    }

    private static NotebookCell ReadCell(JsonObject cell, int number, string defaultKernel, string path)
    {
        var type = cell["cell_type"]?.GetValue<string>()
            ?? throw new NotebookFormatException(path, $"expected cells[{number - 1}].cell_type to be 'code', 'markdown' or 'raw' but it is missing.");
        var source = JoinMultiline(cell["source"]).Replace("\r\n", "\n", StringComparison.Ordinal);
        switch (type)
        {
            case "markdown":
                return new NotebookCell(number, type, CellLanguage.Markdown, "markdown", source, 0, cell);
            case "raw":
                return new NotebookCell(number, type, CellLanguage.Raw, "raw", source, 0, cell);
            case "code":
                break;
            default:
                throw new NotebookFormatException(path, $"expected cells[{number - 1}].cell_type to be 'code', 'markdown' or 'raw' but got '{type}'.");
        }

        var kernel = cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
            ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
            ?? defaultKernel;
        int offset = 0;
        var firstLineEnd = source.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstLineEnd < 0 ? source : source[..firstLineEnd]).Trim();
        if (firstLine.StartsWith("#!", StringComparison.Ordinal) && firstLine.Length > 2 && !firstLine.Contains(' ', StringComparison.Ordinal))
        {
            var magic = firstLine[2..];
            if (IsKernelName(magic))
            {
                kernel = magic;
                source = firstLineEnd < 0 ? string.Empty : source[(firstLineEnd + 1)..];
                offset = 1;
            }
        }

        var language = kernel.ToLowerInvariant() switch
        {
            "csharp" or "c#" => CellLanguage.CSharp,
            "markdown" or "md" => CellLanguage.Markdown,
            _ => CellLanguage.Unsupported,
        };
        return new NotebookCell(number, type, language, kernel, source, offset, cell);
    }

    private static bool IsKernelName(string magic) => magic.ToLowerInvariant() switch
    {
        "csharp" or "c#" or "markdown" or "md" or "fsharp" or "f#" or "pwsh" or "powershell" or "javascript" or "js"
            or "html" or "sql" or "kql" or "mermaid" or "value" or "http" => true,
        _ => false,
    };
}

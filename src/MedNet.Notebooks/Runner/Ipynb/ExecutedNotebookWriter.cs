// SPDX-License-Identifier: MIT
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedNet.Notebooks.Runner.Execution;

namespace MedNet.Notebooks.Runner.Ipynb;

/// <summary>Writes an executed notebook: the original JSON with each code cell's outputs and execution count filled in.</summary>
/// <remarks>
/// Source: nbformat 4 output types (<c>stream</c>, <c>display_data</c>, <c>execute_result</c>, <c>error</c>). Text is
/// written as nbformat multiline strings (arrays of lines, each keeping its <c>\n</c>), indented by one space as Jupyter does.
/// Cells that did not run get no outputs and a null execution count.
/// </remarks>
public static class ExecutedNotebookWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds the executed notebook JSON.</summary>
    /// <param name="result">A notebook run with its document.</param>
    /// <returns>The notebook text.</returns>
    /// <exception cref="ArgumentException">The run has no document (the file could not be read).</exception>
    public static string ToJson(NotebookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = result.Document
            ?? throw new ArgumentException($"ExecutedNotebookWriter: expected a run with a notebook document but {result.RelativePath} could not be read.", nameof(result));
        var root = (JsonObject)document.Root.DeepClone();
        var cells = (JsonArray)root["cells"]!;
        var byNumber = result.Cells.ToDictionary(c => c.Cell);
        foreach (var cell in document.Cells)
        {
            if (cell.CellType != "code")
            {
                continue;
            }

            var json = (JsonObject)cells[cell.Number - 1]!;
            var outputs = new JsonArray();
            JsonNode? count = null;
            if (byNumber.TryGetValue(cell.Number, out var run))
            {
                count = run.ExecutionCount;
                foreach (var output in run.Outputs)
                {
                    outputs.Add(ToJson(output, run.ExecutionCount));
                }
            }

            json["execution_count"] = count;
            json["outputs"] = outputs;
        }

        return root.ToJsonString(Json) + "\n";
    }

    /// <summary>Writes the executed notebook to a file, creating its folder.</summary>
    /// <param name="result">A notebook run with its document.</param>
    /// <param name="path">Where to write the <c>.ipynb</c>.</param>
    public static void Write(NotebookResult result, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson(result));
    }

    /// <summary>Splits text into an nbformat multiline string: lines that keep their trailing <c>\n</c>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>A JSON array of strings.</returns>
    public static JsonArray Multiline(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static JsonObject ToJson(CellOutput output, int executionCount) => output switch
    {
        StreamOutput s => new JsonObject
        {
            ["name"] = s.Name,
            ["output_type"] = "stream",
            ["text"] = Multiline(s.Text.ToString()),
        },
        DisplayOutput d when d.IsResult => new JsonObject
        {
            ["data"] = Data(d.Data),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput d => new JsonObject
        {
            ["data"] = Data(d.Data),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.ExceptionType,
            ["evalue"] = e.Error.Message,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray([.. e.Traceback.Select(l => (JsonNode?)JsonValue.Create(l))]),
        },
        _ => throw new ArgumentException(
            $"ExecutedNotebookWriter: expected a stream, display or error output but got {output.GetType().Name}.", nameof(output)),
    };

    private static JsonObject Data(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mime, text) in data)
        {
            json[mime] = Multiline(text);
        }

        return json;
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Ipynb;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>Writes an executed notebook with Microsoft.DotNet.Interactive.Documents: the notebook with each code cell's outputs
/// and execution count as the kernel produced them.</summary>
/// <remarks>
/// Outputs map to nbformat 4 output types: console text to <c>stream</c>, display values to <c>display_data</c>, the last
/// expression's value to <c>execute_result</c>, each with every MIME type the kernel formatted, and errors to <c>error</c>.
/// Cells that did not run get no outputs and a null execution count.
/// </remarks>
public static class ExecutedNotebookWriter
{
    /// <summary>Builds the executed notebook JSON.</summary>
    /// <param name="result">A notebook run with its document.</param>
    /// <returns>The notebook text.</returns>
    /// <exception cref="ArgumentException">The run has no document (the file could not be read).</exception>
    public static string ToJson(NotebookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var source = result.Document
            ?? throw new ArgumentException($"ExecutedNotebookWriter: expected a run with a notebook document but {result.RelativePath} could not be read.", nameof(result));
        var document = Notebook.Parse(source.Root.ToJsonString());
        if (document.Elements.Count != source.Cells.Count)
        {
            throw new ArgumentException(
                $"ExecutedNotebookWriter: expected {source.Cells.Count} cells in {result.RelativePath} but Microsoft.DotNet.Interactive.Documents read {document.Elements.Count}.",
                nameof(result));
        }

        var byNumber = result.Cells.ToDictionary(c => c.Cell);
        foreach (var cell in source.Cells)
        {
            var element = document.Elements[cell.Number - 1];
            if (cell.CellType != "code")
            {
                continue;
            }

            element.Outputs.Clear();
            element.ExecutionOrder = 0;
            if (byNumber.TryGetValue(cell.Number, out var run))
            {
                element.ExecutionOrder = run.ExecutionCount;
                element.Outputs.AddRange(run.Outputs.Select(o => ToElement(o, run.ExecutionCount)));
            }
        }

        return document.ToJupyterJson() + "\n";
    }

    /// <summary>Writes the executed notebook to a file, creating its folder.</summary>
    /// <param name="result">A notebook run with its document.</param>
    /// <param name="path">Where to write the <c>.ipynb</c>.</param>
    public static void Write(NotebookResult result, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson(result));
    }

    private static InteractiveDocumentOutputElement ToElement(CellOutput output, int executionCount)
    {
        switch (output)
        {
            case StreamOutput s:
                return new TextElement(s.Text.ToString(), s.Name);
            case DisplayOutput { IsResult: true } d:
                var result = new ReturnValueElement { ExecutionOrder = executionCount };
                foreach (var (mime, text) in d.Data)
                {
                    result.Data[mime] = text;
                }

                return result;
            case DisplayOutput d:
                return new DisplayElement(d.Data.ToDictionary(kv => kv.Key, kv => (object)kv.Value));
            case ErrorOutput e:
                return new ErrorElement(e.Error.Message, e.ExceptionType, [.. e.Traceback]);
            default:
                throw new ArgumentException(
                    $"ExecutedNotebookWriter: expected a stream, display or error output but got {output.GetType().Name}.", nameof(output));
        }
    }
}

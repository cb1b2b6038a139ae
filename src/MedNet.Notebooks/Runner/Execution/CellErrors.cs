// SPDX-License-Identifier: MIT
using System.Reflection;
using MedNet.Notebooks.Runner.Ipynb;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Turns the kernel's <see cref="CommandFailed"/> into an error output that names the notebook, cell and line.</summary>
/// <remarks>
/// A compile error carries its line (the kernel's diagnostics); the line counts the cell's magic line, as the reader sees
/// the cell. The kernel compiles cells without debug information, so an exception's stack trace has no line numbers and a
/// run-time error names the notebook and cell only.
/// </remarks>
internal static class CellErrors
{
    private const string BuildHint =
        "Build the library first: dotnet build MedNet.Notebooks.sln -c Release (notebooks/setup.csx references the Release build).";

    public static ErrorOutput FromKernel(CommandFailed failed, IReadOnlyList<Diagnostic> errors, NotebookCell cell, string notebook)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return errors.Count > 0 ? FromCompilation(errors, cell, notebook) : FromException(failed, cell, notebook);
    }

    private static ErrorOutput FromCompilation(IReadOnlyList<Diagnostic> errors, NotebookCell cell, string notebook)
    {
        var first = errors[0];
        var message = $"{first.Code}: {first.Message}";
        var traceback = errors.Select(d => $"line {Line(d, cell)}, column {d.LinePositionSpan.Start.Character + 1}: {d.Code}: {d.Message}").ToList();
        if (errors.Any(d => d.Code == "CS0006"))
        {
            message += (message.EndsWith('.') ? " " : ". ") + BuildHint;
            traceback.Add(BuildHint);
        }

        var error = new NotebookError(notebook, cell.Number, Line(first, cell), message);
        traceback.Insert(0, error.ToString());
        return new ErrorOutput(error, "CompilationError", traceback);
    }

    private static ErrorOutput FromException(CommandFailed failed, NotebookCell cell, string notebook)
    {
        var ex = failed.Exception;
        while (ex is TargetInvocationException or AggregateException { InnerExceptions.Count: 1 } && ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        var message = ex is null ? failed.Message : $"{ex.GetType().Name}: {ex.Message}";
        var error = new NotebookError(notebook, cell.Number, null, message);
        var traceback = new List<string> { error.ToString() };
        if (ex is not null)
        {
            traceback.AddRange(ex.ToString().Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .Where(l => l.Length > 0 && !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
                    && !l.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal)
                    && !l.Contains("--- End of stack trace", StringComparison.Ordinal)
                    && !l.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
                    && !l.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal)
                    && !l.Contains("System.Threading", StringComparison.Ordinal)));
        }

        return new ErrorOutput(error, ex?.GetType().Name ?? "Error", traceback);
    }

    private static int Line(Diagnostic d, NotebookCell cell) => d.LinePositionSpan.Start.Line + 1 + cell.LineOffset;
}

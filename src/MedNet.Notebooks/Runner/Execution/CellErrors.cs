// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Reflection;
using MedNet.Notebooks.Runner.Ipynb;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Turns compile errors and exceptions into error outputs that name the notebook, cell and line.</summary>
internal static class CellErrors
{
    private const string BuildHint =
        "Build the library first: dotnet build MedNet.Notebooks.sln -c Release (notebooks/setup.csx references the Release build).";

    private const string NuGetHint =
        "The headless runner cannot restore NuGet packages; reference the built library through notebooks/setup.csx instead.";

    public static ErrorOutput FromCompilation(CompilationErrorException ex, string cellFile, NotebookCell cell, string notebook)
    {
        var errors = ex.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var first = errors.Count > 0 ? errors[0] : ex.Diagnostics[0];
        var traceback = errors.Select(d => Describe(d, cellFile, cell)).ToList();
        var message = Describe(first, cellFile, cell, withPosition: false);
        if (errors.Any(d => d.Id == "CS0006"))
        {
            var hint = errors.Any(d => d.GetMessage().Contains("nuget:", StringComparison.OrdinalIgnoreCase)) ? NuGetHint : BuildHint;
            message += (message.EndsWith('.') ? " " : ". ") + hint;
            traceback.Add(hint);
        }

        var span = first.Location.GetMappedLineSpan();
        int? line = span.IsValid && span.Path == cellFile ? span.StartLinePosition.Line + 1 + cell.LineOffset : null;
        var error = new NotebookError(notebook, cell.Number, line, message);
        traceback.Insert(0, error.ToString());
        return new ErrorOutput(error, "CompilationError", traceback);
    }

    public static ErrorOutput FromException(Exception ex, string cellFile, NotebookCell cell, string notebook)
    {
        while (ex is TargetInvocationException or AggregateException { InnerExceptions.Count: 1 } && ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        int? line = null;
        foreach (var frame in new StackTrace(ex, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() == cellFile && frame.GetFileLineNumber() > 0)
            {
                line = frame.GetFileLineNumber() + cell.LineOffset;
                break;
            }
        }

        var error = new NotebookError(notebook, cell.Number, line, $"{ex.GetType().Name}: {ex.Message}");
        var traceback = new List<string> { error.ToString() };
        traceback.AddRange(ex.ToString().Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
                && !l.Contains("--- End of stack trace", StringComparison.Ordinal)
                && !l.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
                && !l.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal)
                && !l.Contains("MedNet.Notebooks.Runner.Execution", StringComparison.Ordinal))
            .Select(l => l.Replace(cellFile, $"cell {cell.Number}", StringComparison.Ordinal)));
        return new ErrorOutput(error, ex.GetType().Name, traceback);
    }

    private static string Describe(Diagnostic d, string cellFile, NotebookCell cell, bool withPosition = true)
    {
        var text = $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        if (!withPosition)
        {
            var where = d.Location.GetMappedLineSpan();
            return where.IsValid && where.Path != cellFile
                ? $"{Path.GetFileName(where.Path)}({where.StartLinePosition.Line + 1},{where.StartLinePosition.Character + 1}): {text}"
                : text;
        }

        var span = d.Location.GetMappedLineSpan();
        if (!span.IsValid)
        {
            return text;
        }

        return span.Path == cellFile
            ? $"line {span.StartLinePosition.Line + 1 + cell.LineOffset}, column {span.StartLinePosition.Character + 1}: {text}"
            : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {text}";
    }
}

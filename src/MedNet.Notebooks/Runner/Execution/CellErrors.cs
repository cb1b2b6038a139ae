// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using MedNet.Notebooks.Runner.Ipynb;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>Turns the kernel's <see cref="CommandFailed"/> into an error output that names the notebook, cell and line.</summary>
/// <remarks>
/// A compile error in the cell carries its line, counting the cell's magic line as the reader sees the cell; one in a
/// <c>#load</c>-ed <c>.csx</c> names that file, line and column instead. A run-time error names the cell line of the innermost
/// frame that belongs to the cell (the runner makes the kernel emit debug information, see <see cref="KernelDebugInformation"/>),
/// so an exception thrown inside the library names the cell line that called it.
/// </remarks>
internal static partial class CellErrors
{
    private const string BuildHint =
        "Build the library first: dotnet build MedNet.Notebooks.sln -c Release (notebooks/setup.csx references the Release build).";

    public static ErrorOutput FromKernel(CommandFailed failed, IReadOnlyList<Diagnostic> errors, NotebookCell cell, string notebook)
    {
        ArgumentNullException.ThrowIfNull(failed);
        if (errors.Count == 0)
        {
            return FromException(failed, cell, notebook);
        }

        // The failure message lists Roslyn's diagnostics with their file: none for the cell itself, the path of a #load-ed
        // .csx otherwise (the structured diagnostics lose it). Fall back to the structured ones if the text does not parse.
        var located = (failed.Message ?? string.Empty).Split('\n')
            .Select(l => CompileDiagnostic().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new Located(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture), m.Groups["code"].Value, m.Groups["text"].Value))
            .ToList();
        if (located.Count == 0)
        {
            located = [.. errors.Select(d => new Located(string.Empty, d.LinePositionSpan.Start.Line + 1, d.LinePositionSpan.Start.Character + 1, d.Code, d.Message))];
        }

        return FromCompilation(located, cell, notebook);
    }

    private static ErrorOutput FromCompilation(IReadOnlyList<Located> errors, NotebookCell cell, string notebook)
    {
        var first = errors[0];
        var message = first.File.Length == 0
            ? $"{first.Code}: {first.Text}"
            : $"{Path.GetFileName(first.File)}({first.Line},{first.Column}): {first.Code}: {first.Text}";
        var traceback = errors.Select(d => d.File.Length == 0
            ? $"line {d.Line + cell.LineOffset}, column {d.Column}: {d.Code}: {d.Text}"
            : $"{d.File}({d.Line},{d.Column}): {d.Code}: {d.Text}").ToList();
        if (errors.Any(d => d.Code == "CS0006"))
        {
            message += (message.EndsWith('.') ? " " : ". ") + BuildHint;
            traceback.Add(BuildHint);
        }

        int? line = first.File.Length == 0 ? first.Line + cell.LineOffset : null;
        var error = new NotebookError(notebook, cell.Number, line, message);
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
        var error = new NotebookError(notebook, cell.Number, ex is null ? null : CellLine(ex, cell), message);
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

    /// <summary>The cell line of the innermost stack frame compiled from the cell itself, or null when no frame has one.</summary>
    private static int? CellLine(Exception ex, NotebookCell cell)
    {
        foreach (var frame in (ex.StackTrace ?? string.Empty).Split('\n'))
        {
            var match = SubmissionFrame().Match(frame);
            if (match.Success)
            {
                return int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) + cell.LineOffset;
            }
        }

        return null;
    }

    /// <summary>A stack frame of a kernel submission compiled with debug information; the cell has no file name.</summary>
    [GeneratedRegex(@"\bSubmission#\d+\b.* in :line (?<line>\d+)\s*$")]
    private static partial Regex SubmissionFrame();

    /// <summary>Roslyn's diagnostic text: <c>file(line,column): error CODE: text</c>, the file empty for the submitted cell.</summary>
    [GeneratedRegex(@"^(?<file>.*)\((?<line>\d+),(?<column>\d+)\): error (?<code>[A-Z]+\d+): (?<text>.*)$")]
    private static partial Regex CompileDiagnostic();

    private sealed record Located(string File, int Line, int Column, string Code, string Text);
}

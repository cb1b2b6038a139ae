// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>A cell that failed: nbformat's <c>error</c> output.</summary>
/// <param name="Error">Where the error happened and what it says.</param>
/// <param name="ExceptionType">The exception type name (nbformat <c>ename</c>), e.g. <c>CompilationError</c>, <c>ArgumentException</c>.</param>
/// <param name="Traceback">The lines to show under the message (diagnostics or stack frames).</param>
public sealed record ErrorOutput(NotebookError Error, string ExceptionType, IReadOnlyList<string> Traceback) : CellOutput;

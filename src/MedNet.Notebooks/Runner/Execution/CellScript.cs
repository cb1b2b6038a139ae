// SPDX-License-Identifier: MIT
using System.Collections.Immutable;
using System.Text;
using MedNet.Notebooks.Runner.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>One notebook's C# state: each cell continues the script state of the cell before, as in the real kernel.</summary>
/// <remarks>
/// Relative <c>#r</c> and <c>#load</c> paths resolve against the notebook's folder, as the real kernel does since
/// dotnet/interactive#1176 (fixing #478); inside a loaded <c>.csx</c> they resolve against that file's folder (Roslyn's rule).
/// </remarks>
internal sealed class CellScript
{
    /// <summary>The namespaces every cell imports, matching the .NET Interactive C# kernel's defaults plus <c>Display()</c>.</summary>
    public static readonly ImmutableArray<string> DefaultImports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
        typeof(DisplayExtensions).Namespace!,
    ];

    private readonly ScriptOptions _options;
    private readonly NotebookGlobals _globals = new();
    private ScriptState<object>? _state;

    public CellScript(string notebookPath, string? hostAssemblyDirectory)
    {
        NotebookPath = notebookPath;
        var directory = Path.GetDirectoryName(notebookPath)!;
        _options = ScriptOptions.Default
            .WithImports(DefaultImports)
            .AddReferences(typeof(NotebookGlobals).Assembly)
            .WithMetadataResolver(new RedirectingMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory), hostAssemblyDirectory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(directory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    public string NotebookPath { get; }

    /// <summary>The file name Roslyn gives a cell, so diagnostics and stack frames can be traced back to it.</summary>
    public string CellFilePath(int cell) => $"{NotebookPath}#cell{cell}";

    /// <summary>Compiles and runs one cell; returns the value of its last expression (null when none).</summary>
    /// <exception cref="CompilationErrorException">The cell does not compile.</exception>
    /// <exception cref="Exception">The cell threw; the exception is passed on as the cell threw it.</exception>
    public async Task<object?> RunAsync(string code, int cell)
    {
        var options = _options.WithFilePath(CellFilePath(cell));
        _state = _state is null
            ? await CSharpScript.Create(code, options, typeof(NotebookGlobals)).RunAsync(_globals, catchException: _ => true).ConfigureAwait(false)
            : await _state.ContinueWithAsync(code, options, catchException: _ => true).ConfigureAwait(false);
        if (_state.Exception is { } thrown)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown);
        }

        return _state.ReturnValue;
    }
}

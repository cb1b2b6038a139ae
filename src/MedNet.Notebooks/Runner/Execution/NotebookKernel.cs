// SPDX-License-Identifier: MIT
using System.Reactive.Linq;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// One notebook's .NET Interactive kernel, hosted in-process: a <see cref="CompositeKernel"/> holding a
/// <see cref="CSharpKernel"/> with the kernel helpers (<c>display</c>, <c>HTML</c>, …) and value sharing, as Polyglot
/// Notebooks gives a user. Every event the kernel publishes while a cell runs becomes an output of that cell.
/// </summary>
/// <remarks>
/// The C# kernel resolves relative <c>#r</c> and <c>#load</c> paths against the process's current directory, which
/// <see cref="NotebookRunner"/> sets to the notebook's folder as VS Code and Jupyter do; inside a loaded <c>.csx</c> they
/// resolve against that file's folder (Roslyn's rule).
/// </remarks>
internal sealed class NotebookKernel : IDisposable
{
    private const string CSharp = "csharp";
    private readonly CompositeKernel _kernel;
    private readonly IDisposable _subscription;
    private readonly Dictionary<string, DisplayOutput> _displayed = new(StringComparer.Ordinal);
    private OutputSink? _sink;

    public NotebookKernel()
    {
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        // Where a kernel version hides its options, run-time errors name the cell without a line (as VS Code shows them).
        _ = KernelDebugInformation.TryEnable(csharp);
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = CSharp;
        _subscription = _kernel.KernelEvents.Subscribe(OnEvent);
    }

    /// <summary>Submits one cell's code and waits for the kernel to finish it.</summary>
    /// <param name="code">The cell text without its magic line.</param>
    /// <param name="sink">Where the cell's outputs go, in the order the kernel publishes them.</param>
    /// <returns>The kernel's failure event and the compile diagnostics, or nulls when the cell succeeded.</returns>
    public async Task<(CommandFailed? Failed, IReadOnlyList<Diagnostic> Errors)> SubmitAsync(string code, OutputSink sink)
    {
        _sink = sink;
        _displayed.Clear();
        // The scheduler may run the submission on the calling thread until its first await; Task.Run keeps a busy cell
        // from blocking the caller, so the per-cell timeout can fire.
        var result = await Task.Run(() => _kernel.SendAsync(new SubmitCode(code, CSharp))).ConfigureAwait(false);
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        var errors = result.Events.OfType<DiagnosticsProduced>()
            .SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .ToList();
        return (failed, errors);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _kernel.Dispose();
    }

    private void OnEvent(KernelEvent e)
    {
        var sink = _sink;
        if (sink is null)
        {
            return;
        }

        switch (e)
        {
            case StandardOutputValueProduced o:
                sink.Write("stdout", Text(o));
                break;
            case StandardErrorValueProduced o:
                sink.Write("stderr", Text(o));
                break;
            case DisplayedValueUpdated u when u.ValueId is not null && _displayed.TryGetValue(u.ValueId, out var shown):
                sink.Replace(shown, Data(u));
                break;
            case ReturnValueProduced r:
                sink.Add(new DisplayOutput(Data(r), IsResult: true));
                break;
            case DisplayEvent d and (DisplayedValueProduced or DisplayedValueUpdated):
                var output = new DisplayOutput(Data(d), IsResult: false);
                if (d.ValueId is not null)
                {
                    _displayed[d.ValueId] = output;
                }

                sink.Add(output);
                break;
        }
    }

    private static string Text(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? e.FormattedValues.FirstOrDefault()?.Value ?? string.Empty;

    private static Dictionary<string, string> Data(DisplayEvent e)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in e.FormattedValues)
        {
            data.TryAdd(value.MimeType, value.Value);
        }

        return data;
    }
}

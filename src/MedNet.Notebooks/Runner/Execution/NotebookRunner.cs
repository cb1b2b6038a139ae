// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Notebooks.Runner.Formatting;
using MedNet.Notebooks.Runner.Ipynb;
using MedNet.Notebooks.Runner.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// Runs Polyglot (.NET Interactive) notebooks headless on Roslyn scripting: C# cells in order in one script state,
/// with <c>#r</c>, <c>#load</c>, <c>display(...)</c>, the last expression's value and console output captured per cell.
/// </summary>
/// <remarks>
/// An error (compile error, exception, timeout, a cell in a language the runner cannot run) stops that notebook and is
/// recorded as an <c>error</c> output with the cell and line; the caller runs the remaining notebooks. Notebooks run one
/// at a time: the current directory is process-wide, so two runners in one process must not run at once.
/// </remarks>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs notebooks one after another; a failing notebook does not stop the others.</summary>
    /// <param name="paths">Notebook files, run in this order.</param>
    /// <param name="root">The folder that <see cref="NotebookResult.RelativePath"/> is relative to.</param>
    /// <param name="options">Runner options.</param>
    /// <param name="finished">Called after each notebook, e.g. to write its outputs at once.</param>
    /// <returns>One result per notebook, in order.</returns>
    public static async Task<IReadOnlyList<NotebookResult>> RunAllAsync(
        IReadOnlyList<string> paths, string root, NotebookRunOptions options, Action<NotebookResult>? finished = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<NotebookResult>(paths.Count);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            NotebookResult result;
            try
            {
                result = await RunAsync(NotebookDocument.Load(full), relative, options).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NotebookFormatException or IOException or UnauthorizedAccessException)
            {
                result = new NotebookResult(full, null, relative, NotebookStatus.Failed, [], new NotebookError(relative, 0, null, ex.Message), TimeSpan.Zero);
            }

            results.Add(result);
            finished?.Invoke(result);
        }

        return results;
    }

    /// <summary>Runs one notebook.</summary>
    /// <param name="document">The notebook.</param>
    /// <param name="relativePath">How errors name the notebook, e.g. <c>mednet/02-dtaad.ipynb</c>.</param>
    /// <param name="options">Runner options.</param>
    /// <returns>The cells' outputs, the status and the error that stopped the notebook, if any.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static async Task<NotebookResult> RunAsync(NotebookDocument document, string relativePath, NotebookRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"NotebookRunOptions: expected valid options but got: {string.Join(" ", problems)}", nameof(options));
        }

        ConsoleCapture.Install();
        await OneAtATime.WaitAsync().ConfigureAwait(false);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            if (options.UseNotebookDirectory)
            {
                Environment.CurrentDirectory = Path.GetDirectoryName(document.Path)!;
            }

            return await RunCellsAsync(document, relativePath, options).ConfigureAwait(false);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookResult> RunCellsAsync(NotebookDocument document, string relativePath, NotebookRunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var script = new CellScript(document.Path, options.HostAssemblyDirectory);
        var cells = new List<CellResult>();
        foreach (var cell in document.Cells)
        {
            if (cell.Language is CellLanguage.Markdown or CellLanguage.Raw)
            {
                continue;
            }

            var cellClock = Stopwatch.StartNew();
            var sink = new OutputSink();
            NotebookError? error = null;
            if (cell.Language == CellLanguage.Unsupported)
            {
                error = new NotebookError(relativePath, cell.Number, null,
                    $"expected a C# or markdown cell but got kernel '{cell.KernelName}'; the headless runner runs C# only.");
                sink.Add(new ErrorOutput(error, "UnsupportedKernel", [error.ToString()]));
            }
            else
            {
                error = await RunCellAsync(script, cell, relativePath, sink, options.CellTimeout).ConfigureAwait(false);
            }

            cells.Add(new CellResult(cell.Number, cells.Count + 1, sink.Snapshot(), cellClock.Elapsed));
            if (error is not null)
            {
                return new NotebookResult(document.Path, document, relativePath, NotebookStatus.Failed, cells, error, clock.Elapsed);
            }
        }

        return new NotebookResult(document.Path, document, relativePath, NotebookStatus.Passed, cells, null, clock.Elapsed);
    }

    private static async Task<NotebookError?> RunCellAsync(CellScript script, NotebookCell cell, string relativePath, OutputSink sink, TimeSpan timeout)
    {
        var run = Task.Run(async () =>
        {
            OutputSink.Current = sink;
            try
            {
                return await script.RunAsync(cell.Source, cell.Number).ConfigureAwait(false);
            }
            finally
            {
                Console.Out.Flush();
            }
        });
        try
        {
            var value = await run.WaitAsync(timeout).ConfigureAwait(false);
            if (value is not null and not DisplayedValue)
            {
                sink.Add(new DisplayOutput(ValueFormatter.Format(value), IsResult: true));
            }

            return null;
        }
        catch (TimeoutException)
        {
            var error = new NotebookError(relativePath, cell.Number, null,
                $"expected the cell to finish within {timeout.TotalSeconds:0.#} s but it was still running; raise --timeout or use a smaller profile.");
            sink.Add(new ErrorOutput(error, "Timeout", [error.ToString()]));
            return error;
        }
        catch (CompilationErrorException ex)
        {
            var output = CellErrors.FromCompilation(ex, script.CellFilePath(cell.Number), cell, relativePath);
            sink.Add(output);
            return output.Error;
        }
        catch (Exception ex)
        {
            var output = CellErrors.FromException(ex, script.CellFilePath(cell.Number), cell, relativePath);
            sink.Add(output);
            return output.Error;
        }
    }
}

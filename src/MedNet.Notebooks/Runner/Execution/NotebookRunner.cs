// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Runner.Execution;

/// <summary>
/// Runs Polyglot (.NET Interactive) notebooks headless in the real .NET Interactive kernel, hosted in-process: one
/// <see cref="NotebookKernel"/> per notebook, C# cells submitted in order, and every output the kernel publishes
/// (display values with their MIME types, the last expression's value, console output, errors) kept per cell.
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
                var document = NotebookDocument.Load(full);
                var missing = document.RequiredDatasets.Where(d => !IsPresent(d, Path.GetDirectoryName(full)!)).ToList();
                result = missing.Count > 0
                    ? new NotebookResult(full, document, relative, NotebookStatus.Skipped, [], null, TimeSpan.Zero)
                    {
                        SkipReason = $"needs {string.Join(", ", missing.Select(d => $"../shared/data/{d}"))} (or the same under MEDNET_DATA), absent here; " +
                            $"get them with `mednet data download <name>` (CI has them)",
                    }
                    : await RunAsync(document, relative, options).ConfigureAwait(false);
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

    /// <summary>Whether a declared dataset is found from the notebook's folder: <c>name</c> (the folder) or <c>name/file</c>
    /// (the folder holding that file, so the shipped data/mitdb with record 100 only does not stand in for the 48 records).</summary>
    public static bool IsPresent(string requirement, string notebookDirectory)
    {
        var slash = requirement.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? MedNet.Signals.Datasets.DataRoot.FindDataset(requirement, notebookDirectory) is not null
            : MedNet.Signals.Datasets.DataRoot.FindDataset(requirement[..slash], notebookDirectory, [requirement[(slash + 1)..]]) is not null;
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
        var kernel = new NotebookKernel();
        var cells = new List<CellResult>();
        NotebookError? error = null;
        bool timedOut = false;
        try
        {
            foreach (var cell in document.Cells)
            {
                if (cell.Language is CellLanguage.Markdown or CellLanguage.Raw)
                {
                    continue;
                }

                var cellClock = Stopwatch.StartNew();
                var sink = new OutputSink();
                if (cell.Language == CellLanguage.Unsupported)
                {
                    error = new NotebookError(relativePath, cell.Number, null,
                        $"expected a C# or markdown cell but got kernel '{cell.KernelName}'; the headless runner hosts the C# kernel only.");
                    sink.Add(new ErrorOutput(error, "UnsupportedKernel", [error.ToString()]));
                }
                else
                {
                    (error, timedOut) = await RunCellAsync(kernel, cell, relativePath, sink, options.CellTimeout).ConfigureAwait(false);
                }

                var result = new CellResult(cell.Number, cells.Count + 1, sink.Snapshot(), cellClock.Elapsed);
                cells.Add(result);
                options.CellFinished?.Invoke(relativePath, result);
                if (error is not null)
                {
                    break;
                }
            }
        }
        finally
        {
            if (timedOut)
            {
                // The timed-out cell still runs on a kernel thread; dispose in the background so the next notebook starts now.
                _ = Task.Run(kernel.Dispose);
            }
            else
            {
                kernel.Dispose();
            }
        }

        return new NotebookResult(document.Path, document, relativePath, error is null ? NotebookStatus.Passed : NotebookStatus.Failed, cells, error, clock.Elapsed);
    }

    private static async Task<(NotebookError? Error, bool TimedOut)> RunCellAsync(
        NotebookKernel kernel, NotebookCell cell, string relativePath, OutputSink sink, TimeSpan timeout)
    {
        try
        {
            var (failed, errors) = await kernel.SubmitAsync(cell.Source, sink).WaitAsync(timeout).ConfigureAwait(false);
            if (failed is null)
            {
                return (null, false);
            }

            var output = CellErrors.FromKernel(failed, errors, cell, relativePath);
            sink.Add(output);
            return (output.Error, false);
        }
        catch (TimeoutException)
        {
            var error = new NotebookError(relativePath, cell.Number, null,
                $"expected the cell to finish within {timeout.TotalSeconds:0.#} s but it was still running; raise --timeout or use a smaller profile.");
            sink.Add(new ErrorOutput(error, "Timeout", [error.ToString()]));
            return (error, true);
        }
    }
}

// SPDX-License-Identifier: MIT
using System.CommandLine;
using MedNet.Experiments.Profiles;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Cli;

/// <summary><c>mednet notebooks run</c>: runs the notebooks headless and writes executed notebooks and an HTML report.</summary>
/// <remarks>
/// The profile reaches the notebooks through one mechanism: the command sets <c>MEDNET_PROFILE</c> for its own process and
/// notebooks read <c>RunProfiles.Current</c> (the real kernel reads the same variable, so set it before starting VS Code or Jupyter).
/// </remarks>
public static class NotebooksCommand
{
    /// <summary>The report folder used when <c>--out</c> is not given.</summary>
    public const string DefaultOutput = "artifacts/notebooks";

    /// <summary>Creates the command.</summary>
    /// <returns>The <c>notebooks</c> command with its <c>run</c> sub-command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks or folders of notebooks to run, in order. Default: every notebooks/**/*.ipynb of the repository, sorted by path.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var profile = new Option<string?>("--profile") { Description = "smoke | laptop | paper; sets MEDNET_PROFILE for the notebooks. Default: MEDNET_PROFILE, else smoke." };
        var output = new Option<string>("--out") { Description = $"Report folder. Default: {DefaultOutput}.", DefaultValueFactory = _ => DefaultOutput };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Per-cell time limit in seconds, > 0. Default: by profile, smoke 300, laptop 14400 (4 h), paper none.",
        };

        var run = new Command("run", "Run notebooks headless in the .NET Interactive kernel, write executed .ipynb files and a self-contained HTML report.");
        run.Arguments.Add(paths);
        run.Options.Add(profile);
        run.Options.Add(output);
        run.Options.Add(timeout);
        run.SetAction((parse, _) => RunAsync(
            parse.GetValue(paths) ?? [], parse.GetValue(profile), parse.GetValue(output)!, parse.GetValue(timeout), parse.InvocationConfiguration.Output));

        var command = new Command("notebooks", "Run the kit's notebooks headless and export them.");
        command.Subcommands.Add(run);
        return command;
    }

    /// <summary>Runs notebooks and writes the report.</summary>
    /// <param name="paths">Notebook files or folders; empty means the repository's <c>notebooks/</c> folder.</param>
    /// <param name="profileName">The profile name, or null to keep <c>MEDNET_PROFILE</c> (default smoke).</param>
    /// <param name="outputDirectory">The report folder.</param>
    /// <param name="timeoutSeconds">Per-cell time limit in seconds, &gt; 0; null for the profile's default (<see cref="NotebookRunOptions.DefaultCellTimeoutFor"/>).</param>
    /// <param name="console">Where progress and the report path go.</param>
    /// <returns>0 when every notebook passed, 1 when any failed, 2 for invalid arguments.</returns>
    public static async Task<int> RunAsync(string[] paths, string? profileName, string outputDirectory, double? timeoutSeconds, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(console);
        RunProfile profile;
        NotebookRunOptions options;
        NotebookSelection selection;
        try
        {
            profile = profileName is null ? RunProfiles.Current : RunProfiles.Parse(profileName, "--profile");
            if (timeoutSeconds is { } t && (!(t > 0) || double.IsInfinity(t)))
            {
                throw new ArgumentException($"--timeout: expected a number of seconds > 0 but got {t}.", nameof(timeoutSeconds));
            }

            options = new NotebookRunOptions
            {
                CellTimeout = timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : NotebookRunOptions.DefaultCellTimeoutFor(profile),
                CellFinished = (notebook, cell) => console.WriteLine(
                    $"       {notebook}: cell {cell.Cell} ({cell.Duration.TotalSeconds:0.0} s){(cell.Outputs.OfType<ErrorOutput>().Any() ? " FAILED" : string.Empty)}"),
            };
            selection = paths.Length == 0 ? NotebookSelection.Default(Directory.GetCurrentDirectory()) : NotebookSelection.FromPaths(paths);
        }
        catch (ArgumentException ex)
        {
            await console.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        var profileText = profile.ToString().ToLowerInvariant();
        Environment.SetEnvironmentVariable(RunProfiles.EnvironmentVariable, profileText);
        MedNet.Viz.Html.PlotlyJsSource? plotly;
        try
        {
            // Plotly.NET ships the plotly.js its charts are written for; MEDNET_PLOTLY_JS or node_modules only as overrides/fallback.
            plotly = MedNet.Viz.Html.PlotlyJs.TryLocate(selection.Root, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        }
        catch (FileNotFoundException ex)
        {
            await console.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        var katex = MedNet.Viz.Html.KatexAssets.TryLocate(selection.Root, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        // Say it here, not only in the HTML: a first run without node_modules otherwise gets a report with no formulas.
        if (katex is null)
        {
            await console.WriteLineAsync("note: KaTeX not found under node_modules/: the report will show formulas as TeX source. Run `npm ci` (or `bash .ci/install-deps`) once in the repository; figures need nothing (Plotly.NET ships plotly.js).").ConfigureAwait(false);
        }

        if (plotly is null)
        {
            await console.WriteLineAsync("note: plotly.js not found (neither embedded in Plotly.NET nor under node_modules/): the report will not draw figures. Run `npm ci` once in the repository.").ConfigureAwait(false);
        }

        var writer = new NotebookReportWriter(outputDirectory, profileText, plotly, katex);
        var started = DateTimeOffset.UtcNow;
        await console.WriteLineAsync($"running {selection.Notebooks.Count} notebook(s) from {selection.Root} (profile {profileText}, cell timeout {timeoutSeconds} s)").ConfigureAwait(false);
        var results = await NotebookRunner.RunAllAsync(selection.Notebooks, selection.Root, options, result =>
        {
            writer.WriteNotebook(result);
            var status = result.Status switch { NotebookStatus.Passed => "passed", NotebookStatus.Skipped => "skipped", _ => "FAILED" };
            console.WriteLine(result.Status == NotebookStatus.Skipped
                ? $"{status,-6} {result.RelativePath}: {result.SkipReason}"
                : $"{status,-6} {result.RelativePath} ({result.Duration.TotalSeconds:0.0} s)");
            if (result.Error is { } error)
            {
                console.WriteLine($"       {error}");
            }
        }).ConfigureAwait(false);

        var index = writer.WriteIndex(results, started);
        int failed = results.Count(r => r.Status == NotebookStatus.Failed);
        int skipped = results.Count(r => r.Status == NotebookStatus.Skipped);
        await console.WriteLineAsync($"{results.Count - failed - skipped} passed, {failed} failed{(skipped > 0 ? $", {skipped} skipped (data absent; see above)" : string.Empty)}").ConfigureAwait(false);
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), index);
        await console.WriteLineAsync($"report: {(shown.StartsWith("..", StringComparison.Ordinal) ? index : shown)}").ConfigureAwait(false);
        return failed == 0 ? 0 : 1;
    }
}

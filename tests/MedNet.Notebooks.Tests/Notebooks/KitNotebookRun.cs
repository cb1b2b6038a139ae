using MedNet.Notebooks.Cli;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Report;
using MedNet.Viz.Html;

namespace MedNet.Notebooks.Tests.Notebooks;

/// <summary>
/// Runs every notebook under the repository's notebooks/ folder once in the smoke profile and writes its report to a
/// temporary folder, for all tests of <see cref="KitNotebooksTests"/> (the run is the slow part: ~20–30 s).
/// </summary>
/// <remarks>
/// Build-order safe: notebooks/setup.csx #r's src/*/bin/Release/…/MedNet.*.dll for the real kernel, but the runner resolves
/// those file names to the copies beside the runner assembly (NotebookRunOptions.HostAssemblyDirectory). Here that is this
/// test project's output folder, filled by its own project references in the same build and configuration, so the test
/// never depends on (or is fooled by) a separate or stale Release build.
/// </remarks>
public sealed class KitNotebookRun : IDisposable
{
    public KitNotebookRun()
    {
        var repo = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("test: expected to run inside the repository checkout.");
        var selection = NotebookSelection.Default(repo);
        var profile = Environment.GetEnvironmentVariable("MEDNET_PROFILE");
        Environment.SetEnvironmentVariable("MEDNET_PROFILE", "smoke");
        try
        {
            var writer = new NotebookReportWriter(ReportDirectory, "smoke",
                PlotlyJs.TryLocate(repo, AppContext.BaseDirectory), KatexAssets.TryLocate(repo, AppContext.BaseDirectory));
            Results = NotebookRunner.RunAllAsync(selection.Notebooks, selection.Root, new NotebookRunOptions(), writer.WriteNotebook)
                .GetAwaiter().GetResult();
            writer.WriteIndex(Results, DateTimeOffset.UtcNow);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MEDNET_PROFILE", profile);
        }
    }

    /// <summary>Every notebook's run, in path order.</summary>
    public IReadOnlyList<NotebookResult> Results { get; }

    /// <summary>Where the executed notebooks and HTML pages were written.</summary>
    public string ReportDirectory { get; } = Path.Combine(Path.GetTempPath(), "mednet-kit-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(ReportDirectory))
        {
            Directory.Delete(ReportDirectory, recursive: true);
        }
    }
}

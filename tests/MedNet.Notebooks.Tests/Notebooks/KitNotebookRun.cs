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
/// The notebooks run in the real .NET Interactive kernel, which loads the library as a user's kernel does: notebooks/setup.csx
/// #r's src/*/bin/Release/net10.0/MedNet.*.dll, so the Release build must exist (the test command builds it:
/// dotnet test MedNet.Notebooks.sln -c Release).
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

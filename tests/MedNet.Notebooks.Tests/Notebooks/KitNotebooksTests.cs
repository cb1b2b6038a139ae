using MedNet.Notebooks.Cli;
using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Tests.Runner;

namespace MedNet.Notebooks.Tests.Notebooks;

/// <summary>
/// Executes every notebook under the repository's notebooks/ folder in the smoke profile and fails on any error output.
/// </summary>
/// <remarks>
/// Build-order safe: notebooks/setup.csx #r's src/*/bin/Release/…/MedNet.*.dll for the real kernel, but the runner resolves
/// those file names to the copies beside the runner assembly (NotebookRunOptions.HostAssemblyDirectory). Here that is this
/// test project's output folder, filled by its own project references in the same build and configuration, so the test
/// never depends on (or is fooled by) a separate or stale Release build.
/// </remarks>
[Collection(RunnerCollection.Name)]
public sealed class KitNotebooksTests : IDisposable
{
    private readonly string? _profile = Environment.GetEnvironmentVariable("MEDNET_PROFILE");

    public void Dispose() => Environment.SetEnvironmentVariable("MEDNET_PROFILE", _profile);

    [Fact]
    public async Task EveryNotebook_SmokeProfile_RunsWithoutErrorOutputs()
    {
        var repo = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("test: expected to run inside the repository checkout.");
        var selection = NotebookSelection.Default(repo);
        Environment.SetEnvironmentVariable("MEDNET_PROFILE", "smoke");

        var results = await NotebookRunner.RunAllAsync(selection.Notebooks, selection.Root, new NotebookRunOptions());

        Assert.Contains(results, r => r.RelativePath == "00-index.ipynb");
        var errors = results.SelectMany(r => r.Cells.SelectMany(c => c.Outputs.OfType<ErrorOutput>())).Select(e => e.Error.ToString()).ToList();
        Assert.True(errors.Count == 0, "notebook errors:\n" + string.Join("\n", errors));
        Assert.All(results, r => Assert.Equal(NotebookStatus.Passed, r.Status));
    }
}

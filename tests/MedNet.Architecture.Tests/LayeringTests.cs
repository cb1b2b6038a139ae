// SPDX-License-Identifier: MIT
using MedNet.Layering.Analysis;

namespace MedNet.Architecture.Tests;

/// <summary>
/// The layering of DESIGN.md, checked on the repository's own src/: projects use only the layers below them, and the
/// folders inside each project form no cycle. `dotnet run --project tools/MedNet.Layering` prints the whole picture.
/// </summary>
public class LayeringTests
{
    private static readonly Lazy<DependencyReport> Repository = new(() =>
        DependencyAnalyzer.AnalyzeRepository(
            SharedData.RepositoryRoot() ?? throw new InvalidOperationException("MedNet.Notebooks.sln not found above the test assembly.")));

    [Fact]
    public void Projects_ReferenceOnlyTheLayersBelow()
    {
        var report = Repository.Value;

        Assert.True(report.Violations.Count == 0,
            $"{report.Violations.Count} project-rule violation(s):\n" + string.Join('\n', report.Violations.Select(v => v.Message)));
    }

    [Fact]
    public void Folders_InsideEachProject_HaveNoCycle()
    {
        var report = Repository.Value;

        Assert.True(report.Cycles.Count == 0,
            $"{report.Cycles.Count} folder cycle(s); run `dotnet run --project tools/MedNet.Layering -- --check` for the list:\n" +
            MarkdownReport.RenderProblems(report));
    }
}

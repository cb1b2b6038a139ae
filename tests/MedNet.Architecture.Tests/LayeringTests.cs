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

    /// <summary>
    /// The projects the two papers' models and experiments live in, and the notebook runner, have no folder cycle.
    /// MedNet.Tensors (its root namespace, the <c>torch</c> facade, and NN use each other) still has cycles: they are listed
    /// in docs/architecture.md and are not yet enforced here.
    /// </summary>
    /// <param name="project">A project whose folders must form no cycle.</param>
    [Theory]
    [InlineData("MedNet.Signals")]
    [InlineData("MedNet.Models")]
    [InlineData("MedNet.Experiments")]
    [InlineData("MedNet.Notebooks")]
    [InlineData("MedNet.Viz")]
    public void Folders_InsideProject_HaveNoCycle(string project)
    {
        var cycles = Repository.Value.Cycles.Where(c => c.Project == project).ToList();

        Assert.True(cycles.Count == 0,
            $"{cycles.Count} folder cycle(s) in {project}; run `dotnet run --project tools/MedNet.Layering -- --check` for the list:\n" +
            string.Join('\n', cycles.Select(c => string.Join(" → ", c.Steps.Select(s => s.From)))));
    }

    [Fact]
    public void Projects_AllKnown_AreAnalysed()
    {
        var projects = Repository.Value.Projects;

        Assert.Equal(["MedNet.Experiments", "MedNet.Models", "MedNet.Notebooks", "MedNet.Signals", "MedNet.Tensors", "MedNet.Viz"], projects);
    }
}

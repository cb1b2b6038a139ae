// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>Which project and folder of src/ uses which, with the cycles, the rule violations and the unused usings.</summary>
public sealed class DependencyReport
{
    internal DependencyReport(
        IReadOnlyDictionary<string, int> filesByProject,
        IReadOnlyDictionary<FolderNode, int> filesByFolder,
        IReadOnlyList<TypeReference> references,
        IReadOnlyList<FolderEdge> folderEdges,
        IReadOnlyList<ProjectEdge> projectEdges,
        IReadOnlyList<Cycle> cycles,
        IReadOnlyList<string> truncatedCycleProjects,
        LayeringRules rules,
        IReadOnlyList<RuleViolation> violations,
        IReadOnlyList<UnusedUsing> unusedUsings,
        IReadOnlyList<NamespaceMismatch> namespaceMismatches)
    {
        FilesByProject = filesByProject;
        FilesByFolder = filesByFolder;
        References = references;
        FolderEdges = folderEdges;
        ProjectEdges = projectEdges;
        Cycles = cycles;
        TruncatedCycleProjects = truncatedCycleProjects;
        Rules = rules;
        Violations = violations;
        UnusedUsings = unusedUsings;
        NamespaceMismatches = namespaceMismatches;
    }

    /// <summary>The projects (folders under src/), in ordinal order.</summary>
    public IReadOnlyList<string> Projects => [.. FilesByProject.Keys.Order(StringComparer.Ordinal)];

    /// <summary>How many files each project has.</summary>
    public IReadOnlyDictionary<string, int> FilesByProject { get; }

    /// <summary>How many files each folder (namespace) has; a file counts for its first namespace declaration.</summary>
    public IReadOnlyDictionary<FolderNode, int> FilesByFolder { get; }

    /// <summary>How many files were read.</summary>
    public int FileCount => FilesByProject.Values.Sum();

    /// <summary>Every type reference to another folder, in file then document order.</summary>
    public IReadOnlyList<TypeReference> References { get; }

    /// <summary>The folder graph (inside and across projects), ordered by using then used folder.</summary>
    public IReadOnlyList<FolderEdge> FolderEdges { get; }

    /// <summary>The project graph, ordered by using then used project.</summary>
    public IReadOnlyList<ProjectEdge> ProjectEdges { get; }

    /// <summary>The cycles of every project's folder graph.</summary>
    public IReadOnlyList<Cycle> Cycles { get; }

    /// <summary>Projects with more cycles than <see cref="CycleFinder.MaxCyclesPerLevel"/> at some level.</summary>
    public IReadOnlyList<string> TruncatedCycleProjects { get; }

    /// <summary>The layering rules checked.</summary>
    public LayeringRules Rules { get; }

    /// <summary>Project edges the rules forbid, and projects without a rule.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Usings of src/ namespaces that no name needs (warnings).</summary>
    public IReadOnlyList<UnusedUsing> UnusedUsings { get; }

    /// <summary>Folders whose files declare another namespace than the folder's (information).</summary>
    public IReadOnlyList<NamespaceMismatch> NamespaceMismatches { get; }

    /// <summary>True when there is a cycle or a rule violation (what <c>--check</c> fails on).</summary>
    public bool HasProblems => Cycles.Count > 0 || Violations.Count > 0;

    /// <summary>The folder edges that start in <paramref name="from"/>, in order.</summary>
    public IEnumerable<FolderEdge> EdgesFrom(FolderNode from) => FolderEdges.Where(e => e.From == from);
}

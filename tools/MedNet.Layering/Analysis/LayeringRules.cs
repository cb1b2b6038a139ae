// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>The project layering: for each project of <c>src/</c>, the projects it may use.</summary>
public sealed class LayeringRules
{
    /// <summary>
    /// The layering of DESIGN.md: Tensors, Signals and Viz use nothing of MedNet; Models uses Tensors and Signals;
    /// Experiments uses Models, Tensors, Signals and Viz (its comparisons are Viz's <c>PaperComparisonTable</c>); Notebooks
    /// uses anything.
    /// </summary>
    public static LayeringRules Design { get; } = new(
    [
        new ProjectRule("MedNet.Tensors", []),
        new ProjectRule("MedNet.Signals", []),
        new ProjectRule("MedNet.Viz", []),
        new ProjectRule("MedNet.Models", ["MedNet.Tensors", "MedNet.Signals"]),
        new ProjectRule("MedNet.Experiments", ["MedNet.Models", "MedNet.Tensors", "MedNet.Signals", "MedNet.Viz"]),
        new ProjectRule("MedNet.Notebooks", null),
    ]);

    private readonly Dictionary<string, ProjectRule> _rules;

    /// <summary>Creates rules from one rule per project.</summary>
    /// <param name="rules">The rules; a project may appear once.</param>
    public LayeringRules(IEnumerable<ProjectRule> rules)
    {
        _rules = new Dictionary<string, ProjectRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!_rules.TryAdd(rule.Project, rule))
            {
                throw new ArgumentException($"LayeringRules: expected one rule per project but got two for {rule.Project}.", nameof(rules));
            }
        }
    }

    /// <summary>The rules, ordered by project name.</summary>
    public IReadOnlyList<ProjectRule> Rules => [.. _rules.Values.OrderBy(r => r.Project, StringComparer.Ordinal)];

    /// <summary>The rule of a project, or null when it has none.</summary>
    public ProjectRule? For(string project) => _rules.GetValueOrDefault(project);

    /// <summary>Every project edge the rules forbid, and every project that has no rule.</summary>
    /// <param name="projects">The projects found under src/.</param>
    /// <param name="edges">The project edges.</param>
    public IReadOnlyList<RuleViolation> Check(IEnumerable<string> projects, IEnumerable<ProjectEdge> edges)
    {
        var violations = new List<RuleViolation>();
        foreach (var project in projects.Order(StringComparer.Ordinal))
        {
            if (For(project) is null)
            {
                violations.Add(new RuleViolation(project,
                    $"{project} has no layering rule; add it to LayeringRules.Design (tools/MedNet.Layering) and DESIGN.md."));
            }
        }

        foreach (var edge in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (For(edge.From) is { } rule && !rule.Allows(edge.To))
            {
                var example = edge.Edges
                    .OrderBy(e => e.DocsOnly)
                    .ThenByDescending(e => e.Files.Count)
                    .ThenBy(e => e.From)
                    .ThenBy(e => e.To)
                    .First();
                violations.Add(new RuleViolation(edge.From,
                    $"{edge.From} uses {edge.To} in {edge.Files.Count} file(s), e.g. {example.Types[0].ExampleFile} uses {example.Types[0].Type.DisplayName} " +
                    $"({example.From.Folder} → {example.To.Folder}); {edge.From} may use {rule.Describe()}."));
            }
        }

        return violations;
    }
}

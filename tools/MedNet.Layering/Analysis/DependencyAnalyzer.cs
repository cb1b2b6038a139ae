// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>
/// Computes the dependency picture of src/ from syntax alone: first the types each namespace declares, then, file by
/// file, the names that resolve to those types (see <see cref="FileResolver"/>). A file uses a folder when it names a
/// type declared there; a <c>using</c> by itself adds nothing.
/// </summary>
public static class DependencyAnalyzer
{
    /// <summary>Analyses the repository at <paramref name="repositoryRoot"/> (its src/**/*.cs).</summary>
    public static DependencyReport AnalyzeRepository(string repositoryRoot, LayeringRules? rules = null) =>
        Analyze(SourceScanner.Scan(repositoryRoot), rules);

    /// <summary>Analyses the given files; paths must read <c>src/&lt;Project&gt;/…</c>.</summary>
    /// <param name="sources">The files, in any order.</param>
    /// <param name="rules">The layering to check; default <see cref="LayeringRules.Design"/>.</param>
    public static DependencyReport Analyze(IEnumerable<SourceFile> sources, LayeringRules? rules = null)
    {
        rules ??= LayeringRules.Design;
        var files = sources.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        if (files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"DependencyAnalyzer: expected each path once but got {duplicate.Key} twice.", nameof(sources));
        }

        var parsed = new ParsedFile[files.Length];
        Parallel.For(0, files.Length, i => parsed[i] = new ParsedFile(files[i]));
        var index = new TypeIndex(parsed);

        var usings = new IReadOnlyList<UsingEntry>[files.Length];
        Parallel.For(0, files.Length, i => usings[i] = UsingReader.Read(parsed[i], index));
        var globalUsings = files
            .Select((f, i) => (f.Project, Usings: usings[i]))
            .GroupBy(p => p.Project, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<UsingEntry>)[.. g.SelectMany(p => p.Usings).Where(u => u.IsGlobal)], StringComparer.Ordinal);

        var references = new IReadOnlyList<TypeReference>[files.Length];
        var primary = new FolderNode[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var resolver = new FileResolver(index, parsed[i], usings[i], globalUsings[files[i].Project]);
            references[i] = resolver.FindReferences();
            primary[i] = resolver.FolderOf(FirstNamespace(parsed[i].Root) ?? (SyntaxNode)parsed[i].Root);
        });

        var crossing = references.SelectMany(r => r).Where(r => r.From != r.To).ToList();
        var folderEdges = BuildFolderEdges(crossing);
        var projectEdges = folderEdges
            .Where(e => !e.IsInsideProject)
            .GroupBy(e => (e.From.Project, e.To.Project))
            .Select(g => new ProjectEdge(g.Key.Item1, g.Key.Item2, [.. g.SelectMany(e => e.Files).Distinct().Order(StringComparer.Ordinal)], [.. g]))
            .OrderBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();

        var filesByProject = files
            .GroupBy(f => f.Project, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var cycles = new List<Cycle>();
        var truncated = new List<string>();
        foreach (var project in filesByProject.Keys.Order(StringComparer.Ordinal))
        {
            cycles.AddRange(CycleFinder.Find(project, folderEdges, out var cut));
            if (cut)
            {
                truncated.Add(project);
            }
        }

        return new DependencyReport(
            filesByProject,
            primary.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count()),
            crossing,
            folderEdges,
            projectEdges,
            cycles,
            truncated,
            rules,
            rules.Check(filesByProject.Keys, projectEdges),
            UnusedUsings(files, usings, primary, index),
            Mismatches(files, parsed));
    }

    private static BaseNamespaceDeclarationSyntax? FirstNamespace(CompilationUnitSyntax root) => root
        .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
        .OfType<BaseNamespaceDeclarationSyntax>()
        .FirstOrDefault();

    private static List<FolderEdge> BuildFolderEdges(IEnumerable<TypeReference> crossing) => crossing
        .GroupBy(r => (r.From, r.To))
        .Select(g => new FolderEdge(
            g.Key.From,
            g.Key.To,
            [.. g.Select(r => r.File).Distinct().Order(StringComparer.Ordinal)],
            [.. g.GroupBy(r => r.Type)
                .Select(t => new TypeUsage(
                    t.Key,
                    t.Select(r => r.File).Distinct().Count(),
                    t.All(r => r.InDocs),
                    t.Select(r => r.File).Order(StringComparer.Ordinal).First()))
                .OrderBy(t => t.DocsOnly)
                .ThenByDescending(t => t.FileCount)
                .ThenBy(t => t.Type.DisplayName, StringComparer.Ordinal)]))
        .OrderBy(e => e.From)
        .ThenBy(e => e.To)
        .ToList();

    private static List<UnusedUsing> UnusedUsings(SourceFile[] files, IReadOnlyList<UsingEntry>[] usings, FolderNode[] primary, TypeIndex index)
    {
        var unused = new List<UnusedUsing>();
        for (var i = 0; i < files.Length; i++)
        {
            foreach (var entry in usings[i].Where(u => u.ImportsNamespace && !u.Used && index.IsNamespace(u.Target)))
            {
                var own = entry.Directive.Parent is BaseNamespaceDeclarationSyntax
                    ? UsingReader.EnclosingNamespace(entry.Directive)
                    : primary[i].Namespace;
                var reason =
                    entry.IsGlobal ? "no file of the project names a type of it"
                    : Names.IsSelfOrParentOf(entry.Target, own) ? "already in scope: it is the file's own namespace or a parent of it"
                    : !index.HasTypes(entry.Target) ? "it declares no types itself (a using does not import the namespaces inside it)"
                    : "no type of it is named in the file";
                unused.Add(new UnusedUsing(files[i].Path, ParsedFile.LineOf(entry.Directive), entry.Target, reason));
            }
        }

        return unused;
    }

    private static List<NamespaceMismatch> Mismatches(SourceFile[] files, ParsedFile[] parsed) => files
        .Select((f, i) => (File: f, Namespace: FirstNamespace(parsed[i].Root) is { } ns ? Names.Text(ns.Name) : ""))
        .Where(p => p.Namespace != p.File.FolderNamespace)
        .GroupBy(p => (p.File.Project, p.File.Folder, p.Namespace))
        .Select(g => new NamespaceMismatch(g.Key.Project, g.Key.Folder, g.Key.Namespace, g.Count()))
        .OrderBy(m => m.Project, StringComparer.Ordinal)
        .ThenBy(m => m.Folder, StringComparer.Ordinal)
        .ThenBy(m => m.Namespace, StringComparer.Ordinal)
        .ToList();
}

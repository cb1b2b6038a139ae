// SPDX-License-Identifier: MIT
using MedNet.Layering.Analysis;

namespace MedNet.Architecture.Tests.Analysis;

/// <summary>Runs the analyser on small in-memory files.</summary>
internal static class Snippets
{
    public static DependencyReport Analyze(params (string Path, string Code)[] files) =>
        DependencyAnalyzer.Analyze(files.Select(f => new SourceFile(f.Path, f.Code)));

    /// <summary>The folder edges as "Project:From → Project:To via T1, T2" lines, in order.</summary>
    public static IReadOnlyList<string> Edges(DependencyReport report) =>
        [.. report.FolderEdges.Select(e => $"{e.From} → {e.To} via {string.Join(", ", e.Types.Select(t => t.Type.DisplayName))}")];
}

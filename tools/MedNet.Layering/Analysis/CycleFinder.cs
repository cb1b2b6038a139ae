// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>
/// Finds the elementary cycles of one project's folder graph: first between single folders, then between folders
/// taken with their subfolders (depth 1 groups <c>Reproduction</c> with <c>Reproduction/Experiments</c>), so a
/// cycle that only shows once a folder is read as a whole (Reproduction/Experiments → AnomalyDetection/Dtaad →
/// Reproduction) is found too. A cycle already found with the same nodes at a deeper level is not repeated.
/// </summary>
internal static class CycleFinder
{
    /// <summary>At most this many cycles are listed per project and level; shorter cycles come first.</summary>
    public const int MaxCyclesPerLevel = 60;

    /// <summary>Bounds the search on dense graphs (DFS steps per project and level).</summary>
    private const int MaxSteps = 2_000_000;

    /// <summary>The cycles of <paramref name="project"/>, folder level first, each shortest first then in ordinal order.</summary>
    /// <param name="project">The project.</param>
    /// <param name="edges">Folder edges (those of other projects are ignored).</param>
    /// <param name="truncated">Set when a level had more cycles than are listed.</param>
    public static IReadOnlyList<Cycle> Find(string project, IEnumerable<FolderEdge> edges, out bool truncated)
    {
        truncated = false;
        var inside = edges.Where(e => e.From.Project == project && e.To.Project == project && e.From != e.To).ToList();
        if (inside.Count == 0)
        {
            return [];
        }

        var maxDepth = Math.Max(1, inside.SelectMany(e => new[] { e.From, e.To }).Max(n => n.Segments.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<Cycle>();
        for (var depth = maxDepth; depth >= 1; depth--)
        {
            var graph = new SortedDictionary<string, SortedDictionary<string, List<FolderEdge>>>(StringComparer.Ordinal);
            foreach (var edge in inside)
            {
                var from = Group(edge.From, depth);
                var to = Group(edge.To, depth);
                if (from == to)
                {
                    continue;
                }

                if (!graph.TryGetValue(from, out var targets))
                {
                    targets = new SortedDictionary<string, List<FolderEdge>>(StringComparer.Ordinal);
                    graph.Add(from, targets);
                }

                if (!targets.TryGetValue(to, out var behind))
                {
                    behind = [];
                    targets.Add(to, behind);
                }

                behind.Add(edge);
            }

            foreach (var nodes in Elementary(graph, ref truncated))
            {
                if (!seen.Add(string.Join('\n', nodes)))
                {
                    continue;
                }

                var steps = nodes
                    .Select((from, i) => new CycleStep(from, nodes[(i + 1) % nodes.Count], Best(graph[from][nodes[(i + 1) % nodes.Count]])))
                    .ToList();
                cycles.Add(new Cycle(project, depth, depth < maxDepth, steps));
            }
        }

        return cycles;
    }

    private static string Group(FolderNode node, int depth) =>
        node.Segments.Count == 0 ? FolderNode.RootName : string.Join('/', node.Segments.Take(depth));

    /// <summary>A step is shown by an edge from code (not only docs) with the most using files, then the first in ordinal order.</summary>
    private static FolderEdge Best(List<FolderEdge> edges) => edges
        .OrderBy(e => e.DocsOnly)
        .ThenByDescending(e => e.Files.Count)
        .ThenBy(e => e.From)
        .ThenBy(e => e.To)
        .First();

    /// <summary>Elementary cycles by increasing length, each starting at its smallest node, in ordinal order.</summary>
    private static List<List<string>> Elementary(SortedDictionary<string, SortedDictionary<string, List<FolderEdge>>> graph, ref bool truncated)
    {
        var names = graph.Keys.Concat(graph.Values.SelectMany(t => t.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var next = names
            .Select(n => graph.TryGetValue(n, out var t) ? t.Keys.Select(k => index[k]).Order().ToArray() : [])
            .ToArray();

        var found = new List<List<string>>();
        var steps = 0;
        var cut = false;
        for (var length = 2; length <= names.Count && !cut; length++)
        {
            for (var start = 0; start < names.Count && !cut; start++)
            {
                var path = new List<int> { start };
                var onPath = new bool[names.Count];
                onPath[start] = true;
                Walk(start);

                void Walk(int node)
                {
                    foreach (var target in next[node])
                    {
                        if (cut || ++steps > MaxSteps)
                        {
                            cut = true;
                            return;
                        }

                        if (target == start && path.Count == length)
                        {
                            if (found.Count == MaxCyclesPerLevel)
                            {
                                cut = true;
                                return;
                            }

                            found.Add([.. path.Select(i => names[i])]);
                        }
                        else if (target > start && !onPath[target] && path.Count < length)
                        {
                            path.Add(target);
                            onPath[target] = true;
                            Walk(target);
                            onPath[target] = false;
                            path.RemoveAt(path.Count - 1);
                        }
                    }
                }
            }
        }

        truncated |= cut;
        return found;
    }
}

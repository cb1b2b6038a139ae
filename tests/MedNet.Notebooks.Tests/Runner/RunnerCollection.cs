using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Tests.Runner;

/// <summary>
/// Tests that run notebooks share one collection: the runner sets the process's current directory and the CLI sets
/// MEDNET_PROFILE, both process-wide, so these tests must not run in parallel with each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RunnerCollection : ICollectionFixture<TestNotebooks>
{
    public const string Name = "Notebook runner";
}

/// <summary>Runs the test notebooks under Runner/Notebooks once (compiling is the slow part) and shares the results.</summary>
public sealed class TestNotebooks
{
    public TestNotebooks()
    {
        Root = Path.Combine(AppContext.BaseDirectory, "Runner", "Notebooks");
        var paths = Directory.GetFiles(Root, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Results = NotebookRunner.RunAllAsync(paths, Root, new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(120) })
            .GetAwaiter().GetResult();
    }

    public string Root { get; }

    public IReadOnlyList<NotebookResult> Results { get; }

    public NotebookResult this[string name] => Results.Single(r => r.RelativePath == name);

    /// <summary>Marks a cell of <see cref="Inline"/> as a markdown cell (the prefix is removed).</summary>
    public const string MarkdownPrefix = "markdown:";

    /// <summary>
    /// Builds an in-memory notebook of C# cells (markdown cells when prefixed with <see cref="MarkdownPrefix"/>), placed (not
    /// written) in the test notebooks folder.
    /// </summary>
    public static NotebookDocument Inline(params string[] cells)
    {
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["kernelspec"] = new System.Text.Json.Nodes.JsonObject { ["name"] = ".net-csharp" } },
            ["cells"] = new System.Text.Json.Nodes.JsonArray([.. cells.Select(c => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
            {
                ["cell_type"] = c.StartsWith(MarkdownPrefix, StringComparison.Ordinal) ? "markdown" : "code",
                ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
                ["outputs"] = new System.Text.Json.Nodes.JsonArray(),
                ["execution_count"] = null,
                ["source"] = c.StartsWith(MarkdownPrefix, StringComparison.Ordinal) ? c[MarkdownPrefix.Length..] : c,
            })]),
        };
        return NotebookDocument.Parse(json.ToJsonString(), Path.Combine(AppContext.BaseDirectory, "Runner", "Notebooks", "inline.ipynb"));
    }
}

using System.Text.RegularExpressions;
using MedNet.Notebooks.Runner.Ipynb;

namespace MedNet.Notebooks.Tests.Notebooks;

/// <summary>
/// Checks that notebooks/setup.csx names the files the build really writes, so the notebooks load in the .NET Interactive
/// kernel (the headless runner's and a user's).
/// </summary>
public partial class SetupScriptTests
{
    // setup.csx names the Release build; the test checks the build of its own configuration, which its project
    // references have just written, so the check does not depend on a separate Release build.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string NotebooksFolder => Path.Combine(
        SharedData.RepositoryRoot() ?? throw new InvalidOperationException("test: expected to run inside the repository checkout."), "notebooks");

    [GeneratedRegex("^#r \"(?<path>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex Reference();

    [Fact]
    public void SetupScript_References_NameAssembliesTheBuildWrites()
    {
        var setup = File.ReadAllText(Path.Combine(NotebooksFolder, "setup.csx"));
        var references = Reference().Matches(setup).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(new[] { "MedNet.Tensors.dll", "MedNet.Signals.dll", "MedNet.Models.dll", "MedNet.Experiments.dll", "MedNet.Viz.dll", "Microsoft.ML.DataView.dll", "Apache.Arrow.dll", "Microsoft.Data.Analysis.dll",
            "FSharp.Core.dll", "Fable.Core.dll", "DynamicObj.dll", "Newtonsoft.Json.dll", "Giraffe.ViewEngine.dll", "Plotly.NET.dll", "Plotly.NET.CSharp.dll",
            "Plotly.NET.Interactive.dll" }, references.Select(r => Path.GetFileName(r)!).ToArray());
        foreach (var reference in references)
        {
            Assert.Contains("/bin/Release/net10.0/", reference);
            var built = Path.GetFullPath(Path.Combine(NotebooksFolder, reference.Replace("/bin/Release/", $"/bin/{Configuration}/", StringComparison.Ordinal)));
            Assert.True(File.Exists(built), $"setup.csx references {reference}, but the build wrote no {built}");
        }
    }

    [Fact]
    public void EveryNotebook_FirstCodeCell_LoadsSetupScript()
    {
        foreach (var path in Directory.EnumerateFiles(NotebooksFolder, "*.ipynb", SearchOption.AllDirectories))
        {
            var document = NotebookDocument.Load(path);
            var first = document.Cells.First(c => c.Language == CellLanguage.CSharp);
            var setup = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(NotebooksFolder, "setup.csx")).Replace('\\', '/');
            Assert.True(first.Source.TrimStart().StartsWith($"#load \"{setup}\"", StringComparison.Ordinal),
                $"{path}: expected the first code cell to start with #load \"{setup}\" but it starts with '{first.Source.Split('\n')[0]}'");
        }
    }

    [Fact]
    public void EveryNotebook_IsCommittedWithOutputsCleared()
    {
        foreach (var path in Directory.EnumerateFiles(NotebooksFolder, "*.ipynb", SearchOption.AllDirectories))
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
            foreach (var cell in root["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code"))
            {
                Assert.True(cell!["outputs"]!.AsArray().Count == 0 && cell["execution_count"] is null,
                    $"{path}: expected outputs cleared (STYLE.md rule 16) but a code cell has outputs or an execution count.");
            }
        }
    }
}

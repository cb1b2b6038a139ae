using System.Text.RegularExpressions;

namespace MedNet.Models.Tests.Docs;

/// <summary>STYLE.md rule 6: every "Differs: D-…" reference in code and notebooks names an entry of docs/discrepancies.md.</summary>
public partial class DiscrepancyIdsTests
{
    [GeneratedRegex(@"\bD-(?:MN|MS|PT)-\d{2}\b")]
    private static partial Regex IdPattern();

    [Fact]
    public void EveryReferencedId_HasAnEntry()
    {
        var root = SharedData.RepositoryRoot()!;
        var doc = File.ReadAllText(Path.Combine(root, "docs", "discrepancies.md"));
        var defined = Regex.Matches(doc, @"^### (D-(?:MN|MS|PT)-\d{2})\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(defined);

        var missing = new List<string>();
        foreach (var folder in new[] { "src", "notebooks", "tests" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                    || !(file.EndsWith(".cs") || file.EndsWith(".ipynb") || file.EndsWith(".csx") || file.EndsWith(".md")))
                {
                    continue;
                }

                foreach (Match m in IdPattern().Matches(File.ReadAllText(file)))
                {
                    if (!defined.Contains(m.Value))
                    {
                        missing.Add($"{m.Value} in {Path.GetRelativePath(root, file)}");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, "undefined discrepancy ids: " + string.Join("; ", missing.Distinct()));
    }
}

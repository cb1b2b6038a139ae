using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public class ReproduceCommandTests
{
    private static readonly Regex LastLine = new(@"^f1=\d\.\d{5} precision=\d\.\d{5} recall=\d\.\d{5} roc_auc=\d\.\d{5}$");

    private static (int Exit, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var config = new InvocationConfiguration { Output = output, Error = output };
        var exit = CommandLineApp.Build().Parse(args).Invoke(config);
        return (exit, output.ToString());
    }

    private static string Last(string output) => output.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public void List_PrintsEveryIdWithItsTitle()
    {
        var (exit, output) = Invoke("reproduce", "list");
        Assert.Equal(0, exit);
        foreach (var e in Reproductions.All)
        {
            Assert.Contains(e.Id, output);
            Assert.Contains(e.Title, output);
        }
    }

    [Fact]
    public void Table4Smoke_WritesSeedAndSummaryJson_LastLineIsTheHeadline()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-reproduce-");
        try
        {
            var (exit, output) = Invoke("reproduce", "mednet-table4", "--profile", "smoke", "--seed", "2", "--out", dir.FullName);

            Assert.Equal(0, exit);
            Assert.Matches(LastLine, Last(output));
            Assert.Contains("[MEDNET] Table 4", output);
            Assert.Contains("0.93844", output);   // the paper's F1 from the registry
            var seedFile = Path.Combine(dir.FullName, "mednet-table4", "seed2.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(seedFile));
            Assert.Equal(2, doc.RootElement.GetProperty("context").GetProperty("seed").GetInt32());
            Assert.True(File.Exists(Path.Combine(dir.FullName, "mednet-table4", "summary.json")));
            Assert.Contains("| F1 | 0.93844 |", File.ReadAllText(Path.Combine(dir.FullName, "mednet-table4", "comparison.md")));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void DtypeFloat64_TrainsInFloat64AndRecordsIt()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-reproduce-");
        try
        {
            var (exit, output) = Invoke("reproduce", "mednet-table4", "--profile", "smoke", "--seed", "0", "--dtype", "float64", "--out", dir.FullName);

            Assert.Equal(0, exit);
            Assert.Matches(LastLine, Last(output));
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "mednet-table4", "seed0.json")));
            Assert.Equal("float64", doc.RootElement.GetProperty("context").GetProperty("dtype").GetString());
            Assert.Equal("float64", doc.RootElement.GetProperty("models")[0].GetProperty("training").GetProperty("dtype").GetString());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Dtype_UnknownOrUnsupported_IsRefusedByName()
    {
        var (exit, output) = Invoke("reproduce", "mednet-table4", "--profile", "smoke", "--dtype", "float16");
        Assert.Equal(2, exit);
        Assert.Contains("--dtype: expected float32 or float64 but got 'float16'", output);
        var (exit2, output2) = Invoke("reproduce", "mednet-table3-switches", "--profile", "smoke", "--dtype", "float64");
        Assert.Equal(2, exit2);
        Assert.Contains("mednet-table3-switches trains in float32 only", output2);
    }

    [Fact]
    public void Seeds_TwoSeeds_LastLineIsTheMeanOfTheSeedLines()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-reproduce-");
        try
        {
            var (exit, output) = Invoke("reproduce", "mednet-table4", "--profile", "smoke", "--seeds", "0,1", "--out", dir.FullName);

            Assert.Equal(0, exit);
            var last = Last(output);
            Assert.Matches(LastLine, last);
            var seedF1 = output.Split('\n').Where(l => l.StartsWith("seed=", StringComparison.Ordinal))
                .Select(l => double.Parse(Regex.Match(l, @"f1=([\d.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(2, seedF1.Length);
            var meanF1 = double.Parse(Regex.Match(last, @"^f1=([\d.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(seedF1.Average(), meanF1, 4e-5);   // seed lines and mean are each rounded to 5 decimals
            var summary = SeedSummary.FromJson(File.ReadAllText(Path.Combine(dir.FullName, "mednet-table4", "summary.json")));
            Assert.Equal([0, 1], summary.Seeds);
            Assert.NotNull(summary.Metric("channel_average.adjusted.f1").Sd);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Table_FromStoredRunRecords_IntoMarkdown_ReplacesOnlyTheGeneratedBlock()
    {
        var root = SharedData.RepositoryRoot()!;
        var runs = Path.Combine(root, "tests", "MedNet.Experiments.Tests", "Fixtures", "runs");
        using var temp = new TempFolder();
        var file = temp.Write("results.md", $"# before\n{PaperReadings.BeginMarker}\nstale\n{PaperReadings.EndMarker}\n# after\n");

        var (exit, output) = Invoke("reproduce", "table", "--from", runs, "--into", file);

        Assert.Equal(0, exit);
        Assert.Contains("wrote", output);
        var text = File.ReadAllText(file);
        Assert.StartsWith("# before\n", text);
        Assert.EndsWith("# after\n", text);
        Assert.DoesNotContain("stale", text);
        Assert.Contains("| Table 3 (MED-Net) | F1 | 0.96501 |", text);
    }

    [Fact]
    public void Table_WithoutFrom_Exits2_MissingFolder_Exits1NamingIt()
    {
        Assert.Equal(2, Invoke("reproduce", "table").Exit);
        var missing = Path.Combine(Path.GetTempPath(), "mednet-missing-runs-" + Guid.NewGuid().ToString("N"));
        var (exit, output) = Invoke("reproduce", "table", "--from", missing);
        Assert.Equal(1, exit);
        Assert.Contains(missing, output);
    }

    [Fact]
    public void UnknownId_Exits2ListingValidIds()
    {
        var (exit, output) = Invoke("reproduce", "mednet-table9", "--profile", "smoke");
        Assert.Equal(2, exit);
        Assert.Contains("mednet-table3, mednet-table3-authors, mednet-table3-switches, mednet-table4, mednet-table4-shuffled, mednet-timing", output);
    }

    [Fact]
    public void UnknownProfile_Exits2ListingValidProfiles()
    {
        var (exit, output) = Invoke("reproduce", "mednet-table3", "--profile", "huge");
        Assert.Equal(2, exit);
        Assert.Contains("smoke, laptop, paper", output);
        Assert.Contains("'huge'", output);
        Assert.DoesNotContain("(Parameter", output);
    }

    [Theory]
    [InlineData("--seeds", "4-2")]
    [InlineData("--seed", "-1")]
    public void BadSeeds_Exit2NamingTheOption(string option, string value)
    {
        var (exit, output) = Invoke("reproduce", "mednet-table3", "--profile", "smoke", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option + ":", output);
    }

    [Fact]
    public void SeedAndSeeds_Together_Exit2()
    {
        var (exit, output) = Invoke("reproduce", "mednet-table3", "--profile", "smoke", "--seed", "1", "--seeds", "0-4");
        Assert.Equal(2, exit);
        Assert.Contains("--seed/--seeds", output);
    }

    [Fact]
    public void Help_SaysWhichFiguresTheLastLineHolds()
    {
        var (_, output) = Invoke("reproduce", "--help");
        Assert.Contains("channel-average, point-adjusted", output);
        Assert.Contains("binary ROC-AUC", output);
        foreach (var id in Reproductions.Ids)
        {
            Assert.Contains(id + ":", output);
        }
    }
}

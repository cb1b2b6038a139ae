using MedNet.Experiments.Sweeps;

namespace MedNet.Experiments.Tests.Sweeps;

public class SweepPlannerTests
{
    private static readonly string[] Known = ["a", "b"];

    [Fact]
    public void Plan_ExpandsIdsOptionsAndSeedsInOrder_WithStableHashes()
    {
        var spec = new SweepSpec(["a", "b"], [0, 1], [new("profile", ["smoke", "laptop"])]);
        var m = SweepPlanner.Plan(spec, "abc", Known);
        Assert.Equal(8, m.Tasks.Count);
        Assert.Equal(Enumerable.Range(0, 8), m.Tasks.Select(t => t.Index));
        Assert.Equal("a profile=smoke", m.Tasks[0].Configuration);
        Assert.Equal((0, 1), (m.Tasks[0].Seed, m.Tasks[1].Seed));
        Assert.Equal("a profile=laptop", m.Tasks[2].Configuration);
        Assert.Equal(8, m.Tasks.Select(t => t.ConfigHash).Distinct().Count());
        Assert.Equal(m.Tasks[0].ConfigHash, SweepPlanner.Plan(spec, "other", Known).Tasks[0].ConfigHash); // the hash is of the configuration only
        Assert.Equal(["reproduce", "a", "--seed", "0", "--profile", "smoke", "--out", "/x"], m.Tasks[0].ReproduceArguments("/x"));
    }

    [Fact]
    public void Plan_InvalidSpec_NamesEveryProblem()
    {
        var spec = new SweepSpec(["a", "zzz"], [1, 1], [new("epochs", ["3"]), new("profile", [])]);
        var ex = Assert.Throws<ArgumentException>(() => SweepPlanner.Plan(spec, "c", Known));
        Assert.Contains("'zzz'", ex.Message);
        Assert.Contains("repeated", ex.Message);
        Assert.Contains("'epochs'", ex.Message);
        Assert.Contains("values", ex.Message);
    }

    [Fact]
    public void Manifest_RoundTrips_AndAHandEditedTaskIsNamed()
    {
        using var tmp = new TempFolder();
        var m = SweepPlanner.Plan(new SweepSpec(["a"], [0, 1], []), "abc", Known);
        m.Save(tmp.Path);
        Assert.Equal(m.Tasks.Select(t => t.ConfigHash), SweepManifest.Load(tmp.Path).Tasks.Select(t => t.ConfigHash));
        Assert.Throws<IOException>(() => m.Save(tmp.Path)); // a folder holds one plan
        var path = Path.Combine(tmp.Path, SweepManifest.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Seed\": 1", "\"Seed\": 7", StringComparison.Ordinal));
        Assert.Contains("edited by hand", Assert.Throws<FormatException>(() => SweepManifest.Load(tmp.Path)).Message);
    }
}

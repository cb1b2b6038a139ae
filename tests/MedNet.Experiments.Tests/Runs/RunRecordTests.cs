using System.Text.Json;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.Runs;

public class RunRecordTests
{
    private sealed record FakeArchitecture(int Width, RunProfile Profile);

    [Fact]
    public void ToJson_WritesConfigFieldsEpochsAndMetrics()
    {
        var ctx = new RunContext(RunProfile.Smoke, 3, 2, null, "abc", Path.GetTempPath());
        var training = new TrainingOptions(new OptimizerSettings(OptimizerKind.AdamW, 0.005), new StepSchedule(10, 0.9), 128, 50);
        var rec = new RunRecord("mednet-table3", ctx, [new ModelSetup("mednet", new FakeArchitecture(16, RunProfile.Paper), training, null, 10, "DtaadMinMax")], "ff", "/data/mba", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1.5,
            [new EpochLog(1, 0.25, 0.005, 0.1)], new Dictionary<string, double> { ["f1"] = 0.97 }, ["MBA train = test"]);
        using var doc = JsonDocument.Parse(rec.ToJson());
        var root = doc.RootElement;
        var model = root.GetProperty("models")[0];
        Assert.Equal(10, model.GetProperty("window_length").GetInt32());
        Assert.Equal(16, model.GetProperty("architecture").GetProperty("width").GetInt32());
        Assert.Equal("paper", model.GetProperty("architecture").GetProperty("profile").GetString());
        Assert.Equal("step", model.GetProperty("training").GetProperty("schedule").GetProperty("kind").GetString());
        Assert.Equal(10, model.GetProperty("training").GetProperty("schedule").GetProperty("step_size").GetInt32());
        Assert.Equal(0.005, model.GetProperty("training").GetProperty("optimizer").GetProperty("learning_rate").GetDouble());
        Assert.Equal(3, root.GetProperty("context").GetProperty("seed").GetInt32());
        Assert.Equal("/data/mba", root.GetProperty("data_folder").GetString());
        Assert.Equal(0.25, root.GetProperty("epochs")[0].GetProperty("loss").GetDouble());
        Assert.Equal(0.97, root.GetProperty("metrics").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void ReadCommit_ThisCheckout_ReturnsFortyHexOrUnknownOutsideGit()
    {
        var repo = SharedData.RepositoryRoot()!;
        var commit = RunContext.ReadCommit(repo);
        Assert.True(commit == "unknown" || (commit.Length == 40 && commit.All(Uri.IsHexDigit)), commit);
        Assert.Equal("unknown", RunContext.ReadCommit(Path.GetTempPath()));
    }

    [Fact]
    public void DataFingerprint_OfFiles_DependsOnContentNotOrder()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-fp-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.csv");
            var b = Path.Combine(dir.FullName, "b.csv");
            File.WriteAllText(a, "1,2\n");
            File.WriteAllText(b, "3,4\n");
            var f1 = DataFingerprint.OfFiles([a, b]);
            Assert.Equal(f1, DataFingerprint.OfFiles([b, a]));
            File.WriteAllText(b, "3,5\n");
            Assert.NotEqual(f1, DataFingerprint.OfFiles([a, b]));
            Assert.Throws<FileNotFoundException>(() => DataFingerprint.OfFiles([Path.Combine(dir.FullName, "missing.csv")]));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void ThreadsFromEnvironment_Unset_IsProcessorCount()
    {
        if (Environment.GetEnvironmentVariable(RunContext.ThreadsVariable) is null)
        {
            Assert.Equal(Environment.ProcessorCount, RunContext.ThreadsFromEnvironment());
        }
        else
        {
            Assert.True(RunContext.ThreadsFromEnvironment() >= 1);
        }
    }
}

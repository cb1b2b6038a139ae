using MedNet.Experiments.Sweeps;

namespace MedNet.Experiments.Tests.Sweeps;

public class SweepResultsTests
{
    private static (TempFolder Tmp, SweepManifest Manifest) Planned()
    {
        var tmp = new TempFolder();
        var m = SweepPlanner.Plan(new SweepSpec(["mednet-table3"], [0, 1, 2], []), "c0ffee", Reproductions.Ids);
        m.Save(tmp.Path);
        return (tmp, m);
    }

    private static SweepTaskResult Result(SweepManifest m, int i, bool ok, double f1, string? commit = null) =>
        new(i, m.Tasks[i].ConfigHash, commit ?? m.Commit, ok, ok ? 0 : 1, ok ? new Dictionary<string, double> { ["f1"] = f1 } : [], ok ? $"f1={f1}" : "error: x",
            "log", 1.0, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Status_ReadsDoneFailedMissing_AndNamesTruncatedForeignAndOtherCommitFiles()
    {
        var (tmp, m) = Planned();
        using var _ = tmp;
        Result(m, 0, true, 0.9).Save(tmp.Path);
        Result(m, 1, false, 0).Save(tmp.Path);
        var status = SweepStatus.Read(tmp.Path);
        Assert.Equal([SweepTaskState.Done, SweepTaskState.Failed, SweepTaskState.Missing], status.States);
        Assert.Equal([1, 2], status.Pending);

        var path = SweepManifest.ResultPath(tmp.Path, 2);
        File.WriteAllText(path, File.ReadAllText(SweepManifest.ResultPath(tmp.Path, 0))[..40]); // truncated
        Assert.Contains("not a whole result file", SweepStatus.Read(tmp.Path).Problems[2]);
        File.Copy(SweepManifest.ResultPath(tmp.Path, 0), path, overwrite: true); // task 0's file under task 2's name
        Assert.Contains("foreign", SweepStatus.Read(tmp.Path).Problems[2]);
        Result(m, 2, true, 0.8, commit: "deadbeef").Save(tmp.Path);
        Assert.Contains("not mixed", SweepStatus.Read(tmp.Path).Problems[2]);
        Assert.Equal(SweepTaskState.Invalid, SweepStatus.Read(tmp.Path).States[2]);
    }

    [Fact]
    public void Save_IsAtomic_AndASecondRunOfATaskLeavesOneWholeFile()
    {
        var (tmp, m) = Planned();
        using var _ = tmp;
        Result(m, 0, true, 0.9).Save(tmp.Path);
        Result(m, 0, true, 0.9).Save(tmp.Path);
        Assert.Equal(["task-0.json"], Directory.GetFiles(Path.Combine(tmp.Path, "results")).Select(Path.GetFileName));
        Assert.Equal(SweepTaskState.Done, SweepStatus.Read(tmp.Path).States[0]);
    }

    [Fact]
    public void Collect_MergesDoneSeedsIntoMeanAndSampleSd_WithThePapersValue()
    {
        var (tmp, m) = Planned();
        using var _ = tmp;
        Result(m, 0, true, 0.90).Save(tmp.Path);
        Result(m, 1, true, 0.94).Save(tmp.Path);
        Result(m, 2, false, 0).Save(tmp.Path);
        var rows = SweepCollector.Summarise(SweepStatus.Read(tmp.Path));
        var f1 = Assert.Single(rows);
        Assert.Equal([0, 1], f1.Seeds);
        Assert.Equal(0.92, f1.Mean, 12);
        Assert.Equal(Math.Sqrt(0.0008), f1.StandardDeviation, 12);
        Assert.NotNull(f1.Paper); // MED-Net's Table 3 F1 from the reported-results registry
        var csv = SweepCollector.ToCsv(rows);
        Assert.StartsWith("configuration,metric,n,seeds,mean,sd,paper\n\"mednet-table3\",f1,2,\"0 1\",", csv);
    }
}

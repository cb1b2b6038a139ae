using MedNet.Experiments.Sweeps;

namespace MedNet.Notebooks.Tests.Sweeps;

/// <summary>`mednet sweep` on this machine: plan, run two at a time, a failing task listed with its log, --resume reruns only it.</summary>
public class SweepRunTests
{
    [Fact]
    public void RunLocally_ListsTheFailedTaskWithItsLog_AndResumeRerunsOnlyIt()
    {
        using var tmp = new TempFolder();
        var dir = Path.Combine(tmp.Path, "sweep");
        var (planExit, planned) = SweepCli.Mednet(null, "sweep", "plan", "--id", "mednet-table3", "--seeds", "0-1", "--set", "profile=smoke", "--out", dir);
        Assert.True(planExit == 0, planned);
        Assert.Contains("planned 2 task(s)", planned);

        // Task 1 fails: a file where its run folder must go (the run cannot write its artefacts).
        Directory.CreateDirectory(Path.Combine(dir, "runs"));
        File.WriteAllText(SweepManifest.RunDirectory(dir, 1), "in the way");
        var (runExit, ran) = SweepCli.Mednet(null, "sweep", "run", dir, "--jobs", "2", "--threads-per-task", "1");
        Assert.True(runExit == 1, ran);
        Assert.Contains($"failed: task 1 (mednet-table3 profile=smoke seed=1); log {SweepManifest.LogPath(dir, 1)}", ran);
        Assert.Matches(@"\[2/2\] task \d .* done \d, failed \d, pending 0, ETA", ran);
        var firstResult = File.GetLastWriteTimeUtc(SweepManifest.ResultPath(dir, 0));

        var (again, refused) = SweepCli.Mednet(null, "sweep", "run", dir);
        Assert.Equal(2, again);
        Assert.Contains("--resume", refused);

        File.Delete(SweepManifest.RunDirectory(dir, 1));
        var (resumeExit, resumed) = SweepCli.Mednet(null, "sweep", "run", dir, "--resume", "--threads-per-task", "1");
        Assert.True(resumeExit == 0, resumed);
        Assert.Contains("1 of 2 task(s) to run", resumed);
        Assert.Equal(firstResult, File.GetLastWriteTimeUtc(SweepManifest.ResultPath(dir, 0))); // task 0 untouched

        var (collectExit, collected) = SweepCli.Mednet(null, "sweep", "collect", dir);
        Assert.True(collectExit == 0, collected);
        Assert.Contains("| mednet-table3 profile=smoke | f1 | 2 |", collected);
        Assert.True(File.Exists(Path.Combine(dir, "summary.csv")));

        // A task run twice is skipped the second time (same configuration hash, already done).
        var (taskExit, skipped) = SweepCli.Mednet(null, "sweep", "task", dir, "0");
        Assert.Equal(0, taskExit);
        Assert.Contains("already done", skipped);
    }

    [Fact]
    public void Plan_UnknownOptionOrId_IsNamed()
    {
        using var tmp = new TempFolder();
        var (exit, output) = SweepCli.Mednet(null, "sweep", "plan", "--id", "nope", "--set", "epochs=3", "--out", Path.Combine(tmp.Path, "s"));
        Assert.Equal(2, exit);
        Assert.Contains("'nope'", output);
        Assert.Contains("'epochs'", output);
    }

    [Fact]
    public void SlurmDryRun_WritesTheArrayAndAnAfteranyCollectJob()
    {
        using var tmp = new TempFolder();
        var dir = Path.Combine(tmp.Path, "s");
        Assert.Equal(0, SweepCli.Mednet(null, "sweep", "plan", "--id", "mednet-table3", "--seeds", "0-3", "--out", dir).Exit);
        var (exit, output) = SweepCli.Mednet(null, "sweep", "slurm", dir, "--dry-run", "--partition", "short", "--time", "00:20:00", "--cpus-per-task", "2", "--mem", "4G", "--array-limit", "2");
        Assert.True(exit == 0, output);
        var array = File.ReadAllText(Path.Combine(dir, "slurm", "array.sbatch"));
        Assert.Contains("#SBATCH --array=0,1,2,3%2", array);
        Assert.Contains("#SBATCH --partition=short", array);
        Assert.Contains("#SBATCH --time=00:20:00", array);
        Assert.Contains("#SBATCH --mem=4G", array);
        Assert.Contains("sweep task", array);
        Assert.Contains("--dependency=afterany:<array job id>", output);
    }
}

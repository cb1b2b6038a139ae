using MedNet.Experiments.Sweeps;

namespace MedNet.Notebooks.Tests.Sweeps;

/// <summary>
/// Issue 19 against a real scheduler: a single-node Slurm on 127.0.0.1 (tools/slurm/local-slurm.sh), a sweep of
/// mednet-table3 smoke × 3 seeds plus one task forced to fail, submitted as a job array with an afterany collect job.
/// The merged table must equal the one `sweep run` produces here for the same tasks (same thread count), the failed task
/// must be listed with its log, and `--resume` must resubmit only it.
/// </summary>
[Collection("slurm")]
public class SlurmSweepTests
{
    [SlurmFact]
    public void SlurmSweep_MergesLikeALocalRun_ListsTheFailure_AndResumesOnlyIt()
    {
        using var tmp = new TempFolder();
        var repo = SharedData.RepositoryRoot()!;
        var script = Path.Combine(repo, "tools", "slurm", "local-slurm.sh");
        var state = Path.Combine(tmp.Path, "slurm");
        var (up, upOutput) = SweepCli.Run("bash", [script, "start", state], timeoutSeconds: 120);
        Assert.True(up == 0, upOutput);
        var env = new Dictionary<string, string> { ["SLURM_CONF"] = Path.Combine(state, "slurm.conf") };
        try
        {
            var viaSlurm = Path.Combine(tmp.Path, "slurm-sweep");
            var local = Path.Combine(tmp.Path, "local-sweep");
            foreach (var dir in new[] { viaSlurm, local })
            {
                Assert.Equal(0, SweepCli.Mednet(env, "sweep", "plan", "--id", "mednet-table3", "--seeds", "0-3", "--set", "profile=smoke", "--out", dir).Exit);
                Directory.CreateDirectory(Path.Combine(dir, "runs"));
                File.WriteAllText(SweepManifest.RunDirectory(dir, 3), "in the way"); // task 3 is forced to fail
            }

            var (submitted, submitOutput) = SweepCli.Mednet(env, "sweep", "slurm", viaSlurm, "--cpus-per-task", "1");
            Assert.True(submitted == 0, submitOutput);
            Assert.Contains("submitted array job", submitOutput);
            WaitForQueue(env);

            var (localExit, localOutput) = SweepCli.Mednet(env, "sweep", "run", local, "--jobs", "2", "--threads-per-task", "1");
            Assert.True(localExit == 1, localOutput);

            var (statusExit, status) = SweepCli.Mednet(env, "sweep", "status", viaSlurm);
            Assert.Equal(1, statusExit);
            Assert.Contains("done 3, failed 1, missing 0, invalid 0", status);
            Assert.Contains($"failed  task 3 (mednet-table3 profile=smoke seed=3)", status);
            Assert.Contains($"log {SweepManifest.LogPath(viaSlurm, 3)}", status);
            Assert.True(File.Exists(Path.Combine(viaSlurm, "logs", "collect.log")), "the afterany collect job ran although a task failed");

            Assert.Equal(0, SweepCli.Mednet(env, "sweep", "collect", local).Exit);
            Assert.Equal(0, SweepCli.Mednet(env, "sweep", "collect", viaSlurm).Exit);
            Assert.Equal(File.ReadAllText(Path.Combine(local, "summary.csv")), File.ReadAllText(Path.Combine(viaSlurm, "summary.csv")));

            File.Delete(SweepManifest.RunDirectory(viaSlurm, 3));
            var (resumed, resumeOutput) = SweepCli.Mednet(env, "sweep", "slurm", viaSlurm, "--cpus-per-task", "1", "--resume");
            Assert.True(resumed == 0, resumeOutput);
            Assert.Contains("(1 task(s): 3)", resumeOutput);
            Assert.Contains("#SBATCH --array=3\n", File.ReadAllText(Path.Combine(viaSlurm, "slurm", "array.sbatch")));
            WaitForQueue(env);
            Assert.Contains("done 4, failed 0", SweepCli.Mednet(env, "sweep", "status", viaSlurm).Output);
        }
        finally
        {
            SweepCli.Run("bash", [script, "stop", state], timeoutSeconds: 60);
        }
    }

    // sacct needs slurmdbd (off here and on many clusters): poll squeue until the queue is empty.
    private static void WaitForQueue(IReadOnlyDictionary<string, string> env)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            var (exit, output) = SweepCli.Run("squeue", ["-h"], env, timeoutSeconds: 30);
            Assert.True(exit == 0, output);
            if (output.Trim().Length == 0)
            {
                return;
            }

            Thread.Sleep(1000);
        }

        throw new TimeoutException("the Slurm queue did not drain within 10 minutes");
    }
}

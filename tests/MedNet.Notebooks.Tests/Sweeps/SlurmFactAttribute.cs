namespace MedNet.Notebooks.Tests.Sweeps;

/// <summary>A fact that runs only where a local single-node Slurm can be started: root, and Debian's slurmctld, slurmd,
/// slurm-client and munge installed (.ci/install-deps installs them; CI runs as root).</summary>
internal sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "needs root on Linux to start a local Slurm (slurmd switches to the job's user); CI runs as root";
        }
        else if (!File.Exists("/usr/sbin/slurmctld") || !File.Exists("/usr/sbin/slurmd") || !File.Exists("/usr/bin/sbatch") || !File.Exists("/usr/sbin/munged"))
        {
            Skip = "needs Debian's slurmctld, slurmd, slurm-client and munge; run `bash .ci/install-deps` (CI does)";
        }
    }
}

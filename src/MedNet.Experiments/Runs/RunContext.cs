// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
namespace MedNet.Experiments.Runs;

/// <summary>
/// Where and how a run happens: profile, seed, thread count, repository commit and artifacts folder. Notebooks make
/// one in their setup cell; <c>mednet reproduce</c> makes one per run.
/// </summary>
/// <param name="Profile">Compute budget (<see cref="RunProfiles.Current"/> by default).</param>
/// <param name="Seed">Seed of every random draw in the run.</param>
/// <param name="Threads">Worker threads (MEDNET_THREADS, default: processor count); results are deterministic per seed and thread count.</param>
/// <param name="RepositoryRoot">The checkout the run comes from, or null outside one.</param>
/// <param name="Commit">The commit id of <paramref name="RepositoryRoot"/> (from .git), or "unknown".</param>
/// <param name="ArtifactsDirectory">Where run records are written: <c>artifacts/</c> in the repository (or the current directory).</param>
public sealed record RunContext(RunProfile Profile, int Seed, int Threads, string? RepositoryRoot, string Commit, string ArtifactsDirectory)
{
    /// <summary>The environment variable that sets the thread count.</summary>
    public const string ThreadsVariable = "MEDNET_THREADS";

    /// <summary>
    /// The dtype the run trains in: float32 (default) or float64, as the DTAAD repository runs (<c>model.double()</c>).
    /// Only experiments that declare SupportsFloat64 (the DTAAD and MED-Net tables) honour float64.
    /// </summary>
    [System.Text.Json.Serialization.JsonPropertyName("dtype")]
    public MedNet.Tensors.ScalarType DType { get; init; } = MedNet.Tensors.ScalarType.Float32;

    /// <summary>Builds a context from the environment (MEDNET_PROFILE, MEDNET_THREADS) and the checkout around <paramref name="startDirectory"/>.</summary>
    /// <param name="seed">Seed. Default: 0.</param>
    /// <param name="startDirectory">Where to look for the repository. Default: the current directory.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">MEDNET_PROFILE or MEDNET_THREADS holds an invalid value.</exception>
    public static RunContext FromEnvironment(int seed = 0, string? startDirectory = null)
    {
        var repo = Signals.Datasets.DataRoot.FindRepositoryRoot(startDirectory ?? Directory.GetCurrentDirectory());
        var artifacts = Path.Combine(repo ?? Directory.GetCurrentDirectory(), "artifacts");
        return new RunContext(RunProfiles.Current, seed, ThreadsFromEnvironment(), repo, repo is null ? "unknown" : ReadCommit(repo), artifacts);
    }

    /// <summary>Reads MEDNET_THREADS; the processor count when unset.</summary>
    /// <returns>Thread count ≥ 1.</returns>
    /// <exception cref="ArgumentException">The variable is not a positive integer.</exception>
    public static int ThreadsFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(ThreadsVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return Environment.ProcessorCount;
        }

        return int.TryParse(value, out var n) && n >= 1
            ? n
            : throw new ArgumentException($"{ThreadsVariable}: expected a positive integer but got '{value}'.");
    }

    /// <summary>Reads the commit id of HEAD from a checkout's .git folder (loose or packed refs), without running git.</summary>
    /// <param name="repositoryRoot">The checkout.</param>
    /// <returns>The 40-hex commit id, or "unknown" when it cannot be read.</returns>
    public static string ReadCommit(string repositoryRoot)
    {
        var git = Path.Combine(repositoryRoot, ".git");
        if (File.Exists(git))
        {
            // A worktree: ".git" is a file "gitdir: <path>".
            var line = File.ReadAllText(git).Trim();
            git = line.StartsWith("gitdir:", StringComparison.Ordinal) ? Path.GetFullPath(line[7..].Trim(), repositoryRoot) : git;
        }

        var head = Path.Combine(git, "HEAD");
        if (!File.Exists(head))
        {
            return "unknown";
        }

        var content = File.ReadAllText(head).Trim();
        if (!content.StartsWith("ref:", StringComparison.Ordinal))
        {
            return content;
        }

        var refName = content[4..].Trim();
        foreach (var dir in CommonDirs(git))
        {
            var loose = Path.Combine(dir, refName);
            if (File.Exists(loose))
            {
                return File.ReadAllText(loose).Trim();
            }

            var packed = Path.Combine(dir, "packed-refs");
            if (File.Exists(packed))
            {
                foreach (var l in File.ReadLines(packed))
                {
                    if (l.EndsWith(" " + refName, StringComparison.Ordinal))
                    {
                        return l[..l.IndexOf(' ', StringComparison.Ordinal)];
                    }
                }
            }
        }

        return "unknown";
    }

    private static IEnumerable<string> CommonDirs(string gitDir)
    {
        yield return gitDir;
        var common = Path.Combine(gitDir, "commondir");
        if (File.Exists(common))
        {
            yield return Path.GetFullPath(File.ReadAllText(common).Trim(), gitDir);
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Text.Json;

namespace MedNet.Experiments.Sweeps;

/// <summary>What a finished task wrote to <c>results/task-i.json</c> (atomically).</summary>
/// <param name="Index">Task index.</param>
/// <param name="ConfigHash">The task's configuration hash when it ran.</param>
/// <param name="Commit">The kit's commit that ran it.</param>
/// <param name="Succeeded">Whether the run ended with exit code 0 and a headline line.</param>
/// <param name="ExitCode">The run's exit code.</param>
/// <param name="Metrics">The headline metrics of the run's last line (e.g. f1, precision), empty when it failed.</param>
/// <param name="LastLine">The run's last output line (the headline or the error).</param>
/// <param name="Log">Path of the task's log.</param>
/// <param name="Seconds">Wall time of the run.</param>
/// <param name="FinishedUtc">When it finished.</param>
public sealed record SweepTaskResult(
    int Index, string ConfigHash, string Commit, bool Succeeded, int ExitCode, IReadOnlyDictionary<string, double> Metrics,
    string LastLine, string Log, double Seconds, DateTimeOffset FinishedUtc)
{
    /// <summary>Writes the result atomically (a reader never sees half a file; two runs of the same task leave one whole file).</summary>
    /// <param name="directory">The sweep folder.</param>
    public void Save(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "results"));
        AtomicFile.WriteAllText(SweepManifest.ResultPath(directory, Index), JsonSerializer.Serialize(this, SweepManifest.Json));
    }

    /// <summary>Reads a result file and checks it belongs to <paramref name="task"/> of <paramref name="manifest"/>.</summary>
    /// <param name="path">The result file.</param>
    /// <param name="task">The task it should belong to.</param>
    /// <param name="manifest">The sweep.</param>
    /// <param name="problem">Why it cannot be merged (truncated, not JSON, another task, configuration or commit), or null.</param>
    /// <returns>The result, or null with <paramref name="problem"/> set.</returns>
    public static SweepTaskResult? TryLoad(string path, SweepTask task, SweepManifest manifest, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(manifest);
        problem = null;
        SweepTaskResult? result;
        try
        {
            result = JsonSerializer.Deserialize<SweepTaskResult>(File.ReadAllText(path), SweepManifest.Json);
        }
        catch (JsonException ex)
        {
            problem = $"{path}: not a whole result file ({ex.Message}); truncated or foreign, not merged";
            return null;
        }

        if (result is null || result.Metrics is null)
        {
            problem = $"{path}: empty result file, not merged";
            return null;
        }

        if (result.Index != task.Index || result.ConfigHash != task.ConfigHash)
        {
            problem = $"{path}: belongs to task {result.Index} with configuration {result.ConfigHash}, not task {task.Index} ({task.ConfigHash}); foreign, not merged";
            return null;
        }

        if (result.Commit != manifest.Commit)
        {
            problem = $"{path}: ran on commit {result.Commit}, the sweep was planned on {manifest.Commit}; results of different code are not mixed";
            return null;
        }

        foreach (var (name, value) in result.Metrics)
        {
            if (!double.IsFinite(value))
            {
                problem = $"{path}: metric {name} is {value}; not merged";
                return null;
            }
        }

        return result;
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Sweeps;

/// <summary>The state of every task of a sweep folder, from the result files.</summary>
/// <param name="Manifest">The sweep.</param>
/// <param name="States">State per task index.</param>
/// <param name="Results">The mergeable result per task index (null when missing or invalid).</param>
/// <param name="Problems">Per invalid task, why its file is not merged.</param>
public sealed record SweepStatus(SweepManifest Manifest, IReadOnlyList<SweepTaskState> States, IReadOnlyList<SweepTaskResult?> Results, IReadOnlyDictionary<int, string> Problems)
{
    /// <summary>Reads the state of every task of <paramref name="directory"/>.</summary>
    /// <param name="directory">The sweep folder.</param>
    /// <returns>The status.</returns>
    public static SweepStatus Read(string directory)
    {
        var manifest = SweepManifest.Load(directory);
        var states = new SweepTaskState[manifest.Tasks.Count];
        var results = new SweepTaskResult?[manifest.Tasks.Count];
        var problems = new Dictionary<int, string>();
        foreach (var task in manifest.Tasks)
        {
            var path = SweepManifest.ResultPath(directory, task.Index);
            if (!File.Exists(path))
            {
                states[task.Index] = SweepTaskState.Missing;
                continue;
            }

            var result = SweepTaskResult.TryLoad(path, task, manifest, out var problem);
            if (result is null)
            {
                states[task.Index] = SweepTaskState.Invalid;
                problems[task.Index] = problem!;
                continue;
            }

            results[task.Index] = result;
            states[task.Index] = result.Succeeded ? SweepTaskState.Done : SweepTaskState.Failed;
        }

        return new SweepStatus(manifest, states, results, problems);
    }

    /// <summary>How many tasks are in <paramref name="state"/>.</summary>
    public int Count(SweepTaskState state) => States.Count(s => s == state);

    /// <summary>Task indices that are not done (missing, failed or invalid): what <c>--resume</c> reruns.</summary>
    public IReadOnlyList<int> Pending => [.. Enumerable.Range(0, States.Count).Where(i => States[i] != SweepTaskState.Done)];
}

// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Experiments.Sweeps;

/// <summary>A planned sweep as written to <c>DIR/manifest.json</c>: the kit's commit and every task.</summary>
/// <remarks>Layout of a sweep folder: <c>manifest.json</c>; <c>tasks.txt</c> (line i + 1 = task i's configuration, for a
/// reader of the folder); <c>results/task-i.json</c> (written by the task itself, atomically); <c>logs/task-i.log</c>;
/// <c>runs/task-i/</c> (the run's artefacts); <c>slurm/*.sbatch</c>; <c>summary.csv</c>, <c>summary.json</c>.</remarks>
/// <param name="Version">Manifest format version (1).</param>
/// <param name="Commit">The kit's commit when planned; tasks and results of another commit are refused by name.</param>
/// <param name="CreatedUtc">When it was planned.</param>
/// <param name="Tasks">The tasks, indexed from 0.</param>
public sealed record SweepManifest(int Version, string Commit, DateTimeOffset CreatedUtc, IReadOnlyList<SweepTask> Tasks)
{
    /// <summary>File name of the manifest inside a sweep folder.</summary>
    public const string FileName = "manifest.json";

    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Path of task <paramref name="index"/>'s result file.</summary>
    public static string ResultPath(string directory, int index) => Path.Combine(directory, "results", $"task-{index}.json");

    /// <summary>Path of task <paramref name="index"/>'s log.</summary>
    public static string LogPath(string directory, int index) => Path.Combine(directory, "logs", $"task-{index}.log");

    /// <summary>Artifacts folder of task <paramref name="index"/>'s run.</summary>
    public static string RunDirectory(string directory, int index) => Path.Combine(directory, "runs", $"task-{index}");

    /// <summary>Writes the manifest and tasks.txt into <paramref name="directory"/> (created), refusing to overwrite another sweep.</summary>
    /// <param name="directory">The sweep folder.</param>
    /// <exception cref="IOException">The folder already holds a manifest.</exception>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path))
        {
            throw new IOException($"SweepManifest.Save: expected an empty sweep folder but {path} exists; plan into a new folder (results of two plans must not mix).");
        }

        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        AtomicFile.WriteAllText(Path.Combine(directory, "tasks.txt"), string.Join("\n", Tasks.Select(t => $"{t.Index}\t{t.Configuration} seed={t.Seed}\t{t.ConfigHash}")) + "\n");
        Directory.CreateDirectory(Path.Combine(directory, "results"));
        Directory.CreateDirectory(Path.Combine(directory, "logs"));
    }

    /// <summary>Reads <c>DIR/manifest.json</c>.</summary>
    /// <param name="directory">The sweep folder.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="FileNotFoundException">No manifest.</exception>
    /// <exception cref="FormatException">The manifest is not valid JSON of this format, or its tasks disagree with their hashes; the message names the file.</exception>
    public static SweepManifest Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"SweepManifest.Load: expected a sweep folder with {FileName} but {path} does not exist; run `mednet sweep plan … --out {directory}` first.", path);
        }

        SweepManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<SweepManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"SweepManifest.Load: expected a sweep manifest in {path} but it is not valid ({ex.Message}).", ex);
        }

        if (manifest is null || manifest.Version != 1 || manifest.Tasks is null)
        {
            throw new FormatException($"SweepManifest.Load: expected a version-1 sweep manifest in {path}.");
        }

        for (var i = 0; i < manifest.Tasks.Count; i++)
        {
            var t = manifest.Tasks[i];
            if (t.Index != i || t.ConfigHash != SweepTask.Hash(t.Id, t.Seed, t.Options))
            {
                throw new FormatException($"SweepManifest.Load: expected task {i} of {path} to carry index {i} and the hash of its configuration; the manifest was edited by hand.");
            }
        }

        return manifest;
    }
}

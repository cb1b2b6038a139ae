// SPDX-License-Identifier: MIT
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Runs;
using MedNet.Models.Data;
using MedNet.Signals.Datasets;
using MedNet.Signals.Windowing;
using MedNet.Tensors;

namespace MedNet.Experiments.MedNetPaper;

/// <summary>
/// An ECG_DATA substitute as Tables 1–2 use it: the recordings, their non-overlapping windows (recording-major) and the
/// window labels, built once per profile with a fixed split seed so that every model seed sees the same data.
/// </summary>
/// <param name="Substitute">Which substitute.</param>
/// <param name="Set">The recordings and the construction notes.</param>
/// <param name="Train">Windows of the training recordings used (see <see cref="TrainingRecordings"/>).</param>
/// <param name="Test">Windows of every test recording.</param>
/// <param name="TrainingRecordings">The training recordings used: the first <c>n</c> of the seeded training order.</param>
/// <param name="Fingerprint">SHA-256 of the windows and labels as built (split, scaling and windowing included).</param>
/// <param name="Folder">The dataset folder read (under MEDNET_DATA, data/ or ../shared/data).</param>
/// <remarks>
/// Source: [MEDNET] §5.1, §6.1 (non-overlapping windows, W = 10); the authors' <c>preprocess.py</c> / <c>main.py</c>
/// (D-MN-14). The authors train on the first shuffled batch of 64 recordings only (64 × 1,747 = 111,808 windows, the
/// paper's training count); the CinC substitute does the same at the laptop and paper profiles.
/// </remarks>
public sealed record EcgSubstituteData(
    EcgSubstitute Substitute, RecordingAnomalySet Set, RecordingWindows Train, RecordingWindows Test,
    IReadOnlyList<LabelledRecording> TrainingRecordings, string Fingerprint, string Folder)
{
    /// <summary>Seed of the recording split and order. Fixed, so that seeds 0–4 of a model share one data set.</summary>
    public const int SplitSeed = 0;

    /// <summary>Training recordings the authors' code uses: the first batch of its DataLoader (D-MN-14 (g)).</summary>
    public const int AuthorsTrainingRecordings = 64;

    /// <summary>Builds the substitute for a profile and windows it.</summary>
    /// <param name="ctx">The run context (its repository root starts the data search; MEDNET_DATA first).</param>
    /// <param name="substitute">Which substitute.</param>
    /// <param name="windows">How each recording is windowed: <c>WindowSpec.NonOverlapping(10)</c> for both models, as the authors' code.</param>
    /// <returns>The data.</returns>
    /// <exception cref="DirectoryNotFoundException">The dataset folder (cinc2017 or mitdb) is not found.</exception>
    public static EcgSubstituteData Load(RunContext ctx, EcgSubstitute substitute, WindowSpec windows)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var name = substitute switch
        {
            EcgSubstitute.CinC2017 => "cinc2017",
            EcgSubstitute.MitBih => "mitdb",
            _ => throw new ArgumentOutOfRangeException(nameof(substitute), substitute, $"EcgSubstituteData: expected one of {string.Join(", ", Enum.GetNames<EcgSubstitute>())}."),
        };
        var mitBih = MitBihOptions(ctx.Profile);
        var folder = Locate(ctx, substitute)
            ?? throw new DirectoryNotFoundException(
                $"EcgSubstituteData: expected a complete {name}/ folder (every file the {ctx.Profile} profile reads) under MEDNET_DATA, data/ or ../shared/data but found none. Tables 1–2 need it; data/README.md says where it comes from.");
        var (set, trainCount) = substitute == EcgSubstitute.CinC2017
            ? (CinC2017AfSubstitute.Build(folder, CinC2017AfSubstituteOptions.Default, SplitSeed), ctx.Profile == RunProfile.Smoke ? 16 : AuthorsTrainingRecordings)
            : (MitBihBeatSubstitute.Build(folder, mitBih, SplitSeed), int.MaxValue);
        var used = new List<LabelledRecording>();
        for (var i = 0; i < set.Train.Count && i < trainCount; i++)
        {
            used.Add(set.Train[i]);
        }

        var train = RecordingWindows.Create(used, windows);
        var test = RecordingWindows.Create(set.Test, windows);
        var fingerprint = HashWindows(train, test);
        return new EcgSubstituteData(substitute, set, train, test, used, fingerprint, folder);
    }

    /// <summary>The dataset folder a profile's substitute reads, when one holds every file it needs (the shipped data/mitdb has record 100 only).</summary>
    /// <param name="ctx">The run context (profile; repository root starts the search, MEDNET_DATA first).</param>
    /// <param name="substitute">Which substitute.</param>
    /// <returns>The folder, or null when no data root has the data (e.g. a fresh clone without ../shared).</returns>
    public static string? Locate(RunContext ctx, EcgSubstitute substitute)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var (name, required) = substitute switch
        {
            EcgSubstitute.CinC2017 => ("cinc2017", (IReadOnlyList<string>)["validation/REFERENCE.csv", "validation/A00001.mat"]),
            EcgSubstitute.MitBih => ("mitdb", RecordHeaders(MitBihOptions(ctx.Profile).Records ?? MitBih.Records)),
            _ => throw new ArgumentOutOfRangeException(nameof(substitute), substitute, $"EcgSubstituteData: expected one of {string.Join(", ", Enum.GetNames<EcgSubstitute>())}."),
        };
        return DataRoot.FindDataset(name, ctx.RepositoryRoot ?? Directory.GetCurrentDirectory(), required);
    }

    /// <summary>MIT-BIH sizes per profile: smoke six records × 5 min; laptop every record × 5 min; paper every record in full.</summary>
    /// <param name="profile">The run profile.</param>
    /// <returns>The options.</returns>
    public static MitBihBeatSubstituteOptions MitBihOptions(RunProfile profile) => profile switch
    {
        RunProfile.Smoke => MitBihBeatSubstituteOptions.Smoke,
        RunProfile.Laptop => MitBihBeatSubstituteOptions.Default with { MaxSegmentsPerRecord = 30 },
        RunProfile.Paper => MitBihBeatSubstituteOptions.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"EcgSubstituteData: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };

    /// <summary>Training windows as a model input (N, 1, W).</summary>
    /// <returns>The tensor.</returns>
    public Tensor TrainTensor() => WindowTensors.ChannelFirst(Train.Windows);

    /// <summary>Test windows as a model input (N, 1, W).</summary>
    /// <returns>The tensor.</returns>
    public Tensor TestTensor() => WindowTensors.ChannelFirst(Test.Windows);

    /// <summary>Test window labels as POT labels (N).</summary>
    /// <returns>0/1 per window.</returns>
    public double[] TestLabels()
    {
        var labels = new double[Test.WindowLabels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Test.WindowLabels[i];
        }

        return labels;
    }

    /// <summary>One line per fact of the construction, for the run's notes.</summary>
    /// <returns>The notes.</returns>
    public IReadOnlyList<string> Describe()
    {
        var notes = new List<string>
        {
            $"data: {Set.Name} — a public substitute, NOT the paper's ECG_DATA (D-MN-14); figures and counts are not comparable number for number",
            $"split seed {SplitSeed} (fixed for every model seed); training on {TrainingRecordings.Count} of {Set.Train.Count} training recordings ({Train.Count} windows), testing on {Set.Test.Count} recordings ({Test.Count} windows, {Test.AnomalousCount} anomalous)",
        };
        notes.AddRange(Set.Notes);
        return notes;
    }

    private static List<string> RecordHeaders(IReadOnlyList<string> records)
    {
        var files = new List<string>(records.Count);
        foreach (var r in records)
        {
            files.Add(r + ".hea");
        }

        return files;
    }

    private static string HashWindows(RecordingWindows train, RecordingWindows test)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var w in (ReadOnlySpan<RecordingWindows>)[train, test])
        {
            hash.AppendData(MemoryMarshal.AsBytes(w.Windows.Data.AsSpan()));
            hash.AppendData(MemoryMarshal.AsBytes(w.WindowLabels.AsSpan()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

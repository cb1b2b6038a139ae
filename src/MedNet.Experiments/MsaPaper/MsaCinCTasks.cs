// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Signals.Datasets;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>CinC 2017 data for [MSA] Table 1's AF detection and "other rhythms" (N / A / O / ~) tasks.</summary>
/// <remarks>
/// Source: [MSA] §3.1 C ("10-s segments (overlap = 50%) with subject-wise splits"), §2.1 C (resampling to 360 Hz).
/// The challenge publishes no patient identifiers; each recording is treated as its own patient, so a record-wise split is
/// the subject-wise split the data allow (D-MS-53). The split is stratified by record label and seeded: per class, a
/// <see cref="TestFraction"/> share of records to test and <see cref="ValidationFraction"/> to validation. Every 10 s
/// segment (hop 5 s) inherits its record's label; a record shorter than 10 s gives one zero-padded segment, and a tail
/// shorter than a segment is dropped (D-MS-53). AF detection: A vs N, O and ~ together.
/// </remarks>
public static class MsaCinCTasks
{
    /// <summary>AF-detection classes.</summary>
    public static IReadOnlyList<string> AfClasses { get; } = ["non-AF", "AF"];

    /// <summary>Rhythm classes in the challenge's order.</summary>
    public static IReadOnlyList<string> RhythmClasses { get; } = ["N", "A", "O", "~"];

    /// <summary>The challenge's sampling rate, Hz.</summary>
    public const double NativeRate = 300;

    /// <summary>Share of each class's records in the test side.</summary>
    public const double TestFraction = 0.2;

    /// <summary>Share of each class's records in the validation side.</summary>
    public const double ValidationFraction = 0.1;

    /// <summary>The class of a label in a task.</summary>
    /// <param name="label">The record's label.</param>
    /// <param name="task">A CinC task.</param>
    /// <returns>The class index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A PTB-XL task.</exception>
    public static int Label(CinC2017Label label, MsaRecordTask task) => task switch
    {
        MsaRecordTask.CinCAfDetection => label == CinC2017Label.AtrialFibrillation ? 1 : 0,
        MsaRecordTask.CinCRhythm => (int)label,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "MsaCinCTasks.Label: expected a CinC task."),
    };

    /// <summary>Splits records by label: per class, shuffled with <paramref name="seed"/>, the first ⌈f_test·n⌉ to test, the next
    /// ⌈f_val·n⌉ to validation (none when a class has fewer than 3 records), the rest to training.</summary>
    /// <param name="entries">The labelled records.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <returns>Side of each entry: 0 train, 1 validation, 2 test.</returns>
    public static int[] Split(IReadOnlyList<CinC2017Entry> entries, int seed)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var side = new int[entries.Count];
        var random = new Random(seed);
        foreach (var label in Enum.GetValues<CinC2017Label>())
        {
            var members = new List<int>();
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Label == label)
                {
                    members.Add(i);
                }
            }

            var order = members.ToArray();
            random.Shuffle(order);
            var test = order.Length < 2 ? 0 : (int)Math.Ceiling(TestFraction * order.Length);
            var validation = order.Length < 3 ? 0 : (int)Math.Ceiling(ValidationFraction * order.Length);
            for (var j = 0; j < order.Length; j++)
            {
                side[order[j]] = j < test ? 2 : j < test + validation ? 1 : 0;
            }
        }

        return side;
    }

    /// <summary>Reads, resamples, preprocesses, segments and splits the records of a task.</summary>
    /// <param name="folder">Folder of the <c>.hea</c>/<c>.mat</c> files.</param>
    /// <param name="entries">Labelled records (REFERENCE.csv).</param>
    /// <param name="task">A CinC task.</param>
    /// <param name="targetRate">Input rate in Hz (360 as the paper).</param>
    /// <param name="seed">Seed of the split.</param>
    /// <param name="maxRecords">Use only the first N entries, or null for all.</param>
    /// <param name="maxSegmentsPerRecord">Keep at most this many segments per record (the first ones), or null for all.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentException">No entries.</exception>
    public static MsaRecordData Build(
        string folder, IReadOnlyList<CinC2017Entry> entries, MsaRecordTask task, double targetRate, int seed, int? maxRecords = null, int? maxSegmentsPerRecord = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(targetRate, 0);
        var classes = task == MsaRecordTask.CinCAfDetection ? AfClasses : task == MsaRecordTask.CinCRhythm
            ? RhythmClasses
            : throw new ArgumentOutOfRangeException(nameof(task), task, "MsaCinCTasks.Build: expected a CinC task.");
        var used = maxRecords is { } m ? entries.Take(m).ToList() : entries.ToList();
        if (used.Count == 0)
        {
            throw new ArgumentException("MsaCinCTasks.Build: expected at least one labelled record.", nameof(entries));
        }

        var sideOf = Split(used, seed);
        var length = (int)Math.Round(10 * targetRate);
        var step = length / 2;
        var sides = new (List<float> X, List<int> Y, List<string> Records)[] { ([], [], []), ([], [], []), ([], [], []) };
        var row = new float[3 * length];
        int padded = 0, capped = 0, segments = 0;
        for (var i = 0; i < used.Count; i++)
        {
            var raw = CinC2017.ReadSignal(folder, used[i].Record);
            var conditioned = MsaRecordWindows.Condition([raw], NativeRate, targetRate);
            var peaks = MsaRecordWindows.Peaks(conditioned[0], targetRate);
            var starts = MsaRecordWindows.Starts(conditioned[0].Length, length, step);
            if (conditioned[0].Length < length)
            {
                padded++;
            }

            var keep = maxSegmentsPerRecord is { } cap && starts.Length > cap ? cap : starts.Length;
            capped += starts.Length - keep;
            var label = Label(used[i].Label, task);
            var side = sides[sideOf[i]];
            for (var s = 0; s < keep; s++)
            {
                MsaRecordWindows.Fill(conditioned, starts[s], length, peaks, targetRate, row);
                side.X.AddRange(row);
                side.Y.Add(label);
                side.Records.Add(used[i].Record);
                segments++;
            }
        }

        // One recording per patient (D-MS-53): the patient of a segment is its record.
        MsaRecordSet Set(int s) => new(new LabelledSamples([.. sides[s].X], 3 * length, [.. sides[s].Y], [.. sides[s].Records]), [.. sides[s].Records]);
        var train = Set(0);
        var validation = Set(1);
        var test = Set(2);
        var records = new int[3];
        foreach (var s in sideOf)
        {
            records[s]++;
        }

        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{task}: {used.Count} CinC 2017 records (one per patient), 300 → {targetRate} Hz, {segments} segments of {length} samples (hop {step}, 50 % overlap), " +
                $"{padded} record(s) shorter than 10 s zero-padded, {capped} segment(s) beyond the cap of {maxSegmentsPerRecord?.ToString(CultureInfo.InvariantCulture) ?? "none"} per record dropped; " +
                $"record split (stratified, seed {seed}): train {records[0]} records / {MsaPtbXlTasks.Describe(train, classes)} segments, " +
                $"validation {records[1]} / {MsaPtbXlTasks.Describe(validation, classes)}, test {records[2]} / {MsaPtbXlTasks.Describe(test, classes)}"),
        };
        return new MsaRecordData(task, classes, task == MsaRecordTask.CinCAfDetection ? 1 : null, 1, length, targetRate, train, validation, test, notes);
    }
}

// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Signals.Datasets;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>PTB-XL data for [MSA] Table 1's MI detection (NORM vs MI) and MI localisation (anterior / inferior / lateral).</summary>
/// <remarks>
/// Source: [MSA] §3.1 B and Table 1; the paper gives no split, so the dataset's own <c>strat_fold</c> split is used (folds 1–8
/// train, 9 validation, 10 test, Wagner et al. 2020), which keeps every patient in one fold (D-MS-50). Labels (D-MS-51):
/// detection — MI if any diagnostic statement's class is MI, normal if NORM is the record's only diagnostic superclass, every
/// other record left out; localisation — MI records whose walls (<see cref="PtbXlMiLocalisation"/>) name exactly one of
/// anterior, inferior, lateral (posterior ignored), multi-wall records left out. 12 leads, 10 s at the target rate.
/// </remarks>
public static class MsaPtbXlTasks
{
    /// <summary>Detection classes.</summary>
    public static IReadOnlyList<string> DetectionClasses { get; } = ["NORM", "MI"];

    /// <summary>Localisation classes.</summary>
    public static IReadOnlyList<string> LocalisationClasses { get; } = ["anterior", "inferior", "lateral"];

    /// <summary>Index of lead II, the lead the R peaks are detected on.</summary>
    public const int PeakLead = 1;

    /// <summary>The class of a record in a task, or null when the task leaves it out.</summary>
    /// <param name="record">The record.</param>
    /// <param name="task"><see cref="MsaRecordTask.PtbXlMiDetection"/> or <see cref="MsaRecordTask.PtbXlMiLocalisation"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A CinC task.</exception>
    public static int? Label(PtbXlRecord record, MsaRecordTask task)
    {
        ArgumentNullException.ThrowIfNull(record);
        var mi = (record.Superclasses & PtbXlSuperclass.MI) != 0;
        switch (task)
        {
            case MsaRecordTask.PtbXlMiDetection:
                return mi ? 1 : record.Superclasses == PtbXlSuperclass.Norm ? 0 : null;
            case MsaRecordTask.PtbXlMiLocalisation:
                if (!mi)
                {
                    return null;
                }

                var walls = record.MiWalls & (MiWall.Anterior | MiWall.Inferior | MiWall.Lateral);
                return walls switch
                {
                    MiWall.Anterior => 0,
                    MiWall.Inferior => 1,
                    MiWall.Lateral => 2,
                    _ => null,
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(task), task, "MsaPtbXlTasks.Label: expected a PTB-XL task.");
        }
    }

    /// <summary>Reads, labels, preprocesses and splits the records of a task.</summary>
    /// <param name="database">The database.</param>
    /// <param name="task">A PTB-XL task.</param>
    /// <param name="targetRate">Input rate in Hz (360 as the paper; the 500 Hz copy is read above 100 Hz, the 100 Hz copy otherwise).</param>
    /// <param name="maxRecords">Use only the first N records whose waveforms exist (file order), or null for all.</param>
    /// <returns>The data.</returns>
    /// <exception cref="InvalidOperationException">No record of the task has waveforms here.</exception>
    public static MsaRecordData Build(PtbXlDatabase database, MsaRecordTask task, double targetRate, int? maxRecords = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(targetRate, 0);
        var classes = task == MsaRecordTask.PtbXlMiDetection ? DetectionClasses : task == MsaRecordTask.PtbXlMiLocalisation
            ? LocalisationClasses
            : throw new ArgumentOutOfRangeException(nameof(task), task, "MsaPtbXlTasks.Build: expected a PTB-XL task.");
        var rate = targetRate > 100 ? PtbXlRate.Hz500 : PtbXlRate.Hz100;
        var length = (int)Math.Round(10 * targetRate);
        var chosen = new List<(PtbXlRecord Record, int Label)>();
        int present = 0, missing = 0, excluded = 0;
        foreach (var r in database.Records)
        {
            if (!File.Exists(Path.Combine(database.Folder, r.RecordPath(rate) + ".hea")))
            {
                missing++;
                continue;
            }

            if (maxRecords is { } max && present >= max)
            {
                break;
            }

            present++;
            if (Label(r, task) is { } label)
            {
                chosen.Add((r, label));
            }
            else
            {
                excluded++;
            }
        }

        if (chosen.Count == 0)
        {
            throw new InvalidOperationException($"MsaPtbXlTasks.Build: no record of {task} has waveforms under {database.Folder} ({missing} rows without files).");
        }

        var sides = new Dictionary<PtbXlSplit, (List<float> X, List<int> Y, List<string> Patients, List<string> Records)>();
        foreach (var split in Enum.GetValues<PtbXlSplit>())
        {
            sides[split] = ([], [], [], []);
        }

        var row = new float[14 * length];
        foreach (var (record, label) in chosen)
        {
            var signals = database.ReadSignals(record, rate);
            if (signals.Digital.Length != 12)
            {
                throw new InvalidDataException($"MsaPtbXlTasks.Build: expected 12 leads in ecg_id {record.EcgId} but got {signals.Digital.Length}.");
            }

            var leads = new float[12][];
            for (var c = 0; c < 12; c++)
            {
                leads[c] = signals.Physical(c);
            }

            var conditioned = MsaRecordWindows.Condition(leads, signals.SamplingFrequency, targetRate);
            var peaks = MsaRecordWindows.Peaks(conditioned[PeakLead], targetRate);
            MsaRecordWindows.Fill(conditioned, 0, length, peaks, targetRate, row);
            var side = sides[record.Split];
            side.X.AddRange(row);
            side.Y.Add(label);
            side.Patients.Add(record.PatientId.ToString(CultureInfo.InvariantCulture));
            side.Records.Add(record.EcgId.ToString(CultureInfo.InvariantCulture));
        }

        MsaRecordSet Set(PtbXlSplit s) => new(new LabelledSamples([.. sides[s].X], 14 * length, [.. sides[s].Y], [.. sides[s].Patients]), [.. sides[s].Records]);
        var train = Set(PtbXlSplit.Train);
        var validation = Set(PtbXlSplit.Validation);
        var test = Set(PtbXlSplit.Test);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{task}: {present} PTB-XL records with waveforms ({missing} table rows without files here), {chosen.Count} labelled, {excluded} left out by the label rule; " +
                $"read at {(rate == PtbXlRate.Hz500 ? 500 : 100)} Hz, inputs 12 × {length} at {targetRate} Hz; strat_fold split: train {Describe(train, classes)}, " +
                $"validation {Describe(validation, classes)}, test {Describe(test, classes)}"),
        };
        return new MsaRecordData(task, classes, task == MsaRecordTask.PtbXlMiDetection ? 1 : null, 12, length, targetRate, train, validation, test, notes);
    }

    /// <summary>"n (NORM a, MI b)".</summary>
    /// <param name="set">A side.</param>
    /// <param name="classes">Class names.</param>
    /// <returns>The description.</returns>
    public static string Describe(MsaRecordSet set, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(classes);
        var counts = set.ClassCounts(classes.Count);
        return $"{set.Count} ({string.Join(", ", classes.Select((c, i) => $"{c} {counts[i]}"))})";
    }
}

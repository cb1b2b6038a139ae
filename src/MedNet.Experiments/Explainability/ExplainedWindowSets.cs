// SPDX-License-Identifier: MIT
using MedNet.Experiments.MsaPaper;
using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;
using MedNet.Signals.Preprocessing;

namespace MedNet.Experiments.Explainability;

/// <summary>Builds <see cref="ExplainedWindows"/> from MIT-BIH (AAMI beats), PTB-XL (12-lead NORM vs MI) and CinC 2017 (N vs AF).</summary>
/// <remarks>
/// Windows are centred on an R peak and z-scored per lead, as [MSA] §2.1 segments ("2.5-second windows centred on each
/// R-peak", z-score per lead). MIT-BIH's R peaks are its reference beat annotations; PTB-XL and CinC 2017 ship no beat
/// annotations, so their R peaks come from Pan–Tompkins (1985), on lead II of the 500 Hz PTB-XL copy (mapped to 100 Hz).
/// PTB-XL windows are read from the 100 Hz copy and CinC windows stay at 300 Hz: no resampling to 360 Hz, to keep the analyses cheap.
/// </remarks>
public static class ExplainedWindowSets
{
    /// <summary>The 12 PTB-XL leads in file order.</summary>
    public static IReadOnlyList<string> PtbXlLeads { get; } = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"];

    /// <summary>MIT-BIH beats of <see cref="MsaBeatData"/> (one lead, five AAMI classes); R peaks from the QRS prior of each sample (reference annotations).</summary>
    /// <param name="data">Loaded beats.</param>
    /// <param name="train">Training beats.</param>
    /// <param name="test">Held-out beats.</param>
    /// <returns>The windows, training first.</returns>
    public static ExplainedWindows MitBih(MsaBeatData data, IReadOnlyList<int> train, IReadOnlyList<int> test)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var beats = new List<int>(train);
        beats.AddRange(test);
        var samples = data.Samples(beats);
        var l = data.WindowLength;
        var half = (int)Math.Round(0.05 * data.SamplingRate);
        var signals = new float[beats.Count * l];
        var peaks = new int[beats.Count][];
        for (var i = 0; i < beats.Count; i++)
        {
            var row = samples.Row(i);
            row[..l].CopyTo(signals.AsSpan(i * l, l));
            peaks[i] = PeaksFromQrsMask(row.Slice(l, l), half);
        }

        var isTrain = new bool[beats.Count];
        Array.Fill(isTrain, true, 0, train.Count);
        return new ExplainedWindows(
            $"MIT-BIH {data.RecordNames.Count} records, {beats.Count} beats", data.SamplingRate, ["MLII"], l, MsaBeatData.ClassNames, signals, samples.Labels, peaks,
            samples.Subjects, isTrain, new MiWall[beats.Count], "reference beat annotations (.atr)");
    }

    /// <summary>PTB-XL NORM-only vs MI windows, 12 leads at 100 Hz; strat folds 1–8 train, 9–10 held out (patient-disjoint by construction of PTB-XL's folds).</summary>
    /// <param name="folder">The ptbxl folder.</param>
    /// <param name="maxRecords">Use at most this many records that are present on disk (in ecg_id order).</param>
    /// <param name="windowsPerRecord">Windows per record (centred on R peaks spread over the record).</param>
    /// <param name="windowSeconds">Window length. Default: 2.5 s.</param>
    /// <returns>The windows.</returns>
    public static ExplainedWindows PtbXl(string folder, int maxRecords, int windowsPerRecord, double windowSeconds = 2.5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowsPerRecord, 1);
        var db = PtbXlDatabase.Load(folder);
        const double fs = 100;
        var l = (int)Math.Round(windowSeconds * fs);
        var signals = new List<float>();
        var labels = new List<int>();
        var peaks = new List<int[]>();
        var subjects = new List<string>();
        var isTrain = new List<bool>();
        var walls = new List<MiWall>();
        var used = 0;
        foreach (var record in db.Records)
        {
            if (used >= maxRecords)
            {
                break;
            }

            if (!File.Exists(Path.Combine(folder, record.FilenameLr + ".dat")) || !File.Exists(Path.Combine(folder, record.FilenameHr + ".dat")))
            {
                continue;
            }

            var label = record.Superclasses == PtbXlSuperclass.Norm ? 0 : (record.Superclasses & PtbXlSuperclass.MI) != 0 ? 1 : -1;
            if (label < 0)
            {
                continue;
            }

            used++;
            var low = db.ReadSignals(record, PtbXlRate.Hz100);
            var high = db.ReadSignals(record, PtbXlRate.Hz500);
            var detected = PanTompkins1985.Detect(high.Physical(1), high.SamplingFrequency).RPeaks;
            var ratio = high.SamplingFrequency / fs;
            var r = Array.ConvertAll(detected, p => (int)Math.Round(p / ratio));
            var leads = new float[12][];
            for (var c = 0; c < 12; c++)
            {
                leads[c] = low.Physical(c);
            }

            foreach (var centre in Centres(r, l, low.Length, windowsPerRecord))
            {
                var start = centre - (l / 2);
                var window = new float[12 * l];
                for (var c = 0; c < 12; c++)
                {
                    leads[c].AsSpan(start, l).CopyTo(window.AsSpan(c * l, l));
                }

                PerLeadZScore.Apply(window, 12);
                signals.AddRange(window);
                labels.Add(label);
                peaks.Add(Inside(r, start, l));
                subjects.Add(record.PatientId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                isTrain.Add(record.Split == PtbXlSplit.Train);
                walls.Add(record.MiWalls);
            }
        }

        return new ExplainedWindows(
            $"PTB-XL {used} NORM/MI records (100 Hz), {labels.Count} windows", fs, PtbXlLeads, l, ["NORM", "MI"], [.. signals], [.. labels], [.. peaks], [.. subjects],
            [.. isTrain], [.. walls], "Pan–Tompkins on lead II (500 Hz copy)");
    }

    /// <summary>CinC 2017 validation recordings labelled N or A (AF), one lead at 300 Hz; every third record (by name) held out.</summary>
    /// <param name="folder">The cinc2017/validation folder.</param>
    /// <param name="maxRecords">Use at most this many N/A records (in name order, AF and N interleaved by their order in REFERENCE.csv).</param>
    /// <param name="windowsPerRecord">Windows per record.</param>
    /// <param name="windowSeconds">Window length. Default: 2.5 s.</param>
    /// <returns>The windows.</returns>
    public static ExplainedWindows CinC(string folder, int maxRecords, int windowsPerRecord, double windowSeconds = 2.5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowsPerRecord, 1);
        var entries = CinC2017.ReadReference(Path.Combine(folder, "REFERENCE.csv"));
        const double fs = 300;
        var l = (int)Math.Round(windowSeconds * fs);
        var signals = new List<float>();
        var labels = new List<int>();
        var peaks = new List<int[]>();
        var subjects = new List<string>();
        var isTrain = new List<bool>();
        var used = 0;
        foreach (var entry in entries)
        {
            if (used >= maxRecords)
            {
                break;
            }

            var label = entry.Label switch
            {
                CinC2017Label.Normal => 0,
                CinC2017Label.AtrialFibrillation => 1,
                _ => -1,
            };
            if (label < 0)
            {
                continue;
            }

            var heldOut = used % 3 == 2;
            used++;
            var signal = CinC2017.ReadSignal(folder, entry.Record);
            var r = PanTompkins1985.Detect(signal, fs).RPeaks;
            foreach (var centre in Centres(r, l, signal.Length, windowsPerRecord))
            {
                var start = centre - (l / 2);
                var window = signal.AsSpan(start, l).ToArray();
                PerLeadZScore.Apply(window, 1);
                signals.AddRange(window);
                labels.Add(label);
                peaks.Add(Inside(r, start, l));
                subjects.Add(entry.Record);
                isTrain.Add(!heldOut);
            }
        }

        return new ExplainedWindows(
            $"CinC 2017 validation, {used} N/AF records, {labels.Count} windows", fs, ["lead I (AliveCor)"], l, ["N", "AF"], [.. signals], [.. labels], [.. peaks],
            [.. subjects], [.. isTrain], new MiWall[labels.Count], "Pan–Tompkins");
    }

    /// <summary>R peaks as the centres of the runs of a QRS mask (R ± half); a run cut by the window edge is placed half a width from its inner end.</summary>
    /// <param name="qrs">0/1 mask.</param>
    /// <param name="half">Half-width of a QRS run in samples.</param>
    /// <returns>R positions.</returns>
    public static int[] PeaksFromQrsMask(ReadOnlySpan<float> qrs, int half)
    {
        var result = new List<int>();
        var t = 0;
        while (t < qrs.Length)
        {
            if (qrs[t] <= 0)
            {
                t++;
                continue;
            }

            var start = t;
            while (t < qrs.Length && qrs[t] > 0)
            {
                t++;
            }

            var end = t; // [start, end)
            var r = start == 0 && end < qrs.Length ? end - 1 - half : end == qrs.Length && start > 0 ? start + half : (start + end - 1) / 2;
            if (r >= 0 && r < qrs.Length)
            {
                result.Add(r);
            }
        }

        return [.. result];
    }

    private static IEnumerable<int> Centres(int[] r, int l, int length, int count)
    {
        var valid = new List<int>();
        foreach (var p in r)
        {
            if (p - (l / 2) >= 0 && p - (l / 2) + l <= length)
            {
                valid.Add(p);
            }
        }

        if (valid.Count == 0)
        {
            yield break;
        }

        var take = Math.Min(count, valid.Count);
        for (var i = 0; i < take; i++)
        {
            yield return valid[(int)((long)i * valid.Count / take)];
        }
    }

    private static int[] Inside(int[] r, int start, int l)
    {
        var list = new List<int>();
        foreach (var p in r)
        {
            if (p >= start && p < start + l)
            {
                list.Add(p - start);
            }
        }

        return [.. list];
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using MedNet.Models.Classification;
using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Segmentation;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.MsaPaper;

/// <summary>
/// MIT-BIH as [MSA] classifies it: every reference beat with an AAMI class (N, S, V, F, Q), centred in a window of one
/// preprocessed lead, with the QRS and ST-T prior masks of the R peaks inside the window.
/// </summary>
/// <remarks>
/// Source: [MSA] §2.1 A (48 records, 360 Hz, five AAMI classes), §2.1 C (preprocessing, R-centred windows, per-lead z-score),
/// §2.2 B (priors). A sample is (3, L) lead-major: channel 0 the lead, channels 1–2 the QRS and ST-T priors
/// (<see cref="MsaPriors.StTAfterR100To300"/>), so resampling and augmentation move the priors with the signal.
/// Records are preprocessed once (<see cref="MsaPreprocessing"/>); windows are cut on demand. Differs: D-MS-04 … D-MS-07.
/// </remarks>
public sealed class MsaBeatData : ISampleSource
{
    /// <summary>The AAMI class names in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["N", "S", "V", "F", "Q"];

    /// <summary>Channels of a sample: the lead and the two priors.</summary>
    public const int SampleChannels = 3;

    private readonly float[][] _signals;
    private readonly int[][] _peaks;

    private MsaBeatData(
        string folder, MsaDataOptions options, double samplingRate, int windowLength, IReadOnlyList<string> records, float[][] signals, int[][] peaks,
        int[] beatRecord, int[] beatCentre, int[] labels, IReadOnlyList<string> notes, string fingerprint)
    {
        Folder = folder;
        Options = options;
        SamplingRate = samplingRate;
        WindowLength = windowLength;
        RecordNames = records;
        _signals = signals;
        _peaks = peaks;
        BeatRecord = beatRecord;
        BeatCentre = beatCentre;
        Labels = labels;
        Notes = notes;
        Fingerprint = fingerprint;
    }

    /// <summary>The mitdb folder the records came from.</summary>
    public string Folder { get; }

    /// <summary>The options the data was built with.</summary>
    public MsaDataOptions Options { get; }

    /// <summary>Sampling rate in Hz (360).</summary>
    public double SamplingRate { get; }

    /// <summary>L, samples per window (900 for 2.5 s, 3600 for 10 s).</summary>
    public int WindowLength { get; }

    /// <summary>Loaded record names, in load order.</summary>
    public IReadOnlyList<string> RecordNames { get; }

    /// <summary>Record index (into <see cref="RecordNames"/>) of each beat.</summary>
    public int[] BeatRecord { get; }

    /// <summary>Window-centre sample of each beat (its R).</summary>
    public int[] BeatCentre { get; }

    /// <summary>AAMI label of each beat (index into <see cref="ClassNames"/>).</summary>
    public int[] Labels { get; }

    /// <summary>Number of beats N.</summary>
    public int Count => Labels.Length;

    /// <summary>What was loaded and dropped, for the run's notes.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>SHA-256 of the record files read.</summary>
    public string Fingerprint { get; }

    /// <summary>The record name of a beat (the subject of the inter-patient split).</summary>
    /// <param name="beat">Beat index.</param>
    /// <returns>E.g. "201".</returns>
    public string RecordOf(int beat) => RecordNames[BeatRecord[beat]];

    /// <summary>The subject of a beat for cross-validation: the record, except that 202 is 201's patient. Differs: D-MS-09.</summary>
    /// <param name="beat">Beat index.</param>
    /// <returns>E.g. "201" for records 201 and 202.</returns>
    public string SubjectOf(int beat) => RecordOf(beat) == "202" ? "201" : RecordOf(beat);

    /// <summary>Beats per class over the given beats (all when null).</summary>
    /// <param name="beats">Beat indices, or null.</param>
    /// <returns>Counts in class order.</returns>
    public long[] ClassCounts(IReadOnlyList<int>? beats = null)
    {
        var counts = new long[ClassNames.Count];
        if (beats is null)
        {
            foreach (var l in Labels)
            {
                counts[l]++;
            }
        }
        else
        {
            foreach (var b in beats)
            {
                counts[Labels[b]]++;
            }
        }

        return counts;
    }

    /// <summary>Finds a mitdb folder holding the given records (MEDNET_DATA, then data/, then ../shared/data).</summary>
    /// <param name="ctx">The run context (its repository root starts the search).</param>
    /// <param name="records">Records that must be present.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No data root holds them; the message says where to put them.</exception>
    public static string FindFolder(RunContext ctx, IReadOnlyList<string> records)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(records);
        var required = new List<string>();
        foreach (var r in records)
        {
            required.Add(r + ".hea");
            required.Add(r + ".dat");
            required.Add(r + ".atr");
        }

        return DataRoot.FindDataset(MitBih.DatasetName, ctx.RepositoryRoot ?? Directory.GetCurrentDirectory(), required)
            ?? throw new DirectoryNotFoundException(
                $"MsaBeatData: no mitdb folder holds records {string.Join(" ", records)}: the repository's data/mitdb has record 100 only; " +
                "put the 48 records in ../shared/data/mitdb or MEDNET_DATA/mitdb (`mednet data download mitdb`).");
    }

    /// <summary>Loads, preprocesses and indexes the beats of the chosen records.</summary>
    /// <param name="folder">The mitdb folder.</param>
    /// <param name="options">Records, window, preprocessing and slice.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static MsaBeatData Load(string folder, MsaDataOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"MsaBeatData: invalid options: {string.Join(" ", problems)}", nameof(options));
        }

        var records = options.Records ?? MitBih.Records;
        var signals = new float[records.Count][];
        var peaks = new int[records.Count][];
        var beatRecord = new List<int>();
        var beatCentre = new List<int>();
        var labels = new List<int>();
        var files = new List<string>();
        var notes = new List<string>();
        double fs = 0;
        int length = 0, edgeDropped = 0, unmatched = 0, sliced = 0;
        string? filterNote = null;
        for (var r = 0; r < records.Count; r++)
        {
            var record = MitBih.Load(folder, records[r], options.Lead);
            files.AddRange([Path.Combine(folder, records[r] + ".hea"), Path.Combine(folder, records[r] + ".dat"), Path.Combine(folder, records[r] + ".atr")]);
            if (fs == 0)
            {
                fs = record.SamplingFrequency;
                length = (int)Math.Round(options.WindowSeconds * fs);
            }
            else if (record.SamplingFrequency != fs)
            {
                throw new InvalidDataException($"MsaBeatData: record {records[r]} is at {record.SamplingFrequency} Hz, the others at {fs} Hz.");
            }

            var raw = options.RecordSeconds is { } seconds ? record.Signal.AsSpan(0, Math.Min(record.Signal.Length, (int)Math.Round(seconds * fs))) : record.Signal;
            var (signal, note) = MsaPreprocessing.Apply(raw, fs, options.HighFrequencyPreservation);
            filterNote ??= note;
            if (options.Normalisation == MsaNormalisation.PerRecord)
            {
                PerLeadZScore.Apply(signal, 1);
            }

            signals[r] = signal;
            var beats = record.AamiBeats();
            int[] detected = [];
            if (options.Centre == MsaBeatCentre.PanTompkins)
            {
                detected = PanTompkins1985.Detect(raw, fs).RPeaks;
                peaks[r] = detected;
            }
            else
            {
                var all = record.BeatSamples().Where(b => b < signal.Length).ToArray();
                peaks[r] = Array.ConvertAll(all, s => (int)s);
            }

            var tolerance = (int)Math.Round(0.15 * fs);
            var perClass = new List<(int Centre, int Label)>[ClassNames.Count];
            for (var c = 0; c < perClass.Length; c++)
            {
                perClass[c] = [];
            }

            foreach (var beat in beats)
            {
                var centre = (int)beat.Sample;
                if (options.Centre == MsaBeatCentre.PanTompkins)
                {
                    centre = Nearest(detected, centre, tolerance);
                    if (centre < 0)
                    {
                        unmatched++;
                        continue;
                    }
                }

                var start = centre - (length / 2);
                if (start < 0 || start + length > signal.Length)
                {
                    edgeDropped++;
                    continue;
                }

                perClass[(int)beat.Class].Add((centre, (int)beat.Class));
            }

            var random = new Random((options.SliceSeed * 100_003) + int.Parse(records[r], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var list in perClass)
            {
                var keep = list;
                if (options.MaxBeatsPerClassPerRecord is { } cap && list.Count > cap)
                {
                    var order = Enumerable.Range(0, list.Count).ToArray();
                    random.Shuffle(order);
                    var chosen = order[..cap];
                    Array.Sort(chosen);
                    keep = [.. chosen.Select(i => list[i])];
                    sliced += list.Count - cap;
                }

                foreach (var (centre, label) in keep)
                {
                    beatRecord.Add(r);
                    beatCentre.Add(centre);
                    labels.Add(label);
                }
            }
        }

        notes.Add($"MIT-BIH {records.Count} record(s){(options.RecordSeconds is { } rs ? $" (first {rs} s of each)" : "")}, lead {options.Lead}, {fs} Hz; window {options.WindowSeconds} s = {length} samples centred on R ({options.Centre}, D-MS-04, D-MS-07)");
        notes.Add($"preprocessing: Kalman baseline + zero-phase Butterworth 0.5–{(options.HighFrequencyPreservation ? MsaPreprocessing.PreservingHighHz : MsaPreprocessing.ConventionalHighHz)} Hz " +
                  $"({(options.HighFrequencyPreservation ? "high-frequency preserving" : "conventional")}, D-MS-05); z-score {options.Normalisation} (D-MS-06)" + (filterNote is null ? "" : $"; {filterNote}"));
        notes.Add($"beats kept {labels.Count}; dropped: {edgeDropped} too close to a record edge, {unmatched} without a Pan–Tompkins match, {sliced} by the profile's cap of " +
                  $"{options.MaxBeatsPerClassPerRecord?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} beats per class per record");
        var data = new MsaBeatData(folder, options, fs, length, records, signals, peaks, [.. beatRecord], [.. beatCentre], [.. labels], notes, DataFingerprint.OfFiles(files));
        var counts = data.ClassCounts();
        notes.Add("class counts " + string.Join(" ", ClassNames.Select((n, i) => $"{n}={counts[i]}")));
        return data;
    }

    /// <summary>Writes one beat's (3, L) sample: the lead window, then its QRS and ST-T priors.</summary>
    /// <param name="beat">Beat index.</param>
    /// <param name="destination">Length 3·L.</param>
    public void Fill(int beat, Span<float> destination)
    {
        var l = WindowLength;
        if (destination.Length != SampleChannels * l)
        {
            throw new ArgumentException($"MsaBeatData.Fill: expected a destination of 3 × {l} values but got {destination.Length}.", nameof(destination));
        }

        var r = BeatRecord[beat];
        var start = BeatCentre[beat] - (l / 2);
        var lead = destination[..l];
        _signals[r].AsSpan(start, l).CopyTo(lead);
        if (Options.Normalisation == MsaNormalisation.PerWindow)
        {
            PerLeadZScore.Apply(lead, 1);
        }

        var inside = new List<int>();
        var margin = (int)Math.Round(0.3 * SamplingRate); // an R just before the window still marks its ST-T inside it
        foreach (var p in _peaks[r])
        {
            if (p >= start - margin && p < start + l)
            {
                inside.Add(p - start);
            }
        }

        RegionMasks.Build(inside.ToArray(), SamplingRate, destination.Slice(l, l), destination.Slice(2 * l, l), MsaPriors.StTAfterR100To300);
    }

    /// <summary>The samples of the given beats as feature rows (3·L each), labels and subjects (<see cref="SubjectOf"/>).</summary>
    /// <param name="beats">Beat indices.</param>
    /// <returns>The samples, in the given order.</returns>
    public LabelledSamples Samples(IReadOnlyList<int> beats)
    {
        ArgumentNullException.ThrowIfNull(beats);
        var f = SampleChannels * WindowLength;
        var features = new float[beats.Count * f];
        var labels = new int[beats.Count];
        var subjects = new string[beats.Count];
        Parallel.For(0, beats.Count, i => Fill(beats[i], features.AsSpan(i * f, f)));
        for (var i = 0; i < beats.Count; i++)
        {
            labels[i] = Labels[beats[i]];
            subjects[i] = SubjectOf(beats[i]);
        }

        return new LabelledSamples(features, f, labels, subjects);
    }

    /// <inheritdoc/>
    LabelledSamples ISampleSource.Select(IReadOnlyList<int> indices) => Samples(indices);

    /// <summary>The raw lead of a loaded record after preprocessing (for plots and the spectral check's context).</summary>
    /// <param name="record">Index into <see cref="RecordNames"/>.</param>
    /// <returns>The preprocessed lead.</returns>
    public ReadOnlySpan<float> Signal(int record) => _signals[record];

    private static int Nearest(int[] sorted, int target, int tolerance)
    {
        var i = Array.BinarySearch(sorted, target);
        if (i >= 0)
        {
            return sorted[i];
        }

        i = ~i;
        var best = -1;
        var bestDistance = int.MaxValue;
        foreach (var j in (ReadOnlySpan<int>)[i - 1, i])
        {
            if (j >= 0 && j < sorted.Length && Math.Abs(sorted[j] - target) < bestDistance)
            {
                best = sorted[j];
                bestDistance = Math.Abs(sorted[j] - target);
            }
        }

        return bestDistance <= tolerance ? best : -1;
    }
}

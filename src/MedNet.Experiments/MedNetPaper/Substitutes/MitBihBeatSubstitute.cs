// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Signals.Beats;
using MedNet.Signals.Datasets;
using MedNet.Signals.Resampling;
using MedNet.Signals.Wfdb;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>A public substitute for the authors' ECG_DATA: fixed-length MIT-BIH segments, anomalous when they hold a non-normal beat.</summary>
/// <remarks>
/// Source: [MITDB], [AAMI-EC57] beat classes, MBA's ±20-sample point-label rule ([TRANAD] <c>preprocess.py</c>, D-MN-21),
/// shaped after [MEDNET] §5.1. This is NOT the paper's dataset. Steps: load one lead (MLII) per record in mV; optionally resample
/// (<see cref="PolyphaseResampler"/>); cut consecutive non-overlapping segments from the record's start (tail dropped).
/// Rule: a beat annotation is non-normal unless its symbol is N, L, R, e or j (AAMI class N); every other beat symbol
/// (A a J S V E F / f Q, and B r n ? if present) is non-normal; non-beat annotations (rhythm "+", noise "~", "|", "!",
/// "x", "[", "]", comments) are ignored, so a segment in atrial fibrillation whose beats are all labelled N is normal.
/// A segment's label is 1 when a non-normal beat's annotation sample lies inside it; its point labels mark samples
/// [s − h, s + h) around each such beat s inside the segment, clipped to the segment (so label = max of point labels).
/// Split: by patient with the seed (records 201 and 202 are one patient), see <see cref="Build"/>. Every beat annotation inside
/// a segment (normal or not) is kept in <see cref="LabelledRecording.Beats"/> with its MIT symbol and its sample in the segment
/// (at the target rate), for the explainability analyses. Differs: D-MN-14.
/// </remarks>
public static class MitBihBeatSubstitute
{
    /// <summary>Sampling rate of mitdb: 360 Hz.</summary>
    public const double NativeRateHz = 360;

    /// <summary>The patient of a record: "201" for 202 (the same subject), else the record itself.</summary>
    /// <param name="record">Record name, e.g. "202".</param>
    /// <returns>The patient key.</returns>
    public static string PatientOf(string record) => record == "202" ? "201" : record;

    /// <summary>Whether an annotation is a beat outside AAMI class N (N, L, R, e, j).</summary>
    /// <param name="annotation">A reference annotation.</param>
    /// <returns><see langword="true"/> for non-normal beats; <see langword="false"/> for normal beats and non-beat annotations.</returns>
    public static bool IsNonNormalBeat(WfdbAnnotation annotation) =>
        annotation.IsBeat && IsNonNormalSymbol(annotation.Symbol);

    /// <summary>Whether a beat symbol lies outside AAMI class N (N, L, R, e, j), the rule of <see cref="IsNonNormalBeat"/> for a <see cref="BeatMark"/>.</summary>
    /// <param name="symbol">MIT beat symbol, e.g. "V".</param>
    /// <returns><see langword="true"/> unless the symbol maps to AAMI class N.</returns>
    public static bool IsNonNormalSymbol(string symbol) =>
        !(AamiMapping.TryMap(symbol, out var c) && c == AamiClass.N);

    /// <summary>Cuts one loaded record into labelled segments.</summary>
    /// <param name="record">The record (one lead in mV, native rate) with its annotations.</param>
    /// <param name="options">Segment length, rate, point-label half-width and the per-record cap are used.</param>
    /// <returns>Segments in time order, ids "&lt;record&gt;@&lt;k&gt;" (k = segment number from the record's start).</returns>
    /// <exception cref="ArgumentException">Invalid options, or a record shorter than one segment.</exception>
    public static IReadOnlyList<LabelledRecording> Segment(MitBihRecord record, MitBihBeatSubstituteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        options ??= MitBihBeatSubstituteOptions.Default;
        ThrowIfInvalid(options, "MitBihBeatSubstitute.Segment");
        var rate = options.TargetRateHz ?? record.SamplingFrequency;
        var signal = rate == record.SamplingFrequency ? record.Signal : new PolyphaseResampler(record.SamplingFrequency, rate).Resample(record.Signal);
        var segment = (int)Math.Round(options.SegmentSeconds * rate);
        if (segment < 1 || segment > signal.Length)
        {
            throw new ArgumentException(
                $"MitBihBeatSubstitute.Segment: expected a segment of 1 to {signal.Length} samples (record {record.Name} at {rate} Hz) but {options.SegmentSeconds} s gives {segment}.",
                nameof(options));
        }

        var beats = new List<long>();
        var allBeats = new List<(long Sample, string Symbol)>();
        foreach (var a in record.Annotations)
        {
            if (!a.IsBeat)
            {
                continue;
            }

            var at = (long)Math.Round(a.Sample * rate / record.SamplingFrequency);
            allBeats.Add((at, a.Symbol));
            if (IsNonNormalBeat(a))
            {
                beats.Add(at);
            }
        }

        beats.Sort();
        allBeats.Sort((p, q) => p.Sample.CompareTo(q.Sample));
        var count = signal.Length / segment;
        if (options.MaxSegmentsPerRecord is { } max)
        {
            count = Math.Min(count, max);
        }

        var list = new List<LabelledRecording>(count);
        var h = options.PointLabelHalfWidth;
        int b = 0, m = 0;
        for (var k = 0; k < count; k++)
        {
            long start = (long)k * segment, end = start + segment;
            var points = new int[segment];
            var label = 0;
            while (b < beats.Count && beats[b] < start)
            {
                b++;
            }

            while (m < allBeats.Count && allBeats[m].Sample < start)
            {
                m++;
            }

            var marks = new List<BeatMark>();
            for (var j = m; j < allBeats.Count && allBeats[j].Sample < end; j++)
            {
                marks.Add(new BeatMark((int)(allBeats[j].Sample - start), allBeats[j].Symbol));
            }

            for (var j = b; j < beats.Count && beats[j] < end; j++)
            {
                label = 1;
                var from = (int)(Math.Max(beats[j] - h, start) - start);
                var to = (int)(Math.Min(beats[j] + Math.Max(h, 1), end) - start);
                points.AsSpan(from, to - from).Fill(1);
            }

            list.Add(new LabelledRecording($"{record.Name}@{k}", signal.AsSpan((int)start, segment).ToArray(), label, points, [.. marks]));
        }

        return list;
    }

    /// <summary>Builds the set from the mitdb folder.</summary>
    /// <param name="dataRoot">The data root holding <c>mitdb/</c>, or the <c>mitdb</c> folder itself; <see langword="null"/> →
    /// <see cref="DataRoot.FindDataset(string, string?)"/>.</param>
    /// <param name="options">Settings. Default: <see cref="MitBihBeatSubstituteOptions.Default"/> (full run).</param>
    /// <param name="seed">Seed of the patient split. Same seed → same set.</param>
    /// <returns>Train and test segments (scaled), each split in record order then time order, with construction notes.</returns>
    /// <remarks>
    /// Split: the patients (<see cref="PatientOf"/>) in record order are shuffled with the seed; the first goes to test, and
    /// each further one in that order joins the test split when that lowers |n − f·N| / (f·N) + |a − f·A| / (f·A), where n
    /// and a are the test split's segments and anomalous segments, N and A the totals and f = <c>TestFraction</c> (so
    /// both the size and the anomaly share approach f); at least one patient stays in training. No patient is in both splits; the class shares of the two splits are printed in the notes, not forced.
    /// </remarks>
    /// <exception cref="ArgumentException">Invalid options (all problems listed).</exception>
    /// <exception cref="DirectoryNotFoundException">The data folder is missing.</exception>
    /// <exception cref="InvalidDataException">Fewer than two patients, or a class is empty after filtering (counts given).</exception>
    public static RecordingAnomalySet Build(string? dataRoot, MitBihBeatSubstituteOptions? options = null, int seed = 0)
    {
        options ??= MitBihBeatSubstituteOptions.Default;
        ThrowIfInvalid(options, "MitBihBeatSubstitute.Build");
        var folder = SubstituteFolder.Resolve(dataRoot, MitBih.DatasetName, "MitBihBeatSubstitute.Build");
        var records = new List<string>();
        var paced = new List<string>();
        foreach (var r in options.Records ?? MitBih.Records)
        {
            if (options.ExcludePaced && MitBih.IsPaced(r))
            {
                paced.Add(r);
            }
            else
            {
                records.Add(r);
            }
        }

        var perRecord = new IReadOnlyList<LabelledRecording>[records.Count];
        var fallbackLeads = new List<string>();
        var rate = options.TargetRateHz ?? NativeRateHz;
        for (var i = 0; i < records.Count; i++)
        {
            var loaded = MitBih.Load(folder, records[i], options.Lead);
            if (loaded.Lead != options.Lead)
            {
                fallbackLeads.Add($"{records[i]} ({loaded.Lead})");
            }

            perRecord[i] = Segment(loaded, options);
        }

        int normal = 0, anomalous = 0;
        foreach (var segments in perRecord)
        {
            foreach (var s in segments)
            {
                normal += 1 - s.Label;
                anomalous += s.Label;
            }
        }

        if (normal == 0 || anomalous == 0)
        {
            throw new InvalidDataException(
                $"MitBihBeatSubstitute.Build: expected normal and anomalous segments but got normal {normal}, anomalous {anomalous} from {records.Count} records ({string.Join(", ", records)}). Add records or segments.");
        }

        var testRecords = SplitPatients(records, perRecord, options.TestFraction, seed);
        var train = new List<LabelledRecording>();
        var test = new List<LabelledRecording>();
        var droppedAnomalous = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var target = testRecords.Contains(records[i]) ? test : train;
            foreach (var s in perRecord[i])
            {
                if (options.NormalOnlyTraining && target == train && s.Label == 1)
                {
                    droppedAnomalous++;
                    continue;
                }

                target.Add(s);
            }
        }

        var scaler = RecordingScaler.Fit(train, options.Scaling);
        var inv = CultureInfo.InvariantCulture;
        var notes = new List<string>
        {
            "Public substitute for the paper's ECG_DATA (not that dataset): MIT-BIH Arrhythmia Database (mitdb), ODC-By 1.0.",
            string.Format(inv, "Records: {0} ({1}){2}; lead {3}{4}.", records.Count, string.Join(" ", records),
                paced.Count > 0 ? $"; paced records left out: {string.Join(" ", paced)}" : "", options.Lead,
                fallbackLeads.Count > 0 ? $"; lead missing, signal 0 used: {string.Join(", ", fallbackLeads)}" : ""),
            string.Format(inv, "Segments: {0} s non-overlapping from each record's start at {1} Hz ({2} samples){3}, tail dropped; {4} in total, {5} anomalous ({6:P1}).",
                options.SegmentSeconds, rate, (int)Math.Round(options.SegmentSeconds * rate), options.TargetRateHz is null ? " (native)" : " (resampled from 360 Hz)",
                normal + anomalous, anomalous, (double)anomalous / (normal + anomalous)),
            string.Format(inv, "Label rule: a segment is anomalous when a beat other than N, L, R, e, j (AAMI N) is annotated inside it; non-beat annotations are ignored; point labels mark [s − {0}, s + {0}) samples around each such beat.", options.PointLabelHalfWidth),
            string.Format(inv, "Split: by patient (201 and 202 together), seed {0}: test records {1}; train {2} segments ({3} anomalous), test {4} ({5} anomalous){6}.",
                seed, string.Join(" ", records.FindAll(testRecords.Contains)), train.Count, Count1(train), test.Count, Count1(test),
                options.NormalOnlyTraining ? string.Format(inv, "; NormalOnlyTraining dropped {0} anomalous training segments", droppedAnomalous) : ""),
            "Units: mV ((d − 1024) / 200) before scaling.",
            scaler.Describe(),
        };
        return new RecordingAnomalySet("MIT-BIH non-normal-beat substitute", rate, scaler.Apply(train), scaler.Apply(test), notes);
    }

    private static HashSet<string> SplitPatients(List<string> records, IReadOnlyList<LabelledRecording>[] perRecord, double testFraction, int seed)
    {
        var patients = new List<string>();
        var size = new Dictionary<string, (long Segments, long Anomalous)>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var p = PatientOf(records[i]);
            if (!size.ContainsKey(p))
            {
                patients.Add(p);
                size[p] = (0, 0);
            }

            size[p] = (size[p].Segments + perRecord[i].Count, size[p].Anomalous + Count1(perRecord[i]));
        }

        if (patients.Count < 2)
        {
            throw new InvalidDataException(
                $"MitBihBeatSubstitute.Build: expected records of at least 2 patients to split by patient but got {patients.Count} ({string.Join(", ", records)}). Add records.");
        }

        var order = patients.ToArray();
        new Random(seed).Shuffle(order);
        long total = 0, totalAnomalous = 0;
        foreach (var p in order)
        {
            total += size[p].Segments;
            totalAnomalous += size[p].Anomalous;
        }

        // Cost: relative distance of the test split's segment and anomalous-segment counts from their targets.
        double targetSegments = testFraction * total, targetAnomalous = Math.Max(testFraction * totalAnomalous, 1);
        double Cost(long segments, long anomalous) =>
            (Math.Abs(segments - targetSegments) / targetSegments) + (Math.Abs(anomalous - targetAnomalous) / targetAnomalous);
        var testPatients = new HashSet<string>(StringComparer.Ordinal) { order[0] };
        var (inTest, anomalousInTest) = size[order[0]];
        for (var i = 1; i < order.Length && testPatients.Count < order.Length - 1; i++)
        {
            var (s, a) = size[order[i]];
            if (Cost(inTest + s, anomalousInTest + a) < Cost(inTest, anomalousInTest))
            {
                testPatients.Add(order[i]);
                inTest += s;
                anomalousInTest += a;
            }
        }

        var testRecords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (testPatients.Contains(PatientOf(r)))
            {
                testRecords.Add(r);
            }
        }

        return testRecords;
    }

    private static int Count1(IReadOnlyList<LabelledRecording> list)
    {
        var n = 0;
        foreach (var r in list)
        {
            n += r.Label;
        }

        return n;
    }

    private static void ThrowIfInvalid(MitBihBeatSubstituteOptions options, string op)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{op}: invalid options: {string.Join(" ", problems)}", nameof(options));
        }
    }
}

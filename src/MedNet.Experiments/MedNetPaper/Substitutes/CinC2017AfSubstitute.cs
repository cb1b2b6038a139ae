// SPDX-License-Identifier: MIT
using System.Globalization;

using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>A public substitute for the authors' ECG_DATA: CinC 2017 normal (N) recordings as normal, AF (A) recordings as anomalous.</summary>
/// <remarks>
/// Source: [MEDNET] §5.1 and the construction of ECG_DATA in its code (<c>preprocess.py</c>, <c>ecg_data</c> branch, EhsaasN/DUAL_TCN_ATTN
/// commit f049dc23871a), applied to [CINC2017] data. This is NOT the paper's dataset.
/// Steps: read <c>REFERENCE.csv</c>; keep N (label 0) and A (label 1), exclude O and ~ (counted); read each recording in mV
/// (ADC / 1000); apply the <see cref="CinC2017LengthRule"/>; split each class with the seed into test (round(f · n), at least 1)
/// and train (the rest), so both splits hold AF like the authors' unseeded 80/20; optionally drop AF from training; put
/// each split in a seeded random order; fit the <see cref="RecordingScaling"/> on the training recordings and apply it
/// to both splits. CinC 2017 has no beat annotations: each kept recording's R peaks are located by Pan–Tompkins (1985) on the mV
/// signal and kept as unclassified beats in <see cref="LabelledRecording.Beats"/> (<see cref="DetectBeats"/>). Differs: D-MN-14.
/// </remarks>
public static class CinC2017AfSubstitute
{
    /// <summary>Sampling rate of CinC 2017 recordings: 300 Hz.</summary>
    public const double SampleRateHz = 300;

    /// <summary>Builds the set.</summary>
    /// <param name="dataRoot">The data root holding <c>cinc2017/</c>, or the <c>cinc2017</c> folder itself; <see langword="null"/> →
    /// <see cref="DataRoot.FindDataset(string, string?)"/>.</param>
    /// <param name="options">Settings. Default: <see cref="CinC2017AfSubstituteOptions.Default"/>.</param>
    /// <param name="seed">Seed of the split and of the order inside each split. Same seed → same set.</param>
    /// <returns>Train and test recordings (scaled) with construction notes.</returns>
    /// <exception cref="ArgumentException">Invalid options (all problems listed).</exception>
    /// <exception cref="DirectoryNotFoundException">The data folder is missing.</exception>
    /// <exception cref="InvalidDataException">A class is empty or too small to split after filtering (counts given).</exception>
    public static RecordingAnomalySet Build(string? dataRoot, CinC2017AfSubstituteOptions? options = null, int seed = 0)
    {
        options ??= CinC2017AfSubstituteOptions.Default;
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("CinC2017AfSubstitute.Build: invalid options: " + string.Join(" ", problems), nameof(options));
        }

        var folder = Path.Combine(SubstituteFolder.Resolve(dataRoot, CinC2017.DatasetName, "CinC2017AfSubstitute.Build"), options.RecordingFolder);
        var reference = Path.Combine(folder, "REFERENCE.csv");
        if (!File.Exists(reference))
        {
            throw new DirectoryNotFoundException($"CinC2017AfSubstitute.Build: expected {reference} but it does not exist. Set RecordingFolder to a folder with REFERENCE.csv and the .hea/.mat files.");
        }

        var entries = CinC2017.ReadReference(reference);
        int other = 0, noisy = 0, tooShortN = 0, tooShortA = 0;
        var kept = new List<LabelledRecording>();
        var rawLengths = new List<int>();
        foreach (var e in entries)
        {
            int label;
            switch (e.Label)
            {
                case CinC2017Label.Normal: label = 0; break;
                case CinC2017Label.AtrialFibrillation: label = 1; break;
                case CinC2017Label.Other: other++; continue;
                case CinC2017Label.Noisy: noisy++; continue;
                default: throw new InvalidDataException($"CinC2017AfSubstitute.Build: expected one of {string.Join(", ", Enum.GetNames<CinC2017Label>())} but got {e.Label} for {e.Record}.");
            }

            var signal = CinC2017.ReadSignal(folder, e.Record); // mV
            if (options.LengthRule == CinC2017LengthRule.FixedLength)
            {
                if (signal.Length < options.FixedLength)
                {
                    if (label == 0)
                    {
                        tooShortN++;
                    }
                    else
                    {
                        tooShortA++;
                    }

                    continue;
                }

                signal = signal[..options.FixedLength];
            }

            rawLengths.Add(signal.Length);
            kept.Add(new LabelledRecording(e.Record, signal, label, beats: DetectBeats(signal)));
        }

        int length = options.LengthRule == CinC2017LengthRule.FixedLength ? options.FixedLength : Shortest(rawLengths);
        if (options.LengthRule == CinC2017LengthRule.CropToShortest)
        {
            for (var i = 0; i < kept.Count; i++)
            {
                kept[i] = kept[i] with { Samples = kept[i].Samples[..length], Beats = Array.FindAll(kept[i].Beats!, b => b.Sample < length) };
            }
        }

        var normals = kept.FindAll(r => r.Label == 0);
        var afs = kept.FindAll(r => r.Label == 1);
        if (normals.Count < 2 || afs.Count < 2)
        {
            throw new InvalidDataException(
                $"CinC2017AfSubstitute.Build: expected at least 2 normal (N) and 2 AF (A) recordings after filtering but got N {normals.Count}, A {afs.Count} " +
                $"(read from {reference}: dropped as shorter than the fixed length N {tooShortN}, A {tooShortA}; excluded O {other}, ~ {noisy}). Lower FixedLength or use CropToShortest.");
        }

        var random = new Random(seed);
        var (trainN, testN) = StratumSplit(normals, options.TestFraction, random);
        var (trainA, testA) = StratumSplit(afs, options.TestFraction, random);
        var droppedAf = 0;
        if (options.NormalOnlyTraining)
        {
            droppedAf = trainA.Count;
            trainA.Clear();
        }

        var test = Shuffled([.. testN, .. testA], random); // before train, so NormalOnlyTraining leaves the test order as it is
        var train = Shuffled([.. trainN, .. trainA], random);
        var scaler = RecordingScaler.Fit(train, options.Scaling);
        var inv = CultureInfo.InvariantCulture;
        var notes = new List<string>
        {
            "Public substitute for the paper's ECG_DATA (not that dataset): PhysioNet/CinC Challenge 2017, single lead, 300 Hz, AliveCor; ODC-By 1.0.",
            string.Format(inv, "Source: cinc2017/{0}: {1} recordings; kept N (normal, label 0) and A (AF, label 1); excluded O (other rhythm) {2} and ~ (noisy) {3}.", options.RecordingFolder, entries.Count, other, noisy),
            options.LengthRule == CinC2017LengthRule.FixedLength
                ? string.Format(inv, "Length rule: first {0} samples ({1:0.#} s) of each recording; dropped as shorter: N {2}, A {3}.", length, length / SampleRateHz, tooShortN, tooShortA)
                : string.Format(inv, "Length rule: the authors' crop to the shortest kept recording, {0} samples ({1:0.#} s); none dropped.", length, length / SampleRateHz),
            "Units: mV (ADC / 1000).",
            string.Format(inv, "Split: seeded (seed {0}) stratified {1:0.##}/{2:0.##}: test N {3}, A {4}; train N {5}, A {6}{7}.", seed, 1 - options.TestFraction, options.TestFraction, testN.Count, testA.Count, trainN.Count, trainA.Count,
                options.NormalOnlyTraining ? string.Format(inv, " (NormalOnlyTraining: {0} AF training recordings dropped)", droppedAf) : " (training holds AF too, as the authors' split)"),
            scaler.Describe(),
        };
        return new RecordingAnomalySet("CinC 2017 AF substitute (N vs A)", SampleRateHz, scaler.Apply(train), scaler.Apply(test), notes);
    }

    /// <summary>R peaks of one recording by Pan–Tompkins (1985) at 300 Hz, as unclassified beats (<see cref="BeatMark.DetectedSymbol"/>): CinC 2017 has no beat annotations.</summary>
    /// <param name="signal">The recording in mV.</param>
    /// <returns>Beats, ascending.</returns>
    public static BeatMark[] DetectBeats(float[] signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var peaks = PanTompkins1985.Detect(signal, SampleRateHz).RPeaks;
        var beats = new BeatMark[peaks.Length];
        for (var i = 0; i < peaks.Length; i++)
        {
            beats[i] = new BeatMark(peaks[i], BeatMark.DetectedSymbol);
        }

        return beats;
    }

    /// <summary>Splits one class: a seeded shuffle, then round(f · n) recordings (between 1 and n − 1) to test.</summary>
    private static (List<LabelledRecording> Train, List<LabelledRecording> Test) StratumSplit(List<LabelledRecording> stratum, double testFraction, Random random)
    {
        var order = stratum.ToArray();
        random.Shuffle(order);
        var testCount = Math.Clamp((int)Math.Round(testFraction * order.Length, MidpointRounding.AwayFromZero), 1, order.Length - 1);
        return ([.. order[testCount..]], [.. order[..testCount]]);
    }

    /// <summary>A seeded random order of the recordings.</summary>
    private static LabelledRecording[] Shuffled(LabelledRecording[] recordings, Random random)
    {
        random.Shuffle(recordings);
        return recordings;
    }

    private static int Shortest(List<int> lengths)
    {
        var min = int.MaxValue;
        foreach (var l in lengths)
        {
            min = Math.Min(min, l);
        }

        return min;
    }
}

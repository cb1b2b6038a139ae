// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Filters;

namespace MedNet.Signals.Detection;

/// <summary>Runs the paper's preprocessing and Pan–Tompkins on MIT-BIH records and scores the R peaks against the reference beats.</summary>
/// <remarks>
/// Source: [MSA] §2.1 (band-pass 0.5–150 Hz zero-phase → Kalman baseline removal → Pan–Tompkins); ANSI/AAMI EC57 (150 ms match
/// window, gross sensitivity and positive predictivity). Reference beats are the annotations with beat symbols
/// (<see cref="Wfdb.AnnotationCodes.IsBeat(int)"/>); the whole record is scored, with no learning period left out. Optionally,
/// as EC57 §4.2 does for QRS detection, ventricular flutter/fibrillation episodes (from a <c>[</c> to the next <c>]</c> annotation)
/// can be left out of the comparison: there the reference marks flutter waves (<c>!</c>), not beats.
/// </remarks>
public static class QrsEvaluation
{
    /// <summary>Match window each side, in s (EC57: 150 ms).</summary>
    public const double MatchWindowSeconds = 0.150;

    /// <summary>Applies the paper's band-pass and Kalman baseline removal in place.</summary>
    /// <param name="signal">One lead in mV, filtered in place.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <returns>The band-pass design (with its note when a cut-off was changed).</returns>
    public static BandPassDesign Preprocess(Span<float> signal, double samplingRate)
    {
        var design = EcgBandPass.Design(samplingRate);
        ZeroPhase.Filter(design.Filter, signal, signal);
        KalmanBaseline.Remove(signal, signal, samplingRate);
        return design;
    }

    /// <summary>Preprocesses a record's lead, detects R peaks and compares them with the reference beats.</summary>
    /// <param name="record">A loaded MIT-BIH record; its signal is filtered in place.</param>
    /// <param name="config">Detector settings. Default: the paper's.</param>
    /// <param name="excludeVentricularFlutter">Leave VF/VFL episodes (<c>[</c> … <c>]</c>) out of the comparison (EC57). Default: false.</param>
    /// <returns>The per-record result.</returns>
    public static QrsRecordResult Evaluate(MitBihRecord record, PanTompkinsConfig? config = null, bool excludeVentricularFlutter = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pad = ZeroPhase.PadLength(EcgBandPass.Design(record.SamplingFrequency).Filter);
        if (record.Signal.Length <= pad)
        {
            throw new InvalidOperationException(
                $"QrsEvaluation.Evaluate: expected record {record.Name} ({record.Lead}) to hold more than {pad} samples for the zero-phase band-pass " +
                $"but it holds {record.Signal.Length} ({record.Signal.Length / record.SamplingFrequency:0.###} s); the record is too short (or its sig_len is wrong) to evaluate.");
        }

        Preprocess(record.Signal, record.SamplingFrequency);
        var peaks = PanTompkins1985.Detect(record.Signal, record.SamplingFrequency, config).RPeaks;
        var reference = record.BeatSamples();
        if (excludeVentricularFlutter)
        {
            var episodes = FlutterEpisodes(record);
            reference = Array.FindAll(reference, s => !Inside(episodes, s));
            peaks = Array.FindAll(peaks, s => !Inside(episodes, s));
        }

        var tolerance = (int)Math.Round(MatchWindowSeconds * record.SamplingFrequency);
        return new QrsRecordResult(record.Name, record.Lead, QrsMatch.Compare(reference, peaks, tolerance));
    }

    // [start, end] sample pairs from '[' (VF onset, code 32) to the next ']' (VF end, code 33), or to the record's end.
    private static List<(long Start, long End)> FlutterEpisodes(MitBihRecord record)
    {
        var list = new List<(long, long)>();
        long? start = null;
        foreach (var a in record.Annotations)
        {
            if (a.Symbol == "[")
            {
                start ??= a.Sample;
            }
            else if (a.Symbol == "]" && start is { } s)
            {
                list.Add((s, a.Sample));
                start = null;
            }
        }

        if (start is { } open)
        {
            list.Add((open, long.MaxValue));
        }

        return list;
    }

    private static bool Inside(List<(long Start, long End)> episodes, long sample)
    {
        foreach (var (start, end) in episodes)
        {
            if (sample >= start && sample <= end)
            {
                return true;
            }
        }

        return false;
    }
}

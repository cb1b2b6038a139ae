// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Filters;

namespace MedNet.Signals.Detection;

/// <summary>Runs the paper's preprocessing and Pan–Tompkins on MIT-BIH records and scores the R peaks against the reference beats.</summary>
/// <remarks>
/// Source: [MSA] §2.1 (band-pass 0.5–150 Hz zero-phase → Kalman baseline removal → Pan–Tompkins); ANSI/AAMI EC57 (150 ms match
/// window, gross sensitivity and positive predictivity). Reference beats are the annotations with beat symbols
/// (<see cref="Wfdb.AnnotationCodes.IsBeat(int)"/>); the whole record is scored, with no learning period left out.
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
    /// <returns>The per-record result.</returns>
    public static QrsRecordResult Evaluate(MitBihRecord record, PanTompkinsConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        Preprocess(record.Signal, record.SamplingFrequency);
        var peaks = PanTompkins1985.Detect(record.Signal, record.SamplingFrequency, config);
        var tolerance = (int)Math.Round(MatchWindowSeconds * record.SamplingFrequency);
        return new QrsRecordResult(record.Name, record.Lead, QrsMatch.Compare(record.BeatSamples(), peaks.RPeaks, tolerance));
    }
}

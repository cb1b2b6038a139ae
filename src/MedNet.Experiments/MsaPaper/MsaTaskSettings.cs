// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Experiments.Profiles;
using MedNet.Models.Training;

namespace MedNet.Experiments.MsaPaper;

/// <summary>What a run profile trains for the record-level tasks of [MSA] Tables 1 and 4 (PTB-XL, CinC 2017).</summary>
/// <param name="Profile">The profile.</param>
/// <param name="TargetRate">Input rate in Hz (the paper: 360).</param>
/// <param name="PtbXlMaxRecords">First N PTB-XL records with waveforms, or null for all.</param>
/// <param name="CinCMaxRecords">First N CinC records, or null for all.</param>
/// <param name="CinCMaxSegmentsPerRecord">Segments kept per CinC record, or null for all.</param>
/// <param name="CinCTraining">Whether the CinC data are the 8,528 training records (paper) or the 300-record validation set.</param>
/// <param name="Widths">Layer widths.</param>
/// <param name="Training">Optimiser, batch, epochs.</param>
/// <param name="BootstrapResamples">Bootstrap resamples of the intervals.</param>
public sealed record MsaTaskSettings(
    RunProfile Profile, double TargetRate, int? PtbXlMaxRecords, int? CinCMaxRecords, int? CinCMaxSegmentsPerRecord, bool CinCTraining,
    MsaWidths Widths, TrainingOptions Training, int BootstrapResamples)
{
    /// <summary>The settings of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>
    /// Smoke: 50 Hz inputs (500 samples per 10 s), every local PTB-XL record (1–200), the first 120 CinC validation
    /// records with ≤ 2 segments each, the smoke widths of <see cref="MsaSettings"/>, 1 epoch, 200 resamples. Laptop: 100 Hz,
    /// every local record (PTB-XL 1–200, the 300 CinC validation records, every segment), the laptop widths, 3 epochs,
    /// 1000 resamples. Paper: 360 Hz, all 21,837 PTB-XL records and the 8,528 CinC training records, the paper's widths,
    /// 100 epochs, 1000 resamples. All: Adam lr 1e-3, batch 32, focal loss with class weights from the training side.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined profile.</exception>
    public static MsaTaskSettings For(RunProfile profile)
    {
        var beats = MsaSettings.For(profile);
        return profile switch
        {
            RunProfile.Smoke => new(profile, 50, null, 120, 2, false, beats.Widths, beats.Training, 200),
            RunProfile.Laptop => new(profile, 100, null, null, null, false, beats.Widths, beats.Training, 1000),
            RunProfile.Paper => new(profile, 360, null, null, null, true, beats.Widths, beats.Training, 1000),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"MsaTaskSettings: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
        };
    }

    /// <summary>A short form for the comparison table's protocol column.</summary>
    /// <returns>E.g. "50 Hz, PTB-XL all local, CinC 120 val. records ≤ 2 seg., widths 8, 1 epoch(s)".</returns>
    public string Brief() => string.Create(CultureInfo.InvariantCulture,
        $"{TargetRate} Hz, PTB-XL {(PtbXlMaxRecords is { } p ? $"first {p}" : "all local")}, CinC {(CinCTraining ? "training" : "validation")} {CinCMaxRecords?.ToString(CultureInfo.InvariantCulture) ?? "all"} records" +
        $"{(CinCMaxSegmentsPerRecord is { } s ? $" ≤ {s} seg." : "")}, widths {Widths.Stem}, {Training.Epochs} epoch(s)");

    /// <summary>One line for the notes: what differs from the paper's protocol.</summary>
    /// <returns>The description.</returns>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Profile.ToString().ToLowerInvariant()} profile (PTB-XL, CinC 2017): inputs 10 s at {TargetRate} Hz (paper 360 Hz), " +
        $"PTB-XL {(PtbXlMaxRecords is { } p ? $"first {p} records with waveforms" : "every record with waveforms")}, " +
        $"CinC {(CinCTraining ? "training set" : "300-record validation set")}{(CinCMaxRecords is { } c ? $" (first {c})" : "")}" +
        $"{(CinCMaxSegmentsPerRecord is { } s ? $", ≤ {s} segments per record" : "")}, {(Widths.IsPaper ? "the paper's widths" : $"reduced widths ({Widths})")}, " +
        $"{Training.Epochs} epoch(s) of batch {Training.BatchSize}, {BootstrapResamples} bootstrap resamples over records");
}

// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Models.Training;
using MedNet.Signals.Balancing;

namespace MedNet.Experiments.MsaPaper;

/// <summary>What a run profile trains for the [MSA] experiments: data slice, protocol, widths, epochs, batches and timing repeats.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Data">Records, window and slice.</param>
/// <param name="Protocol">The split protocol.</param>
/// <param name="Folds">k of the subject k-fold (ignored for DS1 → DS2).</param>
/// <param name="Widths">Layer widths.</param>
/// <param name="Training">Adam lr 1e-3 ([MSA] §3.2), batch, epochs, shuffling.</param>
/// <param name="Balance">SMOTE-Tomek settings.</param>
/// <param name="Augmentation">Training augmentation.</param>
/// <param name="TimingRepeats">Timed forward passes per measurement (the median is kept), after one warm-up.</param>
/// <param name="TimePaperWidths">Whether Table 3 times the paper-width networks (else the trained widths).</param>
public sealed record MsaSettings(
    RunProfile Profile, MsaDataOptions Data, MsaProtocol Protocol, int Folds, MsaWidths Widths, TrainingOptions Training, SmoteTomekOptions Balance,
    MsaAugmentation Augmentation, int TimingRepeats, bool TimePaperWidths)
{
    /// <summary>Environment variable that overrides the profile's protocol: <c>interpatient</c> or <c>kfold</c>.</summary>
    public const string ProtocolVariable = "MEDNET_MSA_PROTOCOL";

    /// <summary>The smoke slice: three DS1 and three DS2 records chosen so that N, S, V and F occur on both sides.</summary>
    public static IReadOnlyList<string> SmokeRecords { get; } = ["101", "208", "209", "100", "213", "232"];

    /// <summary>The settings of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>
    /// Smoke: the first 10 min of six records (<see cref="SmokeRecords"/>), ≤ 12 beats per class per record, 1 s windows, DS1 → DS2,
    /// widths stem 8 / branch 8 / BiLSTM 8, 1 epoch of batch 32, no inference timing. Laptop: the 44 non-paced DS1/DS2 records,
    /// ≤ 25 beats per class per record, 2.5 s windows, DS1 → DS2, widths stem 16 / branch 16 / BiLSTM 16, 3 epochs of batch 32. Paper: all 48 records, every beat, subject 10-fold, the paper's widths, 100 epochs
    /// (Figure 3's curves span 100 epochs; batch 32 is ours). All use Adam lr 1e-3 and SMOTE-Tomek growing each minority class ×4 (+300 %).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined profile.</exception>
    /// <exception cref="ArgumentException"><see cref="ProtocolVariable"/> holds an unknown value.</exception>
    public static MsaSettings For(RunProfile profile)
    {
        var adam = new OptimizerSettings(OptimizerKind.Adam, 1e-3);
        var balance = new SmoteTomekOptions { MaxGrowth = 4 };
        var settings = profile switch
        {
            RunProfile.Smoke => new MsaSettings(
                profile, new MsaDataOptions { Records = SmokeRecords, MaxBeatsPerClassPerRecord = 12, WindowSeconds = 1, RecordSeconds = 600 }, MsaProtocol.InterPatient, 2,
                new MsaWidths(8, 8, 8, 8, [8, 8, 16, 16], [1, 1, 1, 1], [8, 16, 16, 32], 1, 64),
                new TrainingOptions(adam, new ConstantSchedule(), 32, 1, Shuffle: true), balance, new MsaAugmentation(), 0, false),
            RunProfile.Laptop => new MsaSettings(
                profile, new MsaDataOptions { Records = [.. Signals.Splits.DeChazalSplit.DS1, .. Signals.Splits.DeChazalSplit.DS2], MaxBeatsPerClassPerRecord = 25 },
                MsaProtocol.InterPatient, 3,
                new MsaWidths(16, 16, 16, 16, [16, 32, 64, 128], [1, 1, 1, 1], [16, 32, 64, 128], 2, 256),
                new TrainingOptions(adam, new ConstantSchedule(), 32, 3, Shuffle: true), balance, new MsaAugmentation(), 3, true),
            RunProfile.Paper => new MsaSettings(
                profile, new MsaDataOptions(), MsaProtocol.SubjectKFold, 10, MsaWidths.Paper,
                new TrainingOptions(adam, new ConstantSchedule(), 32, 100, Shuffle: true), balance, new MsaAugmentation(), 10, true),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"MsaSettings: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
        };
        var env = Environment.GetEnvironmentVariable(ProtocolVariable);
        return string.IsNullOrWhiteSpace(env) ? settings : settings with { Protocol = ParseProtocol(env) };
    }

    /// <summary>Parses <c>interpatient</c> / <c>kfold</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static MsaProtocol ParseProtocol(string name) => name.Trim().ToLowerInvariant() switch
    {
        "interpatient" or "ds1ds2" or "dechazal" => MsaProtocol.InterPatient,
        "kfold" or "subjectkfold" => MsaProtocol.SubjectKFold,
        _ => throw new ArgumentException($"{ProtocolVariable}: expected interpatient or kfold but got '{name}'.", nameof(name)),
    };

    /// <summary>A short form of <see cref="Describe"/> for the comparison table's protocol column.</summary>
    /// <returns>E.g. "smoke: 6 records ≤ 12/class/record, 1 s windows, DS1 → DS2, widths 8/64, 1 epoch".</returns>
    public string Brief()
    {
        var protocol = Protocol == MsaProtocol.InterPatient ? "DS1 → DS2" : $"{Folds}-fold";
        var records = Data.Records is null ? "48 records" : $"{Data.Records.Count} records";
        var cap = Data.MaxBeatsPerClassPerRecord is { } c ? $" ≤ {c}/class/record" : "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Profile.ToString().ToLowerInvariant()}: {records}{cap}, {Data.WindowSeconds} s windows, {protocol}, widths {Widths.Stem}/64, {Training.Epochs} epoch(s)");
    }

    /// <summary>One line for the run's notes and the comparison: what differs from the paper's protocol.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var protocol = Protocol == MsaProtocol.InterPatient ? "inter-patient DS1 → DS2" : $"subject-wise stratified {Folds}-fold (pooled out-of-fold predictions)";
        var records = Data.Records is null ? "all 48 records" : $"{Data.Records.Count} records";
        var cap = Data.MaxBeatsPerClassPerRecord is { } c ? $"≤ {c} beats per class per record" : "every beat";
        var widths = Widths.IsPaper ? "the paper's widths" : $"reduced widths ({Widths})";
        return $"{Profile.ToString().ToLowerInvariant()} profile: {records}{(Data.RecordSeconds is { } rs ? $" (first {rs} s)" : "")}, {cap}, {Data.WindowSeconds} s windows, {protocol}, {widths}, {Training.Epochs} epoch(s) of batch {Training.BatchSize}, " +
               $"Adam lr {Training.Optimizer.LearningRate:G3}; SMOTE-Tomek ×{Balance.MaxGrowth} (k = {Balance.Neighbours}); augmentation p = {Augmentation.Probability}";
    }
}

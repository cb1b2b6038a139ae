// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Experiments.MsaPaper;

/// <summary>How MIT-BIH is turned into the classifier's inputs: records, preprocessing, windows and the slice a profile keeps.</summary>
/// <remarks>Source: [MSA] §2.1 A–C, §2.2 A. Defaults are the kit's readings; each names its D-MS entry.</remarks>
public sealed record MsaDataOptions
{
    /// <summary>Records to load, or null for all 48. Default: null.</summary>
    public IReadOnlyList<string>? Records { get; init; }

    /// <summary>Lead, falling back to signal 0 where absent (102, 104). Default: MLII.</summary>
    public string Lead { get; init; } = MitBih.DefaultLead;

    /// <summary>Window length in seconds, centred on the beat's R: 2.5 (§2.1 C) or 10 (§2.2 A's segment). Default: 2.5. Differs: D-MS-04.</summary>
    public double WindowSeconds { get; init; } = 2.5;

    /// <summary>High-frequency-preserving preprocessing (0.5–150 Hz) instead of the conventional 0.5–40 Hz. Default: true. Differs: D-MS-05.</summary>
    public bool HighFrequencyPreservation { get; init; } = true;

    /// <summary>Where the z-score statistics come from. Default: per window. Differs: D-MS-06.</summary>
    public MsaNormalisation Normalisation { get; init; } = MsaNormalisation.PerWindow;

    /// <summary>Which R position centres a window. Default: the annotation. Differs: D-MS-07.</summary>
    public MsaBeatCentre Centre { get; init; } = MsaBeatCentre.Annotation;

    /// <summary>Use only the first this many seconds of each record (before preprocessing), or null for the whole 30 min. Default: null (the smoke profile sets it).</summary>
    public double? RecordSeconds { get; init; }

    /// <summary>Keep at most this many beats of each class per record (a seeded random choice), or null for all. Default: null (profiles set it).</summary>
    public int? MaxBeatsPerClassPerRecord { get; init; }

    /// <summary>Seed of the per-record beat choice. Default: 0.</summary>
    public int SliceSeed { get; init; }

    /// <summary>Returns every problem; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (!(WindowSeconds > 0 && WindowSeconds <= 60))
        {
            p.Add($"WindowSeconds: expected a value in (0, 60] but got {WindowSeconds}.");
        }

        if (MaxBeatsPerClassPerRecord is < 1)
        {
            p.Add($"MaxBeatsPerClassPerRecord: expected ≥ 1 or null but got {MaxBeatsPerClassPerRecord}.");
        }

        if (RecordSeconds is { } rs && !(rs >= 2 * WindowSeconds))
        {
            p.Add($"RecordSeconds: expected ≥ 2 × WindowSeconds or null but got {rs}.");
        }

        if (Records is { Count: 0 })
        {
            p.Add("Records: expected at least one record or null for all 48.");
        }

        if (!Enum.IsDefined(Normalisation) || !Enum.IsDefined(Centre))
        {
            p.Add("Normalisation/Centre: an enum value is out of range.");
        }

        return p;
    }
}

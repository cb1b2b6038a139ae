// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>Settings of <see cref="MitBihBeatSubstitute"/>: records, lead, segment length, rate, point labels, split and scaling.</summary>
/// <remarks>Source: [MEDNET] §5.1, [MITDB], [TRANAD] (MBA labels); built to mirror the shape of the authors' ECG_DATA (D-MN-14) and MBA's point-label rule (D-MN-21).</remarks>
public sealed record MitBihBeatSubstituteOptions
{
    /// <summary>The full run: every non-paced record (44), 10 s segments at 128 Hz.</summary>
    public static MitBihBeatSubstituteOptions Default { get; } = new();

    /// <summary>A small run for smoke tests: six records (100, 101, 105, 119, 201, 208), at most 30 segments (5 min) each.</summary>
    public static MitBihBeatSubstituteOptions Smoke { get; } = new()
    {
        Records = ["100", "101", "105", "119", "201", "208"],
        MaxSegmentsPerRecord = 30,
    };

    /// <summary>Records to use, e.g. ["100", "101"]; <see langword="null"/> = all 48 (<see cref="MitBih.Records"/>). Default: null.</summary>
    public IReadOnlyList<string>? Records { get; init; }

    /// <summary>Whether the paced records 102, 104, 107, 217 are left out (AAMI EC57; all their paced beats are non-normal).
    /// Default: <see langword="true"/>.</summary>
    public bool ExcludePaced { get; init; } = true;

    /// <summary>Lead to load, falling back to signal 0 when a record lacks it (102, 104). Default: "MLII".</summary>
    public string Lead { get; init; } = MitBih.DefaultLead;

    /// <summary>Segment length in seconds, &gt; 0; segments are consecutive and non-overlapping from the record's start, the tail
    /// is dropped. Default: 10 s.</summary>
    public double SegmentSeconds { get; init; } = 10;

    /// <summary>Output rate in Hz (whole number), or <see langword="null"/> to keep 360 Hz. Default: 128 Hz, MBA's rate, so
    /// ±<see cref="PointLabelHalfWidth"/> samples mean the same time as in MBA's rule, and memory is 2.8× smaller.</summary>
    public int? TargetRateHz { get; init; } = 128;

    /// <summary>Half-width h of the point-label mark around each non-normal beat, in samples at the output rate, ≥ 0: samples
    /// [s − h, s + h) are marked, MBA's rule (D-MN-21); h = 0 marks the beat sample alone. Default: 20.</summary>
    public int PointLabelHalfWidth { get; init; } = 20;

    /// <summary>At most this many segments from the start of each record, or <see langword="null"/> for all (180 per record at
    /// 10 s). Default: null.</summary>
    public int? MaxSegmentsPerRecord { get; init; }

    /// <summary>Target share of segments in the test split, in (0, 1); whole patients go to one side. Default: 0.2.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Whether anomalous segments of the training split are dropped (a clean one-class setup; the test split is
    /// unchanged). Default: <see langword="false"/>, as the authors' split.</summary>
    public bool NormalOnlyTraining { get; init; }

    /// <summary>Scaling, statistics from the training segments. Default: <see cref="RecordingScaling.GlobalMinMax"/> (DTAAD's
    /// min-max on one channel): segments cut at arbitrary times have no per-time-step alignment, and min-max keeps
    /// training values in the [0, 1] range of the sigmoid heads.</summary>
    public RecordingScaling Scaling { get; init; } = RecordingScaling.GlobalMinMax;

    /// <summary>Checks every setting.</summary>
    /// <returns>All problems, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Records is { Count: 0 })
        {
            problems.Add("Records: expected at least one record name or null (all 48) but got an empty list.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Records ?? [])
        {
            if (!MitBih.Records.Contains(r))
            {
                problems.Add($"Records: expected mitdb record names (100–234, see MitBih.Records) but got '{r}'.");
            }
            else if (!seen.Add(r))
            {
                problems.Add($"Records: expected each record once but '{r}' is listed twice.");
            }
        }

        if (string.IsNullOrWhiteSpace(Lead))
        {
            problems.Add("Lead: expected a lead name such as 'MLII' but got a blank value.");
        }

        if (!(SegmentSeconds > 0) || double.IsInfinity(SegmentSeconds))
        {
            problems.Add($"SegmentSeconds: expected a positive number of seconds but got {SegmentSeconds}.");
        }

        if (TargetRateHz is { } rate && rate < 1)
        {
            problems.Add($"TargetRateHz: expected a positive whole number of Hz or null but got {rate}.");
        }

        if (PointLabelHalfWidth < 0)
        {
            problems.Add($"PointLabelHalfWidth: expected ≥ 0 samples but got {PointLabelHalfWidth}.");
        }

        if (MaxSegmentsPerRecord is { } max && max < 1)
        {
            problems.Add($"MaxSegmentsPerRecord: expected ≥ 1 or null but got {max}.");
        }

        if (!(TestFraction > 0 && TestFraction < 1))
        {
            problems.Add($"TestFraction: expected a value in (0, 1) but got {TestFraction}.");
        }

        if (!Enum.IsDefined(Scaling))
        {
            problems.Add($"Scaling: expected one of {string.Join(", ", Enum.GetNames<RecordingScaling>())} but got {Scaling}.");
        }

        return problems;
    }
}

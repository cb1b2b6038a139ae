// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;

namespace MedNet.Experiments.Explainability;

/// <summary>What drives one anomaly model's window scores on an ECG substitute (<see cref="SubstituteExplanation.Explain"/>).</summary>
/// <param name="Model">DTAAD or MED-Net.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="Substitute">The substitute's name.</param>
/// <param name="SampleRateHz">Sampling rate of the recordings in Hz.</param>
/// <param name="BeatSource">Where the beat positions come from (reference annotations or Pan–Tompkins).</param>
/// <param name="Layer">Grad-CAM layer.</param>
/// <param name="LagShares">Mean share of Σ|IG| per window position (W values, oldest first).</param>
/// <param name="IgWindows">Windows explained by Integrated Gradients.</param>
/// <param name="IgLargestGap">Largest |Σ IG − (f(x) − f(0))| relative to |f(x) − f(0)| over them.</param>
/// <param name="Recordings">The explained test recordings (scaled samples, label, beats).</param>
/// <param name="Scores">Per explained recording, the score of the window covering each sample (0 where no window covers it).</param>
/// <param name="GradCamMass">Per explained recording, the Grad-CAM map of the window covering each sample.</param>
/// <param name="Zones">Score and Grad-CAM shares per zone and scope, against chance.</param>
public sealed record SubstituteExplanationResult(
    string Model,
    int Epochs,
    string Substitute,
    double SampleRateHz,
    string BeatSource,
    string Layer,
    double[] LagShares,
    int IgWindows,
    double IgLargestGap,
    IReadOnlyList<LabelledRecording> Recordings,
    double[][] Scores,
    double[][] GradCamMass,
    IReadOnlyList<AttributionZoneShare> Zones);

// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>What drives one anomaly model's scores on MBA (<see cref="AnomalyExplanation.Run"/>).</summary>
/// <param name="Model">DTAAD or MED-Net.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="Layer">Grad-CAM layer.</param>
/// <param name="ChannelNames">C channel names.</param>
/// <param name="LagShares">Mean share of Σ|IG| per window position (W values, oldest first; the last is the forecast target x_W).</param>
/// <param name="ChannelShares">Mean share of Σ|IG| per channel.</param>
/// <param name="IgWindows">Windows explained by Integrated Gradients.</param>
/// <param name="IgLargestGap">Largest |Σ IG − (f(x) − f(0))| relative to |f(x) − f(0)| over them.</param>
/// <param name="Score">Anomaly score per test time step (mean over channels of (x2 − x_W)²).</param>
/// <param name="GradCamMass">Grad-CAM mass per test time step: each window's map placed at the time steps it covers and summed.</param>
/// <param name="ScoreShareNearAnomalousBeats">Share of Σ score within ± 50 ms of a V or F beat annotation.</param>
/// <param name="GradCamShareNearAnomalousBeats">Share of Grad-CAM mass within ± 50 ms of a V or F beat.</param>
/// <param name="ChanceNearAnomalousBeats">Fraction of time steps within ± 50 ms of a V or F beat (what an even spread gives).</param>
/// <param name="ScoreShareNearAnyBeat">Share of Σ score within ± 50 ms of any annotated beat.</param>
/// <param name="ChanceNearAnyBeat">Fraction of time steps within ± 50 ms of any annotated beat.</param>
public sealed record AnomalyExplanationResult(
    string Model,
    int Epochs,
    string Layer,
    IReadOnlyList<string> ChannelNames,
    double[] LagShares,
    double[] ChannelShares,
    int IgWindows,
    double IgLargestGap,
    double[] Score,
    double[] GradCamMass,
    double ScoreShareNearAnomalousBeats,
    double GradCamShareNearAnomalousBeats,
    double ChanceNearAnomalousBeats,
    double ScoreShareNearAnyBeat,
    double ChanceNearAnyBeat);

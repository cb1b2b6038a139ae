// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>The measured [MSA] §3.3 quantities (<see cref="MsaExplanation.Run"/>); shares are fractions in [0, 1].</summary>
/// <param name="RegionNames">QRS, ST-T, PR, baseline.</param>
/// <param name="RegionShares">Mean share of Σ|φ| per region over the explained MIT-BIH beats (exact Shapley values, 4 groups).</param>
/// <param name="RegionChance">Mean fraction of the window's samples in each region.</param>
/// <param name="ShapBeats">Beats explained.</param>
/// <param name="ShapLargestGap">Largest |Σφ − (f(x) − E f)| over them (exact enumeration: rounding only).</param>
/// <param name="MiOverlap">Share of high-attention samples inside QRS ∪ ST-T zones, PTB-XL MI windows.</param>
/// <param name="MiZoneChance">Mean fraction of a window inside those zones.</param>
/// <param name="MiWindows">MI windows explained.</param>
/// <param name="AfOverlap">Share of high-attention samples inside P-wave (R − 200 … R − 50 ms) ∪ ST-T zones, CinC AF windows, guided model.</param>
/// <param name="AfZoneChance">Mean fraction of a window inside those zones.</param>
/// <param name="AfWindows">AF windows explained.</param>
/// <param name="AfPostRGuided">Share of Grad-CAM mass in R + 100 … 300 ms, guided model.</param>
/// <param name="AfPostRPlain">The same for the model with plain (unguided) spatial attention.</param>
/// <param name="AfPostRChance">Fraction of the window in R + 100 … 300 ms.</param>
/// <param name="AfGateGuided">Share of the spatial gate's mass in R + 100 … 300 ms, guided model.</param>
/// <param name="AfGatePlain">The same, plain spatial attention.</param>
/// <param name="LeadNames">The 12 leads.</param>
/// <param name="LeadShares">Mean share of Σ|GradientSHAP| per lead over held-out PTB-XL windows.</param>
/// <param name="MiV4V6">Share of V4 + V5 + V6 on MI windows.</param>
/// <param name="InferiorIIIIIaVF">Share of II + III + aVF on inferior-MI windows (NaN when none was held out).</param>
/// <param name="InferiorWindows">Inferior-MI windows explained.</param>
/// <param name="Accuracies">Held-out accuracy of each trained network, by name.</param>
/// <param name="Notes">What was run and what differs from the paper.</param>
public sealed record MsaExplanationResult(
    IReadOnlyList<string> RegionNames,
    double[] RegionShares,
    double[] RegionChance,
    int ShapBeats,
    double ShapLargestGap,
    double MiOverlap,
    double MiZoneChance,
    int MiWindows,
    double AfOverlap,
    double AfZoneChance,
    int AfWindows,
    double AfPostRGuided,
    double AfPostRPlain,
    double AfPostRChance,
    double AfGateGuided,
    double AfGatePlain,
    IReadOnlyList<string> LeadNames,
    double[] LeadShares,
    double MiV4V6,
    double InferiorIIIIIaVF,
    int InferiorWindows,
    IReadOnlyDictionary<string, double> Accuracies,
    IReadOnlyList<string> Notes);

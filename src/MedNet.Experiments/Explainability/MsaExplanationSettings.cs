// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;

namespace MedNet.Experiments.Explainability;

/// <summary>Sizes of the [MSA] §3.3 reproduction (<see cref="MsaExplanation"/>) per profile.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Epochs">Training epochs of each small classifier.</param>
/// <param name="Width">Stem, branch and BiLSTM width; the multi-scale block has 2 × Width channels.</param>
/// <param name="PtbXlRecords">PTB-XL records read (NORM-only and MI records among them are used).</param>
/// <param name="PtbXlWindowsPerRecord">Windows per PTB-XL record.</param>
/// <param name="CinCRecords">CinC 2017 N/AF records used.</param>
/// <param name="CinCWindowsPerRecord">Windows per CinC record.</param>
/// <param name="ShapWindows">Held-out MIT-BIH beats whose exact Shapley values are computed.</param>
/// <param name="ShapBackground">Training beats in the SHAP background set.</param>
/// <param name="GradientShapSamples">GradientSHAP draws per PTB-XL window (per-lead importance).</param>
/// <param name="HighAttention">Threshold on the max-normalised Grad-CAM map that makes a sample "high-attention". Default: 0.5.</param>
public sealed record MsaExplanationSettings(
    RunProfile Profile, int Epochs, int Width, int PtbXlRecords, int PtbXlWindowsPerRecord, int CinCRecords, int CinCWindowsPerRecord, int ShapWindows,
    int ShapBackground, int GradientShapSamples, double HighAttention = 0.5)
{
    /// <summary>Smoke: 3 epochs of width-8 networks, 2 windows per record, 90 CinC records, 8 SHAP beats. Laptop: 10 epochs, width 16, 4 windows per record, 60 SHAP beats. Paper: 30 epochs, width 32, every PTB-XL/CinC record on disk, 200 SHAP beats (the paper's own 100-epoch networks are not reproduced).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The settings.</returns>
    public static MsaExplanationSettings For(RunProfile profile) => profile switch
    {
        RunProfile.Smoke => new(profile, 3, 8, 200, 2, 90, 2, 8, 8, 16),
        RunProfile.Laptop => new(profile, 10, 16, 200, 4, 200, 4, 60, 16, 32),
        RunProfile.Paper => new(profile, 30, 32, int.MaxValue, 6, 300, 6, 200, 32, 64),
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, $"MsaExplanationSettings: expected one of {string.Join(", ", Enum.GetNames<RunProfile>())}."),
    };
}

// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>Which R position a beat-centred window is centred on.</summary>
/// <remarks>Source: [MSA] §2.1 C ("R-peak detection utilized the Pan-Tompkins algorithm … Detected peaks served as fiducial points"). Differs: D-MS-07.</remarks>
public enum MsaBeatCentre
{
    /// <summary>Default: the reference annotation's sample (the label's own position).</summary>
    Annotation,

    /// <summary>The nearest Pan–Tompkins detection within 150 ms of the annotation; beats with none are dropped (counted in the notes).</summary>
    PanTompkins,
}

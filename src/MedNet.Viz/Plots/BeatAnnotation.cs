// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plots;

/// <summary>A labelled beat to mark on an ECG strip (e.g. from a MIT-BIH .atr file or a QRS detector).</summary>
/// <param name="Sample">Sample index of the beat (R peak) in the signal, ≥ 0.</param>
/// <param name="Label">Beat symbol, e.g. "N", "V", "A" (MIT-BIH) or an AAMI class.</param>
public sealed record BeatAnnotation(int Sample, string Label);

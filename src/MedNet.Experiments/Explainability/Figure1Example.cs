// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>One row of [MSA] Figure 1: a held-out window, its per-lead importance and its attention line.</summary>
/// <param name="Title">Row title (class and source).</param>
/// <param name="LeadNames">C leads.</param>
/// <param name="SamplingRate">fs in Hz.</param>
/// <param name="Signal">(C, L) z-scored window, row-major.</param>
/// <param name="Heat">(C, L) per-lead importance in [0, 1]: |GradientSHAP| smoothed over ± 20 ms, divided by its maximum over the window.</param>
/// <param name="Line">(L) Grad-CAM of the last multi-scale block for the window's class, divided by its maximum.</param>
/// <param name="RPeaks">R peaks in the window.</param>
/// <param name="Probability">The network's probability of the window's class.</param>
public sealed record Figure1Example(string Title, IReadOnlyList<string> LeadNames, double SamplingRate, float[] Signal, float[] Heat, float[] Line, int[] RPeaks, double Probability);

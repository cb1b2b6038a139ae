// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plots;

/// <summary>One row of <see cref="Figures.AttentionFigure"/> ([MSA] Figure 1): a window, its per-lead heat and its attention line.</summary>
/// <param name="Title">Row title, e.g. "Myocardial infarction".</param>
/// <param name="LeadNames">C lead names.</param>
/// <param name="SamplingRateHz">fs in Hz.</param>
/// <param name="Signal">(C, L) samples, row-major.</param>
/// <param name="Heat">(C, L) importance in [0, 1], row-major.</param>
/// <param name="Line">(L) attention in [0, 1].</param>
public sealed record AttentionFigureRow(string Title, IReadOnlyList<string> LeadNames, double SamplingRateHz, float[] Signal, float[] Heat, float[] Line);

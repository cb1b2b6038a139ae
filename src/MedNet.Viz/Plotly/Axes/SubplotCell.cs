// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plotly.Axes;

/// <summary>The pair of axes of one subplot.</summary>
/// <param name="X">Its x axis.</param>
/// <param name="Y">Its y axis.</param>
public readonly record struct SubplotCell(AxisId X, AxisId Y);

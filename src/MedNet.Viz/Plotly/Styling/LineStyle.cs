// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plotly.Styling;

/// <summary>Colour, width and dash of a line (trace line, shape outline).</summary>
public sealed record LineStyle
{
    /// <summary>CSS colour, e.g. "#1f77b4" or "rgba(0,0,0,0.5)"; plotly's colour cycle when null.</summary>
    public string? Color { get; init; }

    /// <summary>Width in px, ≥ 0; plotly's default (2) when null.</summary>
    public double? Width { get; init; }

    /// <summary>Dash pattern; solid when null.</summary>
    public DashStyle? Dash { get; init; }
}

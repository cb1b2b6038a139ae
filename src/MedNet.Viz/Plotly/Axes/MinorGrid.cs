// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Axes;

/// <summary>Minor grid lines between the major ticks of an axis.</summary>
/// <param name="Step">Distance between minor lines in data units, &gt; 0.</param>
/// <param name="Color">CSS colour of the lines.</param>
public sealed record MinorGrid(
    [property: JsonPropertyName("dtick")] double Step,
    [property: JsonPropertyName("gridcolor")] string Color)
{
    /// <summary>Always true: the lines are shown.</summary>
    [JsonPropertyName("showgrid")]
    public bool ShowGrid => true;

    /// <summary>Line width in px; plotly's default when null.</summary>
    [JsonPropertyName("gridwidth")]
    public double? Width { get; init; }
}

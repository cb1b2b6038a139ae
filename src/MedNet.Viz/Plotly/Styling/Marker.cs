// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Styling;

/// <summary>Marker (point, bar fill) appearance: one colour, or one value per point mapped through a colour scale.</summary>
public sealed record Marker
{
    /// <summary>One CSS colour for every point; ignored when <see cref="ColorValues"/> is set.</summary>
    [JsonIgnore]
    public string? Color { get; init; }

    /// <summary>One value per point, mapped through <see cref="ColorScale"/>; length must match the trace.</summary>
    [JsonIgnore]
    public double[]? ColorValues { get; init; }

    /// <summary>Colour scale used with <see cref="ColorValues"/>.</summary>
    public ColorScale? ColorScale { get; init; }

    /// <summary>Whether a colour bar is drawn for <see cref="ColorValues"/>.</summary>
    public bool? ShowScale { get; init; }

    /// <summary>Colour bar settings.</summary>
    public ColorBar? ColorBar { get; init; }

    /// <summary>Marker diameter in px, &gt; 0.</summary>
    public double? Size { get; init; }

    /// <summary>Marker shape.</summary>
    public MarkerSymbol? Symbol { get; init; }

    /// <summary>Opacity 0–1.</summary>
    public double? Opacity { get; init; }

    /// <summary>Outline of each marker or bar.</summary>
    public LineStyle? Line { get; init; }

    [JsonInclude]
    [JsonPropertyName("color")]
    internal object? ColorWire => (object?)ColorValues ?? Color;
}

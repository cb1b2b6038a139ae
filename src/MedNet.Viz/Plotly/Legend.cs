// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly;

/// <summary>Legend placement.</summary>
public sealed record Legend
{
    /// <summary>Horizontal legend (a row above or below the plot) when true.</summary>
    [JsonIgnore]
    public bool Horizontal { get; init; }

    /// <summary>Horizontal position in paper coordinates (0 left edge, 1 right edge; &gt;1 outside).</summary>
    public double? X { get; init; }

    /// <summary>Vertical position in paper coordinates (0 bottom, 1 top; &gt;1 above).</summary>
    public double? Y { get; init; }

    /// <summary>Which side of the legend box <see cref="X"/> refers to: "left", "center", "right".</summary>
    public string? XAnchor { get; init; }

    /// <summary>Which side of the legend box <see cref="Y"/> refers to: "top", "middle", "bottom".</summary>
    public string? YAnchor { get; init; }

    /// <summary>A legend in one row above the plot, right-aligned (keeps the plot full width).</summary>
    public static Legend TopRow { get; } = new() { Horizontal = true, X = 1, Y = 1.02, XAnchor = "right", YAnchor = "bottom" };

    [JsonInclude]
    [JsonPropertyName("orientation")]
    internal string? OrientationWire => Horizontal ? "h" : null;
}

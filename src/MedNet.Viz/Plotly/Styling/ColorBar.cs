// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Styling;

/// <summary>The colour bar beside a heatmap or colour-mapped markers.</summary>
public sealed record ColorBar
{
    /// <summary>Title of the bar, with the unit of the mapped value.</summary>
    [JsonIgnore]
    public string? Title { get; init; }

    /// <summary>Length as a fraction of the plot height (0–1].</summary>
    [JsonPropertyName("len")]
    public double? Length { get; init; }

    /// <summary>Horizontal position in paper coordinates (1.02 is just right of the plot).</summary>
    public double? X { get; init; }

    /// <summary>Vertical centre in paper coordinates.</summary>
    public double? Y { get; init; }

    [JsonInclude]
    [JsonPropertyName("title")]
    internal object? TitleWire => Title is null ? null : new { text = Title };
}

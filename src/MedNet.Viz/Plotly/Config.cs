// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly;

/// <summary>plotly.js behaviour settings passed to <c>Plotly.newPlot</c> beside data and layout.</summary>
public sealed record Config
{
    /// <summary>Resize with the window. Default: true.</summary>
    public bool Responsive { get; init; } = true;

    /// <summary>Show the plotly logo in the mode bar. Default: false.</summary>
    [JsonPropertyName("displaylogo")]
    public bool DisplayLogo { get; init; }

    /// <summary>Zoom with the mouse wheel. Default: false (scrolling the page stays possible).</summary>
    [JsonPropertyName("scrollZoom")]
    public bool ScrollZoom { get; init; }
}

// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly;

/// <summary>Margins around the plotting area, in px.</summary>
/// <param name="Left">Left margin in px, ≥ 0.</param>
/// <param name="Right">Right margin in px, ≥ 0.</param>
/// <param name="Top">Top margin in px, ≥ 0.</param>
/// <param name="Bottom">Bottom margin in px, ≥ 0.</param>
public sealed record Margin(
    [property: JsonPropertyName("l")] int Left,
    [property: JsonPropertyName("r")] int Right,
    [property: JsonPropertyName("t")] int Top,
    [property: JsonPropertyName("b")] int Bottom);

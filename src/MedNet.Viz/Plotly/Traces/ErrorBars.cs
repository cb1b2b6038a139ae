// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>Symmetric error bars from data, plotly's <c>error_y: { type: "data", array, visible }</c> (e.g. ± one sd over seeds).</summary>
public sealed record ErrorBars
{
    /// <summary>Half-length of each bar, one per point (NaN draws none).</summary>
    public required DataArray Array { get; init; }

    [JsonInclude]
    [JsonPropertyName("type")]
    internal string TypeWire => "data";

    [JsonInclude]
    [JsonPropertyName("visible")]
    internal bool VisibleWire => true;
}

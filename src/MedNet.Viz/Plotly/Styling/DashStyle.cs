// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Styling;

/// <summary>Line dash pattern.</summary>
public enum DashStyle
{
    /// <summary>Continuous line.</summary>
    [JsonStringEnumMemberName("solid")]
    Solid,

    /// <summary>Dotted line.</summary>
    [JsonStringEnumMemberName("dot")]
    Dot,

    /// <summary>Dashed line (thresholds, reference lines).</summary>
    [JsonStringEnumMemberName("dash")]
    Dash,

    /// <summary>Alternating dash and dot.</summary>
    [JsonStringEnumMemberName("dashdot")]
    DashDot,
}

// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Axes;

/// <summary>Side of the plot an axis is drawn on.</summary>
public enum AxisSide
{
    /// <summary>Left (y axes).</summary>
    [JsonStringEnumMemberName("left")]
    Left,

    /// <summary>Right (secondary y axes).</summary>
    [JsonStringEnumMemberName("right")]
    Right,

    /// <summary>Top (x axes).</summary>
    [JsonStringEnumMemberName("top")]
    Top,

    /// <summary>Bottom (x axes).</summary>
    [JsonStringEnumMemberName("bottom")]
    Bottom,
}

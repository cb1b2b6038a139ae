// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Axes;

/// <summary>How an axis maps values to positions.</summary>
public enum AxisType
{
    /// <summary>Linear scale.</summary>
    [JsonStringEnumMemberName("linear")]
    Linear,

    /// <summary>Base-10 logarithmic scale (e.g. learning rate).</summary>
    [JsonStringEnumMemberName("log")]
    Log,

    /// <summary>Categories in the order given (class names).</summary>
    [JsonStringEnumMemberName("category")]
    Category,
}

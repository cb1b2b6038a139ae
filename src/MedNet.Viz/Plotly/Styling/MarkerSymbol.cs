// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Styling;

/// <summary>Shape of a marker.</summary>
public enum MarkerSymbol
{
    /// <summary>Filled circle.</summary>
    [JsonStringEnumMemberName("circle")]
    Circle,

    /// <summary>Filled square.</summary>
    [JsonStringEnumMemberName("square")]
    Square,

    /// <summary>Filled diamond.</summary>
    [JsonStringEnumMemberName("diamond")]
    Diamond,

    /// <summary>Cross (x).</summary>
    [JsonStringEnumMemberName("x")]
    X,

    /// <summary>Triangle pointing down (beat marks above a trace).</summary>
    [JsonStringEnumMemberName("triangle-down")]
    TriangleDown,

    /// <summary>Triangle pointing up.</summary>
    [JsonStringEnumMemberName("triangle-up")]
    TriangleUp,
}

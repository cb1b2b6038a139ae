// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Annotations;

/// <summary>Geometry of a layout shape.</summary>
public enum ShapeKind
{
    /// <summary>A rectangle from (x0, y0) to (x1, y1).</summary>
    [JsonStringEnumMemberName("rect")]
    Rect,

    /// <summary>A line from (x0, y0) to (x1, y1).</summary>
    [JsonStringEnumMemberName("line")]
    Line,
}

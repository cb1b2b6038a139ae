// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Annotations;

/// <summary>Whether a shape is drawn under or over the traces.</summary>
public enum ShapeLayer
{
    /// <summary>Under the traces (shaded regions).</summary>
    [JsonStringEnumMemberName("below")]
    Below,

    /// <summary>Over the traces.</summary>
    [JsonStringEnumMemberName("above")]
    Above,
}

// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>Area fill of a scatter trace.</summary>
public enum FillMode
{
    /// <summary>No fill.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Down to y = 0.</summary>
    [JsonStringEnumMemberName("tozeroy")]
    ToZeroY,

    /// <summary>Down to the previous trace (bands).</summary>
    [JsonStringEnumMemberName("tonexty")]
    ToNextY,

    /// <summary>Closes the trace's own outline.</summary>
    [JsonStringEnumMemberName("toself")]
    ToSelf,
}

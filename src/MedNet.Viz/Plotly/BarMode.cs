// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly;

/// <summary>How bars of several traces at the same position are arranged.</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    [JsonStringEnumMemberName("group")]
    Group,

    /// <summary>On top of each other.</summary>
    [JsonStringEnumMemberName("stack")]
    Stack,

    /// <summary>Drawn over each other (use opacity), e.g. overlaid histograms.</summary>
    [JsonStringEnumMemberName("overlay")]
    Overlay,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plotly.Traces;

/// <summary>Which samples a box plot draws as points.</summary>
public enum BoxPoints
{
    /// <summary>Only points beyond the whiskers.</summary>
    Outliers,

    /// <summary>Every sample (jittered).</summary>
    All,

    /// <summary>No points.</summary>
    None,
}

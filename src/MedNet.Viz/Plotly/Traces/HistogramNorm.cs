// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>What a histogram bar's height means.</summary>
public enum HistogramNorm
{
    /// <summary>Number of samples in the bin (plotly's default; written as no value).</summary>
    Count,

    /// <summary>Percentage of all samples.</summary>
    [JsonStringEnumMemberName("percent")]
    Percent,

    /// <summary>Fraction of all samples.</summary>
    [JsonStringEnumMemberName("probability")]
    Probability,

    /// <summary>Probability density (area sums to 1).</summary>
    [JsonStringEnumMemberName("probability density")]
    ProbabilityDensity,
}

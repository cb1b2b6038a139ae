// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>A histogram of raw values, binned by plotly.js in the browser.</summary>
public sealed class Histogram : Trace
{
    /// <summary>"histogram".</summary>
    public override string Type => "histogram";

    /// <summary>The samples; non-empty. Non-finite values are written as null and not counted.</summary>
    public required DataArray X { get; init; }

    /// <summary>Maximum number of bins, ≥ 1; plotly chooses when null.</summary>
    public int? NBinsX { get; init; }

    /// <summary>Normalisation of bar heights.</summary>
    [JsonIgnore]
    public HistogramNorm? HistNorm { get; init; }

    [JsonInclude]
    [JsonPropertyName("histnorm")]
    internal HistogramNorm? HistNormWire => HistNorm == HistogramNorm.Count ? null : HistNorm;

    /// <summary>Bar fill.</summary>
    public Marker? Marker { get; init; }

    /// <inheritdoc/>
    public override void Validate(int index, IList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        RequireNonEmpty("x", X?.Length, index, problems);
        if (NBinsX is < 1)
        {
            problems.Add($"{Describe(index)}: expected nbinsx >= 1 but got {NBinsX}.");
        }
    }
}

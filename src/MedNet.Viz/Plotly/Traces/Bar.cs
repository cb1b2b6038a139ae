// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>Bars: one per (category, value) pair; vertical unless <see cref="Horizontal"/>.</summary>
public sealed class Bar : Trace
{
    /// <summary>"bar".</summary>
    public override string Type => "bar";

    /// <summary>Bar positions (categories or numbers) for vertical bars, bar lengths for horizontal ones; same length as y.</summary>
    public required DataArray X { get; init; }

    /// <summary>Bar lengths for vertical bars, positions for horizontal ones.</summary>
    public required DataArray Y { get; init; }

    /// <summary>Draws horizontal bars (y are the categories). Default: false.</summary>
    [JsonIgnore]
    public bool Horizontal { get; init; }

    /// <summary>Bar fill and outline.</summary>
    public Marker? Marker { get; init; }

    /// <summary>Per-bar text; same length as the bars.</summary>
    public DataArray? Text { get; init; }

    /// <summary>Error bars on y (vertical bars), e.g. ± sd over seeds; one value per bar.</summary>
    [JsonPropertyName("error_y")]
    public ErrorBars? ErrorY { get; init; }

    [JsonInclude]
    [JsonPropertyName("orientation")]
    internal string? OrientationWire => Horizontal ? "h" : null;

    /// <inheritdoc/>
    public override void Validate(int index, IList<string> problems)
    {
        if (!RequireNonEmpty("x", X?.Length, index, problems) | !RequireNonEmpty("y", Y?.Length, index, problems))
        {
            return;
        }

        RequireSameLength("x", X!.Length, "y", Y!.Length, index, problems);
        RequireSameLength("text", Text?.Length, "y", Y.Length, index, problems);
        RequireSameLength("error_y", ErrorY?.Array.Length, "y", Y.Length, index, problems);
    }
}

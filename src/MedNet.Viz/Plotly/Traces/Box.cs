// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>A box plot (median, quartiles, whiskers) of the values, computed by plotly.js.</summary>
public sealed class Box : Trace
{
    /// <summary>"box".</summary>
    public override string Type => "box";

    /// <summary>The samples; non-empty.</summary>
    public required DataArray Y { get; init; }

    /// <summary>Group label per sample (one box per distinct label); same length as y, or null for a single box.</summary>
    public DataArray? X { get; init; }

    /// <summary>Which sample points are drawn beside the box. Default plotly: outliers.</summary>
    [JsonIgnore]
    public BoxPoints Points { get; init; } = BoxPoints.Outliers;

    /// <summary>Draws the mean as a dashed line. Default: false.</summary>
    public bool? BoxMean { get; init; }

    /// <summary>Box fill and point style.</summary>
    public Marker? Marker { get; init; }

    [JsonInclude]
    [JsonPropertyName("boxpoints")]
    internal object BoxPointsWire => Points switch
    {
        BoxPoints.Outliers => "outliers",
        BoxPoints.All => "all",
        BoxPoints.None => false,
        _ => throw new InvalidOperationException(
            $"Box.Points: expected one of {string.Join(", ", Enum.GetNames<BoxPoints>())} but got {Points}."),
    };

    /// <inheritdoc/>
    public override void Validate(int index, IList<string> problems)
    {
        if (RequireNonEmpty("y", Y?.Length, index, problems))
        {
            RequireSameLength("x", X?.Length, "y", Y!.Length, index, problems);
        }
    }
}

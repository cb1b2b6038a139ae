// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>Points joined by lines and/or drawn as markers; set <see cref="WebGl"/> for long traces (ECG records).</summary>
public sealed class Scatter : Trace
{
    /// <summary>"scattergl" when <see cref="WebGl"/>, else "scatter".</summary>
    public override string Type => WebGl ? "scattergl" : "scatter";

    /// <summary>Draws with WebGL (plotly's scattergl): stays interactive with tens of thousands of points.</summary>
    [JsonIgnore]
    public bool WebGl { get; init; }

    /// <summary>x values (numbers or category labels); 0, 1, 2, … when null.</summary>
    public DataArray? X { get; init; }

    /// <summary>y values; required and non-empty. Non-finite values become gaps.</summary>
    public required DataArray Y { get; init; }

    /// <summary>Lines, markers, text or a combination; plotly chooses when null.</summary>
    [JsonConverter(typeof(ScatterModeConverter))]
    public ScatterMode? Mode { get; init; }

    /// <summary>Line style.</summary>
    public LineStyle? Line { get; init; }

    /// <summary>Marker style.</summary>
    public Marker? Marker { get; init; }

    /// <summary>Per-point text (labels shown with <see cref="ScatterMode.Text"/> and in hover); same length as y.</summary>
    public DataArray? Text { get; init; }

    /// <summary>Where the text sits relative to the point, e.g. "top center".</summary>
    public string? TextPosition { get; init; }

    /// <summary>Area fill, e.g. to zero or to the previous trace.</summary>
    public FillMode? Fill { get; init; }

    /// <summary>Fill colour (CSS colour).</summary>
    public string? FillColor { get; init; }

    /// <summary>Whether lines bridge gaps (null values). Default plotly: false.</summary>
    public bool? ConnectGaps { get; init; }

    /// <summary>A line through (x, y) with the given style.</summary>
    /// <param name="x">x values; same length as <paramref name="y"/>.</param>
    /// <param name="y">y values.</param>
    /// <param name="name">Legend name.</param>
    /// <param name="line">Line style; plotly's colour cycle when null.</param>
    /// <param name="webGl">Use scattergl. Default: false.</param>
    /// <returns>The trace.</returns>
    public static Scatter Lines(DataArray x, DataArray y, string? name = null, LineStyle? line = null, bool webGl = false) =>
        new() { X = x, Y = y, Name = name, Mode = ScatterMode.Lines, Line = line, WebGl = webGl };

    /// <summary>Markers at (x, y).</summary>
    /// <param name="x">x values; same length as <paramref name="y"/>.</param>
    /// <param name="y">y values.</param>
    /// <param name="name">Legend name.</param>
    /// <param name="marker">Marker style.</param>
    /// <returns>The trace.</returns>
    public static Scatter Markers(DataArray x, DataArray y, string? name = null, Marker? marker = null) =>
        new() { X = x, Y = y, Name = name, Mode = ScatterMode.Markers, Marker = marker };

    /// <inheritdoc/>
    public override void Validate(int index, IList<string> problems)
    {
        if (!RequireNonEmpty("y", Y?.Length, index, problems))
        {
            return;
        }

        RequireSameLength("x", X?.Length, "y", Y!.Length, index, problems);
        RequireSameLength("text", Text?.Length, "y", Y.Length, index, problems);
        RequireSameLength("marker.colorvalues", Marker?.ColorValues?.Length, "y", Y.Length, index, problems);
    }
}

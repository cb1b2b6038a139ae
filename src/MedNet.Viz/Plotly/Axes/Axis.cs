// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Axes;

/// <summary>One x or y axis of the layout: title, range, ticks, grid, and where it sits (domain) for subplots.</summary>
public sealed class Axis
{
    /// <summary>Axis title; by convention (STYLE.md rule 19) it carries the unit, e.g. "Time (s)".</summary>
    [JsonIgnore]
    public string? Title { get; set; }

    /// <summary>Scale type; plotly guesses when null.</summary>
    public AxisType? Type { get; set; }

    /// <summary>Initial visible range [min, max] in data units; autorange when null.</summary>
    [JsonIgnore]
    public (double Min, double Max)? Range { get; set; }

    /// <summary>Fraction of the plotting area [start, end] in 0–1 this axis spans; used to lay out subplots.</summary>
    [JsonIgnore]
    public (double Start, double End)? Domain { get; set; }

    /// <summary>The axis this one is drawn against (its position crosses that axis).</summary>
    public AxisId? Anchor { get; set; }

    /// <summary>Shares the range of another axis of the same letter: zooming one zooms both (shared axes).</summary>
    public AxisId? Matches { get; set; }

    /// <summary>Draws this axis over another one's area (a secondary y axis on the right, for example).</summary>
    public AxisId? Overlaying { get; set; }

    /// <summary>Side the axis is drawn on: "left", "right", "top" or "bottom"; plotly's default when null.</summary>
    public AxisSide? Side { get; set; }

    /// <summary>Ties this axis's scale to another axis: one unit here is <see cref="ScaleRatio"/> units there on screen.</summary>
    public AxisId? ScaleAnchor { get; set; }

    /// <summary>Screen length of one unit of this axis per unit of <see cref="ScaleAnchor"/>; &gt; 0.</summary>
    public double? ScaleRatio { get; set; }

    /// <summary>With <see cref="ScaleAnchor"/>: true shrinks this axis's domain to keep the aspect, false (plotly default) widens its range.</summary>
    [JsonIgnore]
    public bool ConstrainDomain { get; set; }

    /// <summary>Distance between major ticks in data units; automatic when null.</summary>
    [JsonPropertyName("dtick")]
    public double? TickStep { get; set; }

    /// <summary>Label every n-th major tick only (n ≥ 1), e.g. 5 to label each second on a 0.2 s grid.</summary>
    public int? TickLabelStep { get; set; }

    /// <summary>Value at which major ticks start.</summary>
    public double? Tick0 { get; set; }

    /// <summary>d3 format string of tick labels, e.g. ".2f" or ".0%".</summary>
    public string? TickFormat { get; set; }

    /// <summary>Whether tick labels are drawn.</summary>
    public bool? ShowTickLabels { get; set; }

    /// <summary>Whether major grid lines are drawn.</summary>
    public bool? ShowGrid { get; set; }

    /// <summary>Colour of the major grid lines (CSS colour).</summary>
    public string? GridColor { get; set; }

    /// <summary>Width of the major grid lines in px.</summary>
    public double? GridWidth { get; set; }

    /// <summary>Whether a line is drawn at 0.</summary>
    public bool? ZeroLine { get; set; }

    /// <summary>Minor grid lines every <see cref="MinorGrid.Step"/> data units (e.g. the 1 mm boxes of ECG paper).</summary>
    public MinorGrid? Minor { get; set; }

    /// <summary>Reverses the axis (largest value first), e.g. a confusion matrix's true-class axis read from the top.</summary>
    [JsonIgnore]
    public bool Reversed { get; set; }

    /// <summary>Whether the axis can be zoomed; false pins it.</summary>
    [JsonIgnore]
    public bool Fixed { get; set; }

    [JsonInclude]
    [JsonPropertyName("title")]
    internal TitleJson? TitleWire => Title is null ? null : new TitleJson(Title);

    [JsonInclude]
    [JsonPropertyName("range")]
    internal double[]? RangeWire => Range is { } r ? (Reversed ? [r.Max, r.Min] : [r.Min, r.Max]) : null;

    [JsonInclude]
    [JsonPropertyName("domain")]
    internal double[]? DomainWire => Domain is { } d ? [d.Start, d.End] : null;

    [JsonInclude]
    [JsonPropertyName("autorange")]
    internal string? AutoRangeWire => Reversed && Range is null ? "reversed" : null;

    [JsonInclude]
    [JsonPropertyName("fixedrange")]
    internal bool? FixedWire => Fixed ? true : null;

    [JsonInclude]
    [JsonPropertyName("constrain")]
    internal string? ConstrainWire => ConstrainDomain ? "domain" : null;

    internal sealed record TitleJson([property: JsonPropertyName("text")] string Text);
}

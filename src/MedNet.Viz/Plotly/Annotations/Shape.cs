// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Annotations;

/// <summary>A rectangle or line drawn on the plot: shaded regions, vertical markers, threshold lines.</summary>
/// <remarks>Coordinates are in the units of <see cref="XRef"/>/<see cref="YRef"/>: data units of an axis, 0–1 of an axis domain,
/// or 0–1 of the whole plotting area (<see cref="AxisId.Paper"/>).</remarks>
public sealed record Shape
{
    /// <summary>Rectangle or line.</summary>
    public required ShapeKind Type { get; init; }

    /// <summary>Start x.</summary>
    public required double X0 { get; init; }

    /// <summary>End x.</summary>
    public required double X1 { get; init; }

    /// <summary>Start y.</summary>
    public required double Y0 { get; init; }

    /// <summary>End y.</summary>
    public required double Y1 { get; init; }

    /// <summary>What x is measured in. Default: the first x axis.</summary>
    public AxisId XRef { get; init; } = AxisId.X1;

    /// <summary>What y is measured in. Default: the first y axis.</summary>
    public AxisId YRef { get; init; } = AxisId.Y1;

    /// <summary>Fill of a rectangle (CSS colour; use rgba for transparency).</summary>
    public string? FillColor { get; init; }

    /// <summary>Opacity of the whole shape, 0–1.</summary>
    public double? Opacity { get; init; }

    /// <summary>Outline (rectangle) or the line itself.</summary>
    public LineStyle? Line { get; init; }

    /// <summary>Drawn under or over the traces.</summary>
    public ShapeLayer? Layer { get; init; }

    /// <summary>A shaded band over the full height of an axis between two x values (e.g. a labelled anomaly).</summary>
    /// <param name="x0">Start in data units of <paramref name="xAxis"/>.</param>
    /// <param name="x1">End in data units of <paramref name="xAxis"/>.</param>
    /// <param name="fillColor">CSS colour, preferably rgba with alpha ≤ 0.3 so the trace stays visible.</param>
    /// <param name="xAxis">The x axis; default the first.</param>
    /// <param name="yAxis">The y axis whose full height is shaded; default the first.</param>
    /// <returns>The shape.</returns>
    public static Shape XRegion(double x0, double x1, string fillColor, AxisId? xAxis = null, AxisId? yAxis = null) => new()
    {
        Type = ShapeKind.Rect,
        X0 = x0,
        X1 = x1,
        Y0 = 0,
        Y1 = 1,
        XRef = xAxis ?? AxisId.X1,
        YRef = (yAxis ?? AxisId.Y1).Domain(),
        FillColor = fillColor,
        Line = new LineStyle { Width = 0 },
        Layer = ShapeLayer.Below,
    };

    /// <summary>A vertical line over the full height of an axis (an event marker).</summary>
    /// <param name="x">Position in data units of <paramref name="xAxis"/>.</param>
    /// <param name="line">Colour, width and dash.</param>
    /// <param name="xAxis">The x axis; default the first.</param>
    /// <param name="yAxis">The y axis whose full height the line spans; default the first.</param>
    /// <returns>The shape.</returns>
    public static Shape VerticalLine(double x, LineStyle line, AxisId? xAxis = null, AxisId? yAxis = null) => new()
    {
        Type = ShapeKind.Line,
        X0 = x,
        X1 = x,
        Y0 = 0,
        Y1 = 1,
        XRef = xAxis ?? AxisId.X1,
        YRef = (yAxis ?? AxisId.Y1).Domain(),
        Line = line,
    };

    /// <summary>A horizontal line across the full width of an axis (a threshold).</summary>
    /// <param name="y">Position in data units of <paramref name="yAxis"/>.</param>
    /// <param name="line">Colour, width and dash.</param>
    /// <param name="xAxis">The x axis whose full width the line spans; default the first.</param>
    /// <param name="yAxis">The y axis; default the first.</param>
    /// <returns>The shape.</returns>
    public static Shape HorizontalLine(double y, LineStyle line, AxisId? xAxis = null, AxisId? yAxis = null) => new()
    {
        Type = ShapeKind.Line,
        X0 = 0,
        X1 = 1,
        Y0 = y,
        Y1 = y,
        XRef = (xAxis ?? AxisId.X1).Domain(),
        YRef = yAxis ?? AxisId.Y1,
        Line = line,
    };
}

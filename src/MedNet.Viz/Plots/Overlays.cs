// SPDX-License-Identifier: MIT
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace MedNet.Viz.Plots;

/// <summary>Plotly.NET shapes to lay over a kit figure (labelled regions, detections), for <see cref="ChartExtensions.WithShapes"/>.</summary>
/// <remarks>Plotly.NET's own <c>Shape.init</c> takes F# options; these build the two shapes the notebooks use from plain C# values.</remarks>
public static class Overlays
{
    /// <summary>A shaded time interval over the plot's full height, drawn above the grid and under the traces.</summary>
    /// <param name="x0">Start on the x axis (e.g. s).</param>
    /// <param name="x1">End on the x axis, ≥ <paramref name="x0"/>.</param>
    /// <param name="fillColor">CSS colour, e.g. <c>rgba(31,119,180,0.25)</c>.</param>
    /// <returns>The shape (x in data units of the first x axis, y over the first y axis's domain).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite or <paramref name="x1"/> &lt; <paramref name="x0"/>.</exception>
    public static Shape XRegion(double x0, double x1, string fillColor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fillColor);
        if (!double.IsFinite(x0) || !double.IsFinite(x1) || x1 < x0)
        {
            throw new ArgumentOutOfRangeException(nameof(x1), x1, $"{nameof(XRegion)}: expected finite x0 <= x1 but got x0 = {x0}, x1 = {x1}.");
        }

        return ChartParts.XRegion(x0, x1, fillColor);
    }

    /// <summary>A vertical line over the plot's full height.</summary>
    /// <param name="x">Position on the x axis (e.g. s), finite.</param>
    /// <param name="color">CSS colour. Default: green (<c>#2ca02c</c>).</param>
    /// <param name="dashed">Whether the line is dashed. Default: true.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not finite.</exception>
    public static Shape VerticalLine(double x, string color = "#2ca02c", bool dashed = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(color);
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"{nameof(VerticalLine)}: expected a finite x but got {x}.");
        }

        return ChartParts.VerticalLine(x, ChartParts.LineStyle(color, 1, dashed ? "dash" : "solid"));
    }
}

// SPDX-License-Identifier: MIT
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace MedNet.Viz.Plots;

/// <summary>
/// C# spellings of two Plotly.NET chart functions that Plotly.NET.CSharp 0.14 does not carry: <c>Chart.withTitle</c> and
/// <c>Chart.withShapes</c> (appending). Everything else is Plotly.NET's own: <c>.WithXAxisStyle(…)</c>, <c>.WithSize(…)</c>,
/// <c>Chart.Combine(…)</c> from Plotly.NET.CSharp, or any <c>Plotly.NET.Chart.with…(…).Invoke(chart)</c>.
/// </summary>
public static class ChartExtensions
{
    /// <summary>Sets the chart's title (Plotly.NET's <c>Chart.withTitle</c>).</summary>
    /// <param name="chart">A chart, e.g. from <see cref="Figures"/>.</param>
    /// <param name="title">The title.</param>
    /// <returns>The retitled chart.</returns>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(title);
        return Chart.withTitle(title, null).Invoke(chart);
    }

    /// <summary>Adds shapes to the ones the chart has (Plotly.NET's <c>Chart.withShapes</c> with <c>Append = true</c>).</summary>
    /// <param name="chart">A chart.</param>
    /// <param name="shapes">Shapes, e.g. from <see cref="Overlays"/>.</param>
    /// <returns>The chart with the shapes added.</returns>
    public static GenericChart WithShapes(this GenericChart chart, IEnumerable<Shape> shapes)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(shapes);
        return Chart.withShapes(shapes.ToList(), ChartParts.Some(true)).Invoke(chart);
    }
}

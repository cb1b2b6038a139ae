// SPDX-License-Identifier: MIT
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace MedNet.Viz.Plots;

/// <summary>The Plotly.NET objects the figures share (axes, shapes, notes, legends, the common layout), made short to build from C#.</summary>
/// <remarks>
/// Traces come from Plotly.NET.CSharp's chart functions. Layout objects are Plotly.NET's own types (<c>LinearAxis</c>,
/// <c>Shape</c>, <c>Annotation</c>, …); their F# <c>init</c> functions list every property without C# defaults, so the few
/// properties a figure needs are set on the object by their plotly.js names (<see cref="Dyn{T}"/>), as Plotly.NET itself
/// does for properties it has no parameter for.
/// </remarks>
internal static class ChartParts
{
    /// <summary>Points beyond which a scatter trace is drawn with WebGL (scattergl) instead of SVG.</summary>
    public const int WebGlThreshold = 20_000;

    /// <summary>An F# option holding <paramref name="value"/>.</summary>
    public static FSharpOption<T> Some<T>(T value) => FSharpOption<T>.Some(value);

    /// <summary>A Plotly.NET colour from a CSS colour string (<c>#1a1a1a</c>, <c>rgba(…)</c>).</summary>
    public static Color Css(string css) => Color.fromString(css);

    /// <summary>Applies one of Plotly.NET's chart functions (<c>Chart.withXAxis(…)</c>, …) to a chart.</summary>
    public static GenericChart Apply(this GenericChart chart, FSharpFunc<GenericChart, GenericChart> style) => style.Invoke(chart);

    /// <summary>
    /// A Plotly.NET object with plotly.js properties set by name: Plotly.NET's <c>init</c> functions for shapes, annotations,
    /// fonts and legends list every property without C# defaults, so the kit sets the few it needs on the object itself.
    /// </summary>
    public static T Dyn<T>(params (string Name, object? Value)[] properties)
        where T : DynamicObj.DynamicObj, new()
    {
        var obj = new T();
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                obj.SetProperty(name, value);
            }
        }

        return obj;
    }

    /// <summary>A line style (colour, width, dash: <c>solid</c>, <c>dash</c>, <c>dot</c>, <c>dashdot</c>).</summary>
    public static Line LineStyle(string? color = null, double? width = null, string? dash = null) =>
        Dyn<Line>(("color", color), ("width", width), ("dash", dash));

    /// <summary>A font of the given size and colour.</summary>
    public static Font FontOf(double size, string? color = null) => Dyn<Font>(("size", size), ("color", color));

    /// <summary>A title object holding <paramref name="text"/>.</summary>
    public static Title TitleOf(string text) => Dyn<Title>(("text", text));

    /// <summary>A linear axis with the properties the kit's figures set; unset (null) ones keep plotly's defaults.</summary>
    public static LinearAxis Axis(
        string? title = null,
        (double Min, double Max)? range = null,
        string? type = null,
        double? tickStep = null,
        int? tickLabelStep = null,
        bool? showTickLabels = null,
        bool? showGrid = null,
        string? gridColor = null,
        bool? zeroLine = null,
        Minor? minor = null,
        string? scaleAnchor = null,
        double? scaleRatio = null,
        string? constrain = null,
        string? anchor = null,
        string? overlaying = null,
        string? side = null,
        (double Start, double End)? domain = null,
        string? tickFormat = null,
        bool reversed = false) =>
        Dyn<LinearAxis>(
            ("title", title is null ? null : TitleOf(title)),
            ("type", type),
            ("autorange", reversed ? "reversed" : null),
            ("range", range is { } r ? new[] { r.Min, r.Max } : null),
            ("scaleanchor", scaleAnchor),
            ("scaleratio", scaleRatio),
            ("constrain", constrain),
            ("dtick", tickStep),
            ("ticklabelstep", tickLabelStep),
            ("showticklabels", showTickLabels),
            ("minor", minor),
            ("tickformat", tickFormat),
            ("showgrid", showGrid),
            ("gridcolor", gridColor),
            ("zeroline", zeroLine),
            ("anchor", anchor),
            ("side", side),
            ("overlaying", overlaying),
            ("domain", domain is { } d ? new[] { d.Start, d.End } : null));

    /// <summary>The minor grid of one axis (the 1 mm boxes of ECG paper).</summary>
    public static Minor MinorGrid(double step, string color) => Dyn<Minor>(("dtick", step), ("gridcolor", color), ("showgrid", true));

    /// <summary>Styles x axis <paramref name="id"/> (1 = <c>xaxis</c>), combined with what the chart already set.</summary>
    public static GenericChart WithXAxis(this GenericChart chart, LinearAxis axis, int id = 1) =>
        chart.Apply(Chart.withXAxis(axis, Some(StyleParam.SubPlotId.NewXAxis(id))));

    /// <summary>Styles y axis <paramref name="id"/> (1 = <c>yaxis</c>), combined with what the chart already set.</summary>
    public static GenericChart WithYAxis(this GenericChart chart, LinearAxis axis, int id = 1) =>
        chart.Apply(Chart.withYAxis(axis, Some(StyleParam.SubPlotId.NewYAxis(id))));

    /// <summary>A shaded x interval spanning the plot's height, above the grid and under the traces.</summary>
    public static Shape XRegion(double x0, double x1, string fillColor, int xAxis = 1, int yAxis = 1) =>
        Dyn<Shape>(
            ("type", "rect"),
            ("x0", x0),
            ("x1", x1),
            ("y0", 0.0),
            ("y1", 1.0),
            ("xref", AxisRef('x', xAxis)),
            ("yref", AxisRef('y', yAxis) + " domain"),
            ("fillcolor", fillColor),
            ("line", LineStyle(width: 0)),
            ("layer", "between"));

    /// <summary>A vertical line at <paramref name="x"/> over the plot's height.</summary>
    public static Shape VerticalLine(double x, Line line, int xAxis = 1, int yAxis = 1) =>
        Dyn<Shape>(
            ("type", "line"),
            ("x0", x),
            ("x1", x),
            ("y0", 0.0),
            ("y1", 1.0),
            ("xref", AxisRef('x', xAxis)),
            ("yref", AxisRef('y', yAxis) + " domain"),
            ("line", line));

    /// <summary>A small grey note above the plot's top-left corner (decimation, thinned markers).</summary>
    public static Annotation Note(string text) =>
        Dyn<Annotation>(
            ("text", text),
            ("x", 0.0),
            ("y", 1.0),
            ("xref", "paper"),
            ("yref", "paper"),
            ("xanchor", "left"),
            ("yanchor", "bottom"),
            ("showarrow", false),
            ("font", FontOf(11, "#555")));

    /// <summary>A label at a data x inside a subplot, at the top of that subplot's y domain.</summary>
    public static Annotation Label(string text, double x, int xAxis, int yAxis) =>
        Dyn<Annotation>(
            ("text", text),
            ("x", x),
            ("y", 1.0),
            ("xref", AxisRef('x', xAxis)),
            ("yref", AxisRef('y', yAxis) + " domain"),
            ("xanchor", "left"),
            ("yanchor", "top"),
            ("showarrow", false),
            ("font", FontOf(12)));

    /// <summary>A legend in one row above the plot, right-aligned.</summary>
    public static Legend TopRowLegend() =>
        Dyn<Legend>(("orientation", "h"), ("x", 1.0), ("y", 1.02), ("xanchor", "right"), ("yanchor", "bottom"));

    /// <summary>A legend inside the plot's bottom-right corner.</summary>
    public static Legend BottomRightLegend() =>
        Dyn<Legend>(("x", 0.98), ("y", 0.02), ("xanchor", "right"), ("yanchor", "bottom"));

    /// <summary>
    /// The look every kit figure shares: Plotly.NET's light template, the given height, width left to the page (plotly fills
    /// the output's width), title, legend and annotations appended.
    /// </summary>
    /// <remarks>
    /// The figures' traces are made with <c>UseDefaults: false</c>: Plotly.NET's default layout (its "plotly" template and a
    /// fixed 600 × 600 px) took ~180 ms to serialise per chart here, more than the kit's whole figure; the light template set
    /// here serialises in well under a millisecond.
    /// </remarks>
    public static GenericChart Finish(this GenericChart chart, string title, int height, bool showLegend, string? plotBackground = null, IEnumerable<Annotation>? notes = null)
    {
        var layout = Dyn<Layout>(
            ("title", TitleOf(title)),
            ("showlegend", showLegend),
            ("height", height),
            ("plot_bgcolor", plotBackground),
            ("template", ChartTemplates.light));
        chart = chart.Apply(Chart.withLayout(layout));
        return notes is null ? chart : chart.Apply(Chart.withAnnotations(notes, Append: Some(true)));
    }

    /// <summary>A colour scale from (position, CSS colour) stops, positions 0 → 1.</summary>
    public static StyleParam.Colorscale Scale(params (double Position, string Color)[] stops) =>
        StyleParam.Colorscale.NewCustom(stops.Select(s => Tuple.Create(s.Position, Css(s.Color))).ToList());

    /// <summary>A colour bar with a title.</summary>
    public static ColorBar ColorBarTitled(string title) => Dyn<ColorBar>(("title", TitleOf(title)));

    /// <summary>
    /// Sets plotly.js properties on every trace of the chart that Plotly.NET.CSharp's chart functions do not take
    /// (<c>zmin</c>, <c>texttemplate</c>, <c>hovertemplate</c>, …), by their plotly.js names.
    /// </summary>
    public static GenericChart WithTraceProperties(this GenericChart chart, params (string Name, object Value)[] properties) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            foreach (var (name, value) in properties)
            {
                trace.SetProperty(name, value);
            }

            return trace;
        }), chart);

    /// <summary>The reference name plotly uses for an axis: <c>x</c>, <c>x2</c>, <c>y3</c>.</summary>
    public static string AxisRef(char letter, int id) => id == 1 ? letter.ToString() : letter + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The x axis <paramref name="id"/> as plotly names it in anchors: <c>x</c>, <c>x2</c>.</summary>
    public static string X(int id) => AxisRef('x', id);

    /// <summary>The y axis <paramref name="id"/> as plotly names it in anchors: <c>y</c>, <c>y2</c>.</summary>
    public static string Y(int id) => AxisRef('y', id);
}

// SPDX-License-Identifier: MIT
using MedNet.Viz.Decimation;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;
using GenericChart = Plotly.NET.GenericChart;

namespace MedNet.Viz.Plots;

/// <summary>One function per figure the notebooks show (STYLE.md rule 19), each a Plotly.NET chart; every axis title carries its unit.</summary>
/// <remarks>
/// Inputs are plain arrays so MedNet.Viz depends on no other project of the kit. Each function returns a Plotly.NET
/// <see cref="GenericChart"/>, so a figure is restyled or combined with Plotly.NET's own API (<c>Chart.Combine</c>,
/// <c>.WithXAxisStyle(…)</c>, <c>Plotly.NET.Chart.withShapes(…)</c>) and shown by Plotly.NET.Interactive's formatter.
/// Traces longer than the display budget are reduced with the kit's <see cref="MinMaxDecimator"/> and the figure says so
/// in a note ("displayed: 4,000 of 650,000 points, …").
/// </remarks>
public static partial class Figures
{
    /// <summary>Default number of points drawn per long trace.</summary>
    public const int DefaultMaxPoints = 5000;

    private const string TraceColor = "#1a1a1a";
    private const string TruePositiveColor = "#2ca02c";
    private const string FalsePositiveColor = "#d62728";
    private const string ThresholdColor = "#ff7f0e";
    private const string LabelRegionColor = "rgba(255,127,14,0.15)";
    private const string BeatColor = "#1f77b4";
    private const string PaperBackground = "#fffafa";

    /// <summary>Width in px of a chart's plot area in a typical notebook output (VS Code, Jupyter): sizes ECG strips.</summary>
    private const double TypicalPlotWidth = 900;

    /// <summary>Height in px of a strip's title, note and axis margins.</summary>
    private const double StripMargins = 170;

    /// <summary>Blue (0) → yellow (0.5) → red (1), the Grad-CAM scale described for [MSA] Fig. 1.</summary>
    private static readonly StyleParam.Colorscale BlueYellowRed = ChartParts.Scale((0, "#2c7bb6"), (0.5, "#ffff8c"), (1, "#d7191c"));

    /// <summary>White → dark blue, for counts and fractions.</summary>
    private static readonly StyleParam.Colorscale Blues = ChartParts.Scale((0, "#f7fbff"), (0.5, "#6baed6"), (1, "#08306b"));

    /// <summary>The ECG paper grid of one subplot: 5 mm lines with time labels every 1 s and amplitude labels every 1 mV, 1 mm minor lines, 25 mm/s and 10 mm/mV.</summary>
    /// <remarks>
    /// The amplitude axis is tied to time (<c>scaleanchor</c>, ratio 0.4) and time keeps exactly its range: when the page's
    /// aspect does not match, plotly narrows the time axis's domain or widens the amplitude range (more paper above and
    /// below), never the time range.
    /// </remarks>
    /// <param name="chart">The chart.</param>
    /// <param name="xAxis">The subplot's x axis id (1 = <c>xaxis</c>).</param>
    /// <param name="yAxis">The subplot's y axis id.</param>
    /// <param name="xRange">Time range in s.</param>
    /// <param name="yRange">Amplitude range in mV.</param>
    /// <param name="showTimeLabels">Whether x tick labels are shown (bottom row only in stacked layouts).</param>
    /// <returns>The chart with both axes styled.</returns>
    internal static GenericChart WithPaperGrid(GenericChart chart, int xAxis, int yAxis, (double, double) xRange, (double, double) yRange, bool showTimeLabels) =>
        chart
            .WithXAxis(ChartParts.Axis(
                range: xRange,
                tickStep: EcgPaper.LargeBoxSeconds,
                tickLabelStep: 5,
                showTickLabels: showTimeLabels,
                showGrid: true,
                gridColor: EcgPaper.LargeBoxColor,
                zeroLine: false,
                minor: ChartParts.MinorGrid(EcgPaper.SmallBoxSeconds, EcgPaper.SmallBoxColor),
                constrain: "domain"), xAxis)
            .WithYAxis(ChartParts.Axis(
                range: yRange,
                tickStep: EcgPaper.LargeBoxMillivolts,
                tickLabelStep: 2,
                showGrid: true,
                gridColor: EcgPaper.LargeBoxColor,
                zeroLine: false,
                minor: ChartParts.MinorGrid(EcgPaper.SmallBoxMillivolts, EcgPaper.SmallBoxColor),
                scaleAnchor: ChartParts.X(xAxis),
                scaleRatio: EcgPaper.AmplitudeToTimeScaleRatio), yAxis);

    /// <summary>A line trace; WebGL (scattergl) beyond <see cref="ChartParts.WebGlThreshold"/> points.</summary>
    /// <param name="x">x values.</param>
    /// <param name="y">y values (NaN drawn as a gap).</param>
    /// <param name="name">Legend name.</param>
    /// <param name="color">CSS colour, or null for the template's next colour.</param>
    /// <param name="width">Line width in px.</param>
    /// <param name="dash">plotly dash style (<c>dash</c>, <c>dot</c>, …), or null for solid.</param>
    /// <param name="markers">Whether each point also gets a marker.</param>
    /// <param name="webGl">Draw with WebGL; null decides by length.</param>
    /// <returns>A one-trace chart.</returns>
    internal static GenericChart Lines(double[] x, double[] y, string name, string? color = null, double width = 1, string? dash = null, bool markers = false, bool? webGl = null) =>
        Chart.Scatter<double, double, string>(
            x,
            y,
            markers ? StyleParam.Mode.Lines_Markers : StyleParam.Mode.Lines,
            Name: name,
            Line: ChartParts.LineStyle(color, width, dash),
            Marker: ChartParts.Dyn<Plotly.NET.TraceObjects.Marker>(("color", color)),
            UseWebGL: webGl ?? x.Length > ChartParts.WebGlThreshold,
            UseDefaults: false);

    /// <summary>Amplitude range rounded outward to whole large boxes, at least [-0.5, 1] mV.</summary>
    /// <param name="values">Displayed values (NaN ignored).</param>
    /// <returns>The range in mV.</returns>
    internal static (double Min, double Max) PaperRange(ReadOnlySpan<double> values)
    {
        double lo = -0.5, hi = 1.0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }
        }

        var step = EcgPaper.LargeBoxMillivolts;
        return (Math.Floor(lo / step) * step, Math.Ceiling(hi / step) * step);
    }

    /// <summary>Throws when the sampling rate is not a finite positive number.</summary>
    /// <param name="samplingRateHz">The rate.</param>
    /// <param name="op">The figure function, for the message.</param>
    internal static void CheckRate(double samplingRateHz, string op)
    {
        if (!(samplingRateHz > 0) || !double.IsFinite(samplingRateHz))
        {
            throw new ArgumentOutOfRangeException(
                nameof(samplingRateHz), samplingRateHz, $"{op}: expected a sampling rate in Hz > 0 but got {samplingRateHz}.");
        }
    }
}

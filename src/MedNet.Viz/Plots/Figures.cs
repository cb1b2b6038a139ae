// SPDX-License-Identifier: MIT
using MedNet.Viz.Decimation;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Annotations;
using MedNet.Viz.Plotly.Axes;

namespace MedNet.Viz.Plots;

/// <summary>One function per figure the notebooks show (STYLE.md rule 19); every axis title carries its unit.</summary>
/// <remarks>
/// Inputs are plain arrays so MedNet.Viz depends on no other project. Traces longer than the display budget are reduced with
/// <see cref="MinMaxDecimator"/> and the figure says so in a note ("displayed: 4,000 of 650,000 points, …").
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

    /// <summary>Draws the ECG paper grid on an axis pair and locks its aspect to 25 mm/s and 10 mm/mV.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="cell">The subplot's axes.</param>
    /// <param name="showTimeLabels">Whether x tick labels are shown (bottom row only in stacked layouts).</param>
    internal static void ApplyPaperGrid(Layout layout, SubplotCell cell, bool showTimeLabels)
    {
        var x = layout[cell.X];
        x.TickStep = EcgPaper.LargeBoxSeconds;
        x.TickLabelStep = 5;
        x.GridColor = EcgPaper.LargeBoxColor;
        x.ShowGrid = true;
        x.ZeroLine = false;
        x.Minor = new MinorGrid(EcgPaper.SmallBoxSeconds, EcgPaper.SmallBoxColor);
        x.ShowTickLabels = showTimeLabels ? null : false;
        var y = layout[cell.Y];
        y.TickStep = EcgPaper.LargeBoxMillivolts;
        y.TickLabelStep = 2;
        y.GridColor = EcgPaper.LargeBoxColor;
        y.ShowGrid = true;
        y.ZeroLine = false;
        y.Minor = new MinorGrid(EcgPaper.SmallBoxMillivolts, EcgPaper.SmallBoxColor);
        y.ScaleAnchor = cell.X;
        y.ScaleRatio = EcgPaper.AmplitudeToTimeScaleRatio;
    }

    /// <summary>Adds the decimation note when points were dropped.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="series">The decimated series (the first one that was reduced decides the note).</param>
    internal static void AddNoteIfDecimated(Figure figure, DecimatedSeries series)
    {
        if (series.IsDecimated)
        {
            figure.Add(Annotation.Note(series.Note));
        }
    }

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

// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Numerics;
using MedNet.Viz.Decimation;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>ECG strips, multi-lead records and the 12-lead layout.</summary>
public static partial class Figures
{
    /// <summary>Standard 12-lead order.</summary>
    public static readonly IReadOnlyList<string> TwelveLeadNames = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"];

    /// <summary>An ECG strip on standard paper (1 mm / 5 mm grid, 25 mm/s, 10 mm/mV) with beat labels.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="signalMillivolts">One lead in mV, length n ≥ 1.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0 (360 for MIT-BIH).</param>
    /// <param name="beats">Beats to label (sample index, symbol); those outside the window are skipped. Default: none.</param>
    /// <param name="lead">Lead name for the legend and axis title. Default: "ECG".</param>
    /// <param name="startSeconds">Start of the window in s from the record start, ≥ 0. Default: 0.</param>
    /// <param name="durationSeconds">Window length in s, &gt; 0; to the end when longer than the record. Default: 10 (a rhythm strip).</param>
    /// <returns>The figure; time in s on x, amplitude in mV on y.</returns>
    public static GenericChart EcgStrip<T>(
        T[] signalMillivolts,
        double samplingRateHz,
        IReadOnlyList<BeatAnnotation>? beats = null,
        string lead = "ECG",
        double startSeconds = 0,
        double durationSeconds = 10)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(signalMillivolts);
        CheckRate(samplingRateHz, nameof(EcgStrip));
        var first = (int)Math.Clamp(Math.Round(startSeconds * samplingRateHz), 0, signalMillivolts.Length);
        var count = (int)Math.Clamp(Math.Round(durationSeconds * samplingRateHz), 0, signalMillivolts.Length - first);
        if (count == 0)
        {
            throw new ArgumentException(
                $"{nameof(EcgStrip)}: expected a window with samples but {startSeconds} s + {durationSeconds} s selects none of " +
                $"{signalMillivolts.Length} samples ({signalMillivolts.Length / samplingRateHz:F1} s at {samplingRateHz} Hz).",
                nameof(durationSeconds));
        }

        var series = MinMaxDecimator.Decimate<T>(signalMillivolts.AsSpan(first, count), DefaultMaxPoints, first / samplingRateHz, 1 / samplingRateHz);
        var range = PaperRange(series.Y);
        var parts = new List<GenericChart> { Lines(series.X, series.Y, lead, TraceColor, 1.2) };
        if (beats is { Count: > 0 } && BeatMarkers(beats, first, count, samplingRateHz, range.Max) is { } marks)
        {
            parts.Add(marks);
            range.Max += 2 * EcgPaper.LargeBoxMillivolts; // the marker and its letter above the trace
        }

        var chart = WithPaperGrid(Chart.Combine(parts), 1, 1, (first / samplingRateHz, (first + count) / samplingRateHz), range, showTimeLabels: true)
            .WithXAxis(ChartParts.Axis(title: "Time (s)"))
            .WithYAxis(ChartParts.Axis(title: $"{lead} (mV)"));
        var title = string.Create(CultureInfo.InvariantCulture,
            $"ECG strip, lead {lead}: {first / samplingRateHz:F1}–{(first + count) / samplingRateHz:F1} s (25 mm/s, 10 mm/mV)");
        return chart.Finish(title, StripHeight(count / samplingRateHz, range.Max - range.Min), showLegend: false, plotBackground: PaperBackground,
            notes: series.IsDecimated ? [ChartParts.Note(series.Note)] : null);
    }

    /// <summary>Several leads stacked with a shared time axis, for whole records (e.g. 30 min of MIT-BIH, two leads).</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="leadsMillivolts">One array per lead in mV, each non-empty.</param>
    /// <param name="leadNames">One name per lead.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="maxPointsPerLead">Display budget per lead, ≥ 2; longer leads are min/max-decimated. Default: 5000.</param>
    /// <param name="title">Figure title. Default: "ECG record".</param>
    /// <returns>The figure (WebGL traces, one row per lead, zoom shared along time).</returns>
    public static GenericChart MultiLead<T>(
        IReadOnlyList<T[]> leadsMillivolts,
        IReadOnlyList<string> leadNames,
        double samplingRateHz,
        int maxPointsPerLead = DefaultMaxPoints,
        string title = "ECG record")
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(leadsMillivolts);
        ArgumentNullException.ThrowIfNull(leadNames);
        CheckRate(samplingRateHz, nameof(MultiLead));
        if (leadsMillivolts.Count == 0 || leadNames.Count != leadsMillivolts.Count)
        {
            throw new ArgumentException(
                $"{nameof(MultiLead)}: expected >= 1 lead and one name per lead but got {leadsMillivolts.Count} lead(s) and {leadNames.Count} name(s).",
                nameof(leadNames));
        }

        var rows = leadsMillivolts.Count;
        var traces = new List<GenericChart>(rows);
        var axes = new List<(LinearAxis Axis, int Id)>(rows);
        DecimatedSeries? reduced = null;
        var longest = 1;
        for (var lead = 0; lead < rows; lead++)
        {
            var signal = leadsMillivolts[lead] ?? throw new ArgumentNullException(nameof(leadsMillivolts), $"{nameof(MultiLead)}: lead {lead} is null.");
            if (signal.Length == 0)
            {
                throw new ArgumentException($"{nameof(MultiLead)}: expected samples in lead {lead} '{leadNames[lead]}' but it is empty.", nameof(leadsMillivolts));
            }

            longest = Math.Max(longest, signal.Length);
            var series = MinMaxDecimator.Decimate<T>(signal, maxPointsPerLead, 0, 1 / samplingRateHz);
            reduced ??= series.IsDecimated ? series : null;
            traces.Add(Lines(series.X, series.Y, leadNames[lead], TraceColor, webGl: true).Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(lead + 1))));
            axes.Add((ChartParts.Axis(title: $"{leadNames[lead]} (mV)", domain: RowDomain(lead, rows, 0.04), anchor: ChartParts.X(1)), lead + 1));
        }

        var chart = Chart.Combine(traces)
            .WithXAxis(ChartParts.Axis(title: "Time (s)", range: (0, (longest - 1) / samplingRateHz), anchor: ChartParts.Y(rows)));
        foreach (var (axis, id) in axes)
        {
            chart = chart.WithYAxis(axis, id);
        }

        return chart.Finish(title, 160 + (180 * rows), showLegend: false,
            notes: reduced is null ? null : [ChartParts.Note(reduced.Note + " (per lead; zoomed views keep the same points)")]);
    }

    /// <summary>The standard 12-lead printout: 3 rows of 4 leads (2.5 s each) and a 10 s rhythm strip, on ECG paper.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="leadsMillivolts">12 leads in mV in the order of <see cref="TwelveLeadNames"/>, equal lengths (10 s at 500 Hz for PTB-XL).</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="rhythmLead">Index of the lead shown as the full-length bottom strip. Default: 1 (lead II).</param>
    /// <param name="title">Figure title. Default: "12-lead ECG".</param>
    /// <returns>The figure; each row's time axis runs over the record, each lead occupies its quarter.</returns>
    public static GenericChart TwelveLead<T>(IReadOnlyList<T[]> leadsMillivolts, double samplingRateHz, int rhythmLead = 1, string title = "12-lead ECG")
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(leadsMillivolts);
        CheckRate(samplingRateHz, nameof(TwelveLead));
        var n = leadsMillivolts.Count == 12 ? leadsMillivolts[0]?.Length ?? 0 : 0;
        for (var i = 0; i < leadsMillivolts.Count && n > 0; i++)
        {
            if (leadsMillivolts[i]?.Length != n)
            {
                n = 0;
            }
        }

        if (n < 4 || (uint)rhythmLead >= 12)
        {
            throw new ArgumentException(
                $"{nameof(TwelveLead)}: expected 12 leads of equal length >= 4 and a rhythm lead in 0..11 but got {leadsMillivolts.Count} lead(s) " +
                $"of lengths [{string.Join(", ", leadsMillivolts.Select(l => l?.Length ?? -1))}] and rhythm lead {rhythmLead}.",
                nameof(leadsMillivolts));
        }

        var quarter = n / 4;
        var yAll = new List<double>();
        var traces = new List<GenericChart>();
        var labels = new List<Annotation>();
        for (var row = 0; row < 4; row++)
        {
            var segments = row < 3 ? 4 : 1;
            for (var col = 0; col < segments; col++)
            {
                var leadIndex = row < 3 ? (col * 3) + row : rhythmLead;
                var start = row < 3 ? col * quarter : 0;
                var length = row < 3 ? (col == 3 ? n - start : quarter) : n;
                var series = MinMaxDecimator.Decimate<T>(leadsMillivolts[leadIndex].AsSpan(start, length), DefaultMaxPoints, start / samplingRateHz, 1 / samplingRateHz);
                yAll.AddRange(series.Y);
                traces.Add(Lines(series.X, series.Y, TwelveLeadNames[leadIndex], TraceColor).Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(row + 1))));
                labels.Add(ChartParts.Label(TwelveLeadNames[leadIndex], (start / samplingRateHz) + 0.05, 1, row + 1));
            }
        }

        var range = PaperRange(yAll.ToArray());
        var chart = Chart.Combine(traces);
        for (var row = 0; row < 4; row++)
        {
            chart = WithPaperGrid(chart, 1, row + 1, (0, n / samplingRateHz), range, showTimeLabels: true)
                .WithYAxis(ChartParts.Axis(title: "mV", domain: RowDomain(row, 4, 0.02), anchor: ChartParts.X(1)), row + 1);
        }

        chart = chart.WithXAxis(ChartParts.Axis(title: "Time (s)", anchor: ChartParts.Y(4)));
        return chart.Finish(title, 900, showLegend: false, plotBackground: PaperBackground, notes: labels);
    }

    /// <summary>
    /// A strip's height in px: the plot area that keeps 25 mm/s : 10 mm/mV when the window spans a typical notebook output
    /// (<see cref="TypicalPlotWidth"/> px), plus title and axis margins; 320–720 px.
    /// </summary>
    /// <param name="seconds">Window length in s.</param>
    /// <param name="millivolts">Amplitude range in mV.</param>
    /// <returns>The height.</returns>
    internal static int StripHeight(double seconds, double millivolts)
    {
        var plot = EcgPaper.AmplitudeToTimeScaleRatio * (TypicalPlotWidth / seconds) * millivolts;
        return (int)Math.Clamp(Math.Round(plot + StripMargins), 320, 720);
    }

    /// <summary>The y domain of row <paramref name="row"/> (0 = top) of <paramref name="rows"/> stacked rows.</summary>
    /// <param name="row">Row index from the top.</param>
    /// <param name="rows">Number of rows, ≥ 1.</param>
    /// <param name="gap">Gap between rows as a fraction of the height.</param>
    /// <returns>(bottom, top) in [0, 1].</returns>
    internal static (double Start, double End) RowDomain(int row, int rows, double gap)
    {
        var height = (1 - (gap * (rows - 1))) / rows;
        var top = 1 - (row * (height + gap));
        return (Math.Max(0, top - height), Math.Min(1, top));
    }

    private static GenericChart? BeatMarkers(IReadOnlyList<BeatAnnotation> beats, int first, int count, double fs, double top)
    {
        var xs = new List<double>();
        var labels = new List<string>();
        foreach (var beat in beats)
        {
            if (beat.Sample >= first && beat.Sample < first + count)
            {
                xs.Add(beat.Sample / fs);
                labels.Add(beat.Label);
            }
        }

        if (xs.Count == 0)
        {
            return null;
        }

        var y = Enumerable.Repeat(top + (EcgPaper.LargeBoxMillivolts / 2), xs.Count).ToArray();
        return Chart.Scatter<double, double, string>(
            xs,
            y,
            StyleParam.Mode.Markers_Text,
            Name: "beats",
            MultiText: labels,
            TextPosition: StyleParam.TextPosition.TopCenter,
            Marker: ChartParts.Dyn<Marker>(("size", 7), ("symbol", "triangle-down"), ("color", BeatColor)),
            UseDefaults: false);
    }
}

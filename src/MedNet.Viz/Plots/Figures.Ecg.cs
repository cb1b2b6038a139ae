// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Numerics;
using MedNet.Viz.Decimation;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Annotations;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;
using MedNet.Viz.Plotly.Traces;

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
    public static Figure EcgStrip<T>(
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
        var fig = new Figure().WithTitle(string.Create(CultureInfo.InvariantCulture,
            $"ECG strip, lead {lead}: {first / samplingRateHz:F1}–{(first + count) / samplingRateHz:F1} s (25 mm/s, 10 mm/mV)"));
        fig.Add(Scatter.Lines(series.X, series.Y, lead, new LineStyle { Color = TraceColor, Width = 1.2 }));
        if (beats is { Count: > 0 })
        {
            AddBeatMarkers(fig, beats, first, count, samplingRateHz, range.Max);
            range.Max += EcgPaper.LargeBoxMillivolts;
        }

        var cell = new SubplotCell(AxisId.X1, AxisId.Y1);
        ApplyPaperGrid(fig.Layout, cell, showTimeLabels: true);
        fig.Layout.XAxis().Title = "Time (s)";
        fig.Layout.XAxis().Range = (first / samplingRateHz, (first + count) / samplingRateHz);
        fig.Layout.YAxis().Title = $"{lead} (mV)";
        fig.Layout.YAxis().Range = range;
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 320;
        fig.Layout.PlotBackground = "#fffafa";
        AddNoteIfDecimated(fig, series);
        return fig;
    }

    /// <summary>Several leads stacked with a shared time axis, for whole records (e.g. 30 min of MIT-BIH, two leads).</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="leadsMillivolts">One array per lead in mV, each non-empty.</param>
    /// <param name="leadNames">One name per lead.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="maxPointsPerLead">Display budget per lead, ≥ 2; longer leads are min/max-decimated. Default: 5000.</param>
    /// <param name="title">Figure title. Default: "ECG record".</param>
    /// <returns>The figure (WebGL traces, one row per lead, zoom shared along time).</returns>
    public static Figure MultiLead<T>(
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

        var fig = new Figure().WithTitle(title);
        var grid = SubplotGrid.Create(fig.Layout, leadsMillivolts.Count, 1, sharedX: true, verticalGap: 0.04);
        DecimatedSeries? reduced = null;
        var longest = 1;
        for (var lead = 0; lead < leadsMillivolts.Count; lead++)
        {
            var signal = leadsMillivolts[lead] ?? throw new ArgumentNullException(nameof(leadsMillivolts), $"{nameof(MultiLead)}: lead {lead} is null.");
            if (signal.Length == 0)
            {
                throw new ArgumentException($"{nameof(MultiLead)}: expected samples in lead {lead} '{leadNames[lead]}' but it is empty.", nameof(leadsMillivolts));
            }

            longest = Math.Max(longest, signal.Length);
            var series = MinMaxDecimator.Decimate<T>(signal, maxPointsPerLead, 0, 1 / samplingRateHz);
            reduced ??= series.IsDecimated ? series : null;
            fig.Add(new Scatter
            {
                X = series.X,
                Y = series.Y,
                Name = leadNames[lead],
                Mode = ScatterMode.Lines,
                WebGl = true,
                Line = new LineStyle { Color = TraceColor, Width = 1 },
                Cell = grid[lead, 0],
                HoverTemplate = "%{x:.3f} s, %{y:.3f} mV",
            });
            fig.Layout[grid[lead, 0].Y].Title = $"{leadNames[lead]} (mV)";
        }

        var bottomX = fig.Layout[grid[leadsMillivolts.Count - 1, 0].X];
        bottomX.Title = "Time (s)";
        bottomX.Range = (0, (longest - 1) / samplingRateHz);
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 160 + (180 * leadsMillivolts.Count);
        if (reduced is not null)
        {
            fig.Add(Annotation.Note(reduced.Note + " (per lead; zoomed views keep the same points)"));
        }

        return fig;
    }

    /// <summary>The standard 12-lead printout: 3 rows of 4 leads (2.5 s each) and a 10 s rhythm strip, on ECG paper.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="leadsMillivolts">12 leads in mV in the order of <see cref="TwelveLeadNames"/>, equal lengths (10 s at 500 Hz for PTB-XL).</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="rhythmLead">Index of the lead shown as the full-length bottom strip. Default: 1 (lead II).</param>
    /// <param name="title">Figure title. Default: "12-lead ECG".</param>
    /// <returns>The figure; each row's time axis runs over the record, each lead occupies its quarter.</returns>
    public static Figure TwelveLead<T>(IReadOnlyList<T[]> leadsMillivolts, double samplingRateHz, int rhythmLead = 1, string title = "12-lead ECG")
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

        var fig = new Figure().WithTitle(title);
        var grid = SubplotGrid.Create(fig.Layout, 4, 1, sharedX: true, verticalGap: 0.02);
        var quarter = n / 4;
        var yAll = new List<double>();
        for (var row = 0; row < 4; row++)
        {
            var cell = grid[row, 0];
            var segments = row < 3 ? 4 : 1;
            for (var col = 0; col < segments; col++)
            {
                var leadIndex = row < 3 ? (col * 3) + row : rhythmLead;
                var start = row < 3 ? col * quarter : 0;
                var length = row < 3 ? (col == 3 ? n - start : quarter) : n;
                var series = MinMaxDecimator.Decimate<T>(leadsMillivolts[leadIndex].AsSpan(start, length), DefaultMaxPoints, start / samplingRateHz, 1 / samplingRateHz);
                yAll.AddRange(series.Y);
                fig.Add(new Scatter
                {
                    X = series.X,
                    Y = series.Y,
                    Name = TwelveLeadNames[leadIndex],
                    Mode = ScatterMode.Lines,
                    Line = new LineStyle { Color = TraceColor, Width = 1 },
                    Cell = cell,
                });
                fig.Add(new Annotation
                {
                    Text = TwelveLeadNames[leadIndex],
                    X = (start / samplingRateHz) + 0.05,
                    Y = 1,
                    XRef = cell.X,
                    YRef = cell.Y.Domain(),
                    XAnchor = "left",
                    YAnchor = "top",
                    Font = new Font { Size = 12 },
                });
            }

            ApplyPaperGrid(fig.Layout, cell, showTimeLabels: row == 3);
        }

        var range = PaperRange(yAll.ToArray());
        for (var row = 0; row < 4; row++)
        {
            fig.Layout[grid[row, 0].Y].Range = range;
            fig.Layout[grid[row, 0].Y].Title = "mV";
        }

        fig.Layout[grid[3, 0].X].Title = "Time (s)";
        fig.Layout[grid[3, 0].X].Range = (0, n / samplingRateHz);
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 900;
        fig.Layout.PlotBackground = "#fffafa";
        return fig;
    }

    private static void AddBeatMarkers(Figure fig, IReadOnlyList<BeatAnnotation> beats, int first, int count, double fs, double top)
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
            return;
        }

        var y = Enumerable.Repeat(top + (EcgPaper.LargeBoxMillivolts / 2), xs.Count).ToArray();
        fig.Add(new Scatter
        {
            X = xs.ToArray(),
            Y = y,
            Text = labels.ToArray(),
            Name = "beats",
            Mode = ScatterMode.Markers | ScatterMode.Text,
            TextPosition = "top center",
            Marker = new Marker { Symbol = MarkerSymbol.TriangleDown, Size = 7, Color = "#1f77b4" },
            HoverTemplate = "beat %{text} at %{x:.3f} s<extra></extra>",
        });
    }
}

// SPDX-License-Identifier: MIT
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>[MSA] Figure 1: attention heatmaps over ECG windows.</summary>
public static partial class Figures
{
    /// <summary>
    /// [MSA] Figure 1 rebuilt: per row (e.g. normal, MI, AF) three stacked panels on one time axis in ms: the waveform (leads
    /// stacked, first at the top), the same waveform over a per-lead heatmap (blue 0.0 → yellow 0.5 → red 1.0), and the
    /// attention line (0–1).
    /// </summary>
    /// <remarks>Source: [MSA] §3.3 and Figure 1's caption (12-lead rows over 0–2500 ms, colour scale, attention line plot).</remarks>
    /// <param name="rows">One or more rows; each row's arrays must be (C, L), (C, L) and (L).</param>
    /// <param name="title">Figure title. Default: "Attention visualisation ([MSA] Figure 1)".</param>
    /// <returns>The figure: 3 × rows y axes sharing one x axis (time in ms).</returns>
    public static GenericChart AttentionFigure(IReadOnlyList<AttentionFigureRow> rows, string title = "Attention visualisation ([MSA] Figure 1)")
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException($"{nameof(AttentionFigure)}: expected at least one row.", nameof(rows));
        }

        var maxMs = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] ?? throw new ArgumentException($"{nameof(AttentionFigure)}: row {r} is null.", nameof(rows));
            CheckRate(row.SamplingRateHz, nameof(AttentionFigure));
            var c = row.LeadNames?.Count ?? 0;
            var l = row.Line?.Length ?? 0;
            if (c < 1 || l < 2 || row.Signal?.Length != c * l || row.Heat?.Length != c * l)
            {
                throw new ArgumentException(
                    $"{nameof(AttentionFigure)}: row {r} '{row.Title}' must have C ≥ 1 leads, a line of L ≥ 2 values and signal and heat of C · L values, " +
                    $"but has C = {c}, L = {l}, signal {row.Signal?.Length ?? 0} and heat {row.Heat?.Length ?? 0} values.", nameof(rows));
            }

            maxMs = Math.Max(maxMs, 1000.0 * (l - 1) / row.SamplingRateHz);
        }

        var panels = 3 * rows.Count;
        var traces = new List<GenericChart>();
        var notes = new List<Annotation>();
        var axes = new List<(LinearAxis Axis, int Id)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var c = row.LeadNames.Count;
            var l = row.Line.Length;
            var ms = new double[l];
            for (var t = 0; t < l; t++)
            {
                ms[t] = 1000.0 * t / row.SamplingRateHz;
            }

            var stacked = Stacked(row, l);
            int wave = (3 * r) + 1, overlay = wave + 1, line = wave + 2;
            for (var lead = 0; lead < c; lead++)
            {
                traces.Add(Lines(ms, stacked[lead], row.LeadNames[lead], TraceColor, 1).Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(wave))));
                traces.Add(Lines(ms, stacked[lead], row.LeadNames[lead], "#222222", 0.8).Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(overlay))));
            }

            var z = new double[c][];
            var y = new double[c];
            for (var lead = 0; lead < c; lead++)
            {
                y[lead] = -lead;
                z[lead] = new double[l];
                for (var t = 0; t < l; t++)
                {
                    z[lead][t] = row.Heat[(lead * l) + t];
                }
            }

            traces.Add(Chart.Heatmap<double, double, double, string>(
                    z,
                    X: ms,
                    Y: y,
                    Name: "importance",
                    ColorScale: BlueYellowRed,
                    ShowScale: r == 0,
                    ColorBar: ChartParts.ColorBarTitled("Attention (0–1)"),
                    UseDefaults: false)
                .WithTraceProperties(("zmin", 0.0), ("zmax", 1.0), ("hovertemplate", "%{x:.0f} ms: %{z:.2f}<extra></extra>"))
                .Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(overlay))));
            var lineValues = Array.ConvertAll(row.Line, v => (double)v);
            traces.Add(Lines(ms, lineValues, "attention", "#d7191c", 1.5).Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(line))));

            var leadRange = (-(c - 1) - 0.6, 0.6);
            axes.Add((ChartParts.Axis(domain: RowDomain(wave - 1, panels, 0.012), range: leadRange, showTickLabels: false, showGrid: false, zeroLine: false, anchor: ChartParts.X(1)), wave));
            axes.Add((ChartParts.Axis(domain: RowDomain(overlay - 1, panels, 0.012), range: leadRange, showTickLabels: false, showGrid: false, zeroLine: false, anchor: ChartParts.X(1)), overlay));
            axes.Add((ChartParts.Axis(title: "0–1", domain: RowDomain(line - 1, panels, 0.012), range: (0, 1.05), anchor: ChartParts.X(1)), line));
            notes.Add(ChartParts.Label(row.Title, 0, 1, wave));
            if (c > 1)
            {
                for (var lead = 0; lead < c; lead++)
                {
                    notes.Add(LeadLabel(row.LeadNames[lead], -lead, wave));
                }
            }
        }

        var chart = Chart.Combine(traces)
            .WithXAxis(ChartParts.Axis(title: "Time (ms)", range: (0, maxMs), anchor: ChartParts.Y(panels)));
        foreach (var (axis, id) in axes)
        {
            chart = chart.WithYAxis(axis, id);
        }

        var height = 0;
        foreach (var row in rows)
        {
            height += 140 + (2 * Math.Min(12, row.LeadNames.Count) * 22);
        }

        return chart.Finish(title, Math.Clamp(height, 400, 2600), showLegend: false, notes: notes);
    }

    /// <summary>Leads scaled to ± 0.45 of a unit band and stacked downwards: lead k centred at −k.</summary>
    private static double[][] Stacked(AttentionFigureRow row, int l)
    {
        var c = row.LeadNames.Count;
        var result = new double[c][];
        for (var lead = 0; lead < c; lead++)
        {
            var span = row.Signal.AsSpan(lead * l, l);
            var max = 0.0;
            foreach (var v in span)
            {
                max = float.IsFinite(v) ? Math.Max(max, Math.Abs(v)) : max;
            }

            var scale = max > 0 ? 0.45 / max : 0;
            result[lead] = new double[l];
            for (var t = 0; t < l; t++)
            {
                result[lead][t] = (span[t] * scale) - lead;
            }
        }

        return result;
    }

    private static Annotation LeadLabel(string text, double y, int yAxis) =>
        ChartParts.Dyn<Annotation>(
            ("text", text),
            ("x", 0.0),
            ("y", y),
            ("xref", "paper"),
            ("yref", ChartParts.Y(yAxis)),
            ("xanchor", "right"),
            ("showarrow", false),
            ("font", ChartParts.FontOf(10)));
}

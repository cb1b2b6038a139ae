// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Numerics;
using MedNet.Viz.Decimation;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>Attention maps and importance (saliency) overlays.</summary>
public static partial class Figures
{
    /// <summary>Attention weights as a heatmap: which key position each query position attends to.</summary>
    /// <remarks>Source: [MSA] §2 (multi-head self-attention, four heads); [MEDNET] §3.5.4–3.5.5 (ECG and enhanced attention).</remarks>
    /// <param name="weights">Weights, shape (Lq, Lk), each row typically summing to 1 (softmax output of one head).</param>
    /// <param name="title">Figure title, e.g. "MHSA head 0, layer 1". Default: "Attention weights".</param>
    /// <param name="queryLabels">Lq labels for the rows, or null for positions 0…Lq−1.</param>
    /// <param name="keyLabels">Lk labels for the columns, or null for positions 0…Lk−1.</param>
    /// <returns>The figure: key position on x, query position on y (first at the top), Viridis.</returns>
    public static GenericChart AttentionHeatmap(double[,] weights, string title = "Attention weights", string[]? queryLabels = null, string[]? keyLabels = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var (rows, cols) = (weights.GetLength(0), weights.GetLength(1));
        if (rows == 0 || cols == 0 || (queryLabels is not null && queryLabels.Length != rows) || (keyLabels is not null && keyLabels.Length != cols))
        {
            throw new ArgumentException(
                $"{nameof(AttentionHeatmap)}: expected a non-empty (Lq, Lk) matrix with Lq query and Lk key labels but got ({rows}, {cols}), " +
                $"{queryLabels?.Length.ToString(CultureInfo.InvariantCulture) ?? "no"} query and {keyLabels?.Length.ToString(CultureInfo.InvariantCulture) ?? "no"} key labels.",
                nameof(weights));
        }

        var z = new double[rows][];
        for (var r = 0; r < rows; r++)
        {
            z[r] = new double[cols];
            for (var c = 0; c < cols; c++)
            {
                z[r][c] = weights[r, c];
            }
        }

        var chart = Chart.Heatmap<double, string, string, string>(
                z,
                X: keyLabels ?? Positions(cols),
                Y: queryLabels ?? Positions(rows),
                ColorScale: StyleParam.Colorscale.Viridis,
                ColorBar: ChartParts.ColorBarTitled("Attention weight"),
                UseDefaults: false)
            .WithTraceProperties(("hovertemplate", "query %{y} → key %{x}: %{z:.3f}<extra></extra>"))
            .WithXAxis(ChartParts.Axis(title: "Key position (time step)", type: "category"))
            .WithYAxis(ChartParts.Axis(title: "Query position (time step)", type: "category", reversed: true));
        return chart.Finish(title, 520, showLegend: false);
    }

    /// <summary>An ECG trace over a colour band of per-sample importance (Grad-CAM, SHAP).</summary>
    /// <remarks>Source: [MSA] Fig. 1 (Grad-CAM over the ECG, blue 0.0 → yellow 0.5 → red 1.0) and §3 SHAP analysis.</remarks>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="signalMillivolts">One lead in mV, length n ≥ 1.</param>
    /// <param name="importance">Importance per sample, length n; NaN allowed (no colour).</param>
    /// <param name="samplingRateHz">Sampling rate in Hz, &gt; 0.</param>
    /// <param name="method">Name of the attribution method for title and colour bar. Default: "Grad-CAM".</param>
    /// <param name="signed">True for signed attributions (SHAP): a diverging scale centred on 0, bucket value = largest |value|.
    /// False (Grad-CAM): blue→yellow→red as in [MSA] Fig. 1, bucket value = maximum. Default: false.</param>
    /// <param name="maxPoints">Display budget for the trace, ≥ 2; the band gets half as many cells. Default: 5000.</param>
    /// <returns>The figure: time in s on x, amplitude in mV on y.</returns>
    public static GenericChart ImportanceOverlay<T>(T[] signalMillivolts, double[] importance, double samplingRateHz, string method = "Grad-CAM", bool signed = false, int maxPoints = DefaultMaxPoints)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(signalMillivolts);
        ArgumentNullException.ThrowIfNull(importance);
        CheckRate(samplingRateHz, nameof(ImportanceOverlay));
        if (signalMillivolts.Length == 0 || importance.Length != signalMillivolts.Length)
        {
            throw new ArgumentException(
                $"{nameof(ImportanceOverlay)}: expected a non-empty signal and one importance per sample but got {signalMillivolts.Length} samples " +
                $"and {importance.Length} importances.", nameof(importance));
        }

        var trace = MinMaxDecimator.Decimate<T>(signalMillivolts, maxPoints, 0, 1 / samplingRateHz);
        var (lo, hi) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var v in trace.Y)
        {
            if (double.IsFinite(v))
            {
                (lo, hi) = (Math.Min(lo, v), Math.Max(hi, v));
            }
        }

        if (!double.IsFinite(lo))
        {
            (lo, hi) = (-1, 1);
        }

        var pad = Math.Max(0.1, 0.05 * (hi - lo));
        var (centres, band) = PoolImportance(importance, Math.Max(1, maxPoints / 2), signed, samplingRateHz);
        var absMax = 0.0;
        foreach (var v in band)
        {
            absMax = double.IsFinite(v) ? Math.Max(absMax, Math.Abs(v)) : absMax;
        }

        var heat = Chart.Heatmap<double, double, double, string>(
                [band],
                X: centres,
                Y: new[] { (lo + hi) / 2 },
                Name: "importance",
                Opacity: signed ? 0.75 : 0.55,
                ColorScale: signed ? StyleParam.Colorscale.RdBu : BlueYellowRed,
                ColorBar: ChartParts.ColorBarTitled($"{method} importance" + (signed ? " (signed)" : string.Empty)),
                UseDefaults: false)
            .WithTraceProperties(("dy", hi - lo + (2 * pad)), ("hovertemplate", "%{x:.2f} s: %{z:.3f}<extra></extra>"));
        if (signed)
        {
            heat = heat.WithTraceProperties(("zmid", 0.0), ("zmin", -absMax), ("zmax", absMax));
        }

        var notes = new List<Plotly.NET.LayoutObjects.Annotation>();
        if (trace.IsDecimated || band.Length < importance.Length)
        {
            var perCell = (importance.Length + band.Length - 1) / band.Length;
            notes.Add(ChartParts.Note(string.Create(CultureInfo.InvariantCulture,
                $"trace {trace.Note}; importance: {(signed ? "largest |value|" : "maximum")} of every {perCell:N0} samples ({band.Length:N0} cells)")));
        }

        return Chart.Combine([heat, Lines(trace.X, trace.Y, "ECG", TraceColor, 1.2)])
            .WithXAxis(ChartParts.Axis(title: "Time (s)"))
            .WithYAxis(ChartParts.Axis(title: "Amplitude (mV)", range: (lo - pad, hi + pad)))
            .Finish($"{method} importance over the ECG", 360, showLegend: false, notes: notes);
    }

    private static string[] Positions(int count)
    {
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return labels;
    }

    private static (double[] Centres, double[] Values) PoolImportance(double[] importance, int cells, bool signed, double fs)
    {
        cells = Math.Min(cells, importance.Length);
        var size = (importance.Length + cells - 1) / cells;
        cells = (importance.Length + size - 1) / size;
        var centres = new double[cells];
        var values = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            var start = c * size;
            var end = Math.Min(importance.Length, start + size);
            var best = double.NaN;
            for (var i = start; i < end; i++)
            {
                var v = importance[i];
                if (double.IsFinite(v) && (double.IsNaN(best) || (signed ? Math.Abs(v) > Math.Abs(best) : v > best)))
                {
                    best = v;
                }
            }

            centres[c] = (start + end - 1) / 2.0 / fs;
            values[c] = best;
        }

        return (centres, values);
    }
}

// SPDX-License-Identifier: MIT
using System.Globalization;
using MedNet.Viz.Decimation;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>Anomaly scores against a threshold.</summary>
public static partial class Figures
{
    /// <summary>Most labelled-anomaly regions shaded; beyond this the regions are left out and the figure says so.</summary>
    public const int MaxShadedRegions = 300;

    /// <summary>Anomaly score per window against a fixed threshold, with true and false positives marked.</summary>
    /// <remarks>Source: [MEDNET] §3.5.8 (anomaly scoring) and §4.1 (detection by threshold).</remarks>
    /// <param name="scores">Anomaly score per window/time step, length n ≥ 1 (NaN drawn as a gap).</param>
    /// <param name="threshold">Decision threshold (e.g. from POT); a score above it is a detection.</param>
    /// <param name="labels">Ground truth per window (true = anomalous), length n, or null to mark detections only.</param>
    /// <param name="samplingRateHz">Windows per second to put time in s on x; null puts the window index on x. Default: null.</param>
    /// <param name="maxPoints">Display budget for the score line and for each marker set, ≥ 2. Default: 5000.</param>
    /// <returns>The chart: score line, dashed threshold, green TP and red FP markers, shaded labelled regions.</returns>
    public static GenericChart AnomalyScore(double[] scores, double threshold, bool[]? labels = null, double? samplingRateHz = null, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return AnomalyScore(scores, Enumerable.Repeat(threshold, scores.Length).ToArray(), labels, samplingRateHz, maxPoints, threshold);
    }

    /// <summary>Anomaly score against a threshold that varies over time (e.g. SPOT), with true and false positives marked.</summary>
    /// <param name="scores">Anomaly score per window, length n ≥ 1.</param>
    /// <param name="thresholds">Threshold per window, length n.</param>
    /// <param name="labels">Ground truth per window, length n, or null.</param>
    /// <param name="samplingRateHz">Windows per second for a time axis in s, or null for the window index.</param>
    /// <param name="maxPoints">Display budget, ≥ 2. Default: 5000.</param>
    /// <returns>The figure.</returns>
    public static GenericChart AnomalyScore(double[] scores, double[] thresholds, bool[]? labels = null, double? samplingRateHz = null, int maxPoints = DefaultMaxPoints) =>
        AnomalyScore(scores, thresholds, labels, samplingRateHz, maxPoints, null);

    private static GenericChart AnomalyScore(double[] scores, double[] thresholds, bool[]? labels, double? fs, int maxPoints, double? fixedThreshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scores.Length == 0 || thresholds.Length != scores.Length || (labels is not null && labels.Length != scores.Length))
        {
            throw new ArgumentException(
                $"{nameof(AnomalyScore)}: expected non-empty scores with thresholds and labels of the same length but got scores {scores.Length}, " +
                $"thresholds {thresholds.Length}, labels {(labels is null ? "none" : labels.Length.ToString(CultureInfo.InvariantCulture))}.",
                nameof(scores));
        }

        if (fs is { } rate)
        {
            CheckRate(rate, nameof(AnomalyScore));
        }

        var dx = fs is { } r ? 1 / r : 1;
        var xTitle = fs is null ? "Window index" : "Time (s)";
        var notes = new List<string>();
        var parts = new List<GenericChart>();
        var score = MinMaxDecimator.Decimate<double>(scores, maxPoints, 0, dx);
        parts.Add(Lines(score.X, score.Y, "anomaly score", "#1f77b4"));
        if (score.IsDecimated)
        {
            notes.Add("score " + score.Note);
        }

        if (fixedThreshold is { } t)
        {
            parts.Add(Lines([0.0, (scores.Length - 1) * dx], [t, t],
                string.Create(CultureInfo.InvariantCulture, $"threshold = {t:G4}"), ThresholdColor, 1.5, "dash"));
        }
        else
        {
            var th = MinMaxDecimator.Decimate<double>(thresholds, maxPoints, 0, dx);
            parts.Add(Lines(th.X, th.Y, "threshold", ThresholdColor, 1.5, "dash"));
        }

        var tp = new List<int>();
        var fp = new List<int>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > thresholds[i])
            {
                (labels is null || labels[i] ? tp : fp).Add(i);
            }
        }

        AddMarkers(parts, tp, scores, dx, labels is null ? "detections" : "true positives", TruePositiveColor, "circle", maxPoints, notes);
        AddMarkers(parts, fp, scores, dx, "false positives", FalsePositiveColor, "x", maxPoints, notes);
        var chart = Chart.Combine(parts)
            .WithXAxis(ChartParts.Axis(title: xTitle))
            .WithYAxis(ChartParts.Axis(title: "Anomaly score (reconstruction error)"))
            .Apply(Plotly.NET.Chart.withLegend(ChartParts.TopRowLegend(), null));
        if (labels is not null && LabelRegions(labels, dx, notes) is { Count: > 0 } regions)
        {
            chart = chart.WithShapes(regions);
        }

        return chart.Finish("Anomaly score vs threshold", 420, showLegend: true, notes: notes.Count > 0 ? [ChartParts.Note(string.Join("; ", notes))] : null);
    }

    private static void AddMarkers(List<GenericChart> parts, List<int> indices, double[] scores, double dx, string name, string color, string symbol, int maxPoints, List<string> notes)
    {
        if (indices.Count == 0)
        {
            return;
        }

        var step = (indices.Count + maxPoints - 1) / maxPoints;
        var count = (indices.Count + step - 1) / step;
        var x = new double[count];
        var y = new double[count];
        for (var k = 0; k < count; k++)
        {
            var i = indices[k * step];
            x[k] = i * dx;
            y[k] = scores[i];
        }

        parts.Add(Chart.Point<double, double, string>(
            x,
            y,
            Name: string.Create(CultureInfo.InvariantCulture, $"{name} ({indices.Count:N0})"),
            Marker: ChartParts.Dyn<Plotly.NET.TraceObjects.Marker>(("size", 6), ("symbol", symbol), ("color", color)),
            UseWebGL: count > ChartParts.WebGlThreshold,
            UseDefaults: false));
        if (step > 1)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: every {step}th of {indices.Count:N0} marked"));
        }
    }

    private static List<Shape> LabelRegions(bool[] labels, double dx, List<string> notes)
    {
        var regions = new List<(int Start, int End)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!labels[i])
            {
                continue;
            }

            var start = i;
            while (i + 1 < labels.Length && labels[i + 1])
            {
                i++;
            }

            regions.Add((start, i));
        }

        if (regions.Count > MaxShadedRegions)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{regions.Count:N0} labelled regions not shaded (more than {MaxShadedRegions})"));
            return [];
        }

        if (regions.Count > 0)
        {
            notes.Add("shaded: labelled anomalies");
        }

        return [.. regions.Select(r => ChartParts.XRegion((r.Start - 0.5) * dx, (r.End + 0.5) * dx, LabelRegionColor))];
    }
}

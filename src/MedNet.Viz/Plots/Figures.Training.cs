// SPDX-License-Identifier: MIT
using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>Training curves.</summary>
public static partial class Figures
{
    /// <summary>Training loss (and optional validation loss) with the learning rate on a second axis, per epoch.</summary>
    /// <remarks>Source: [MEDNET] Figs. 2–5 (training graphs of DTAAD and MED-Net: average loss and learning rate per epoch).</remarks>
    /// <param name="trainingLoss">Mean training loss per epoch, length E ≥ 1.</param>
    /// <param name="learningRate">Learning rate per epoch, length E, or null. Drawn on a log axis on the right.</param>
    /// <param name="validationLoss">Mean validation loss per epoch, length E, or null.</param>
    /// <param name="title">Figure title. Default: "Training curve".</param>
    /// <returns>The figure; epochs (1-based) on x.</returns>
    public static GenericChart TrainingCurve(double[] trainingLoss, double[]? learningRate = null, double[]? validationLoss = null, string title = "Training curve")
    {
        ArgumentNullException.ThrowIfNull(trainingLoss);
        if (trainingLoss.Length == 0 || (learningRate is not null && learningRate.Length != trainingLoss.Length)
            || (validationLoss is not null && validationLoss.Length != trainingLoss.Length))
        {
            throw new ArgumentException(
                $"{nameof(TrainingCurve)}: expected >= 1 epoch and one value per epoch in every series but got loss {trainingLoss.Length}, " +
                $"learning rate {learningRate?.Length}, validation loss {validationLoss?.Length}.", nameof(trainingLoss));
        }

        var epochs = new double[trainingLoss.Length];
        for (var e = 0; e < epochs.Length; e++)
        {
            epochs[e] = e + 1;
        }

        // Markers on every point: a one-epoch (smoke) curve is a single point, invisible as a line.
        var parts = new List<GenericChart> { Lines(epochs, trainingLoss, "training loss", "#1f77b4", 2, markers: true) };
        if (validationLoss is not null)
        {
            parts.Add(Lines(epochs, validationLoss, "validation loss", "#2ca02c", 2, markers: true));
        }

        if (learningRate is not null)
        {
            parts.Add(Lines(epochs, learningRate, "learning rate", "#ff7f0e", 2, "dash", markers: true)
                .Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(1), ChartParts.Some(2))));
        }

        var chart = Chart.Combine(parts)
            .WithXAxis(ChartParts.Axis(title: "Epoch", tickStep: epochs.Length <= 20 ? 1 : null))
            .WithYAxis(ChartParts.Axis(title: "Loss (mean per epoch)"));
        if (learningRate is not null)
        {
            chart = chart.WithYAxis(
                ChartParts.Axis(title: "Learning rate", type: "log", overlaying: ChartParts.Y(1), side: "right",
                    showGrid: false, tickFormat: ".0e", anchor: ChartParts.X(1)),
                2);
        }

        return chart.Apply(Plotly.NET.Chart.withLegend(ChartParts.TopRowLegend(), null)).Finish(title, 400, showLegend: true);
    }

    /// <summary>One metric per epoch for several models, e.g. validation accuracy of the full model and each ablation.</summary>
    /// <remarks>Source: [MSA] Fig. 3, bottom panel (accuracy curves of the full model and ablated variants over 100 epochs).</remarks>
    /// <param name="metricTitle">y-axis title with unit, e.g. "Validation accuracy (%)".</param>
    /// <param name="series">(model name, value per epoch) pairs; each non-empty, lengths may differ.</param>
    /// <returns>The figure; epochs (1-based) on x.</returns>
    public static GenericChart MetricCurves(string metricTitle, params (string Name, double[] PerEpoch)[] series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricTitle);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Length == 0)
        {
            throw new ArgumentException($"{nameof(MetricCurves)}: expected at least one series but got none.", nameof(series));
        }

        string[] dashes = ["solid", "dash", "dot", "dashdot"];
        var parts = new List<GenericChart>(series.Length);
        for (var s = 0; s < series.Length; s++)
        {
            var (name, values) = series[s];
            if (values is null || values.Length == 0)
            {
                throw new ArgumentException($"{nameof(MetricCurves)}: expected at least one value per series but series {s} '{name}' has none.", nameof(series));
            }

            var epochs = new double[values.Length];
            for (var e = 0; e < epochs.Length; e++)
            {
                epochs[e] = e + 1;
            }

            // Markers on short runs: a one-epoch (smoke) curve is a single point, invisible as a line.
            parts.Add(Lines(epochs, values, name, width: s == 0 ? 2.5 : 1.5, dash: dashes[s % dashes.Length], markers: epochs.Length <= 20));
        }

        return Chart.Combine(parts)
            .WithXAxis(ChartParts.Axis(title: "Epoch"))
            .WithYAxis(ChartParts.Axis(title: metricTitle))
            .Apply(Plotly.NET.Chart.withLegend(ChartParts.TopRowLegend(), null))
            .Finish(metricTitle + " per epoch", 400, showLegend: true);
    }

    /// <summary>Grouped bars of a mean per category with ± one standard deviation as error bars, one bar group per series.</summary>
    /// <remarks>For results over several seeds (e.g. F1 per ablation variant, mean ± sd over 5 seeds); a NaN sd (one seed) draws no bar.</remarks>
    /// <param name="title">Figure title.</param>
    /// <param name="valueTitle">y-axis title with unit, e.g. "F1 (channel average)".</param>
    /// <param name="categories">Category names on x, length K ≥ 1.</param>
    /// <param name="series">(name, mean per category, sd per category) per bar series; each array of length K.</param>
    /// <returns>The chart: categories on x, one bar per series in each group, error bars of ±sd.</returns>
    public static GenericChart MeanSdBars(string title, string valueTitle, string[] categories, params (string Name, double[] Mean, double[] Sd)[] series)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueTitle);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (categories.Length == 0 || series.Length == 0)
        {
            throw new ArgumentException($"{nameof(MeanSdBars)}: expected >= 1 category and >= 1 series but got {categories.Length} and {series.Length}.", nameof(series));
        }

        var parts = new List<GenericChart>(series.Length);
        foreach (var (name, mean, sd) in series)
        {
            if (mean?.Length != categories.Length || sd?.Length != categories.Length)
            {
                throw new ArgumentException(
                    $"{nameof(MeanSdBars)}: expected series '{name}' to have {categories.Length} means and sds (one per category) but got " +
                    $"{mean?.Length.ToString(CultureInfo.InvariantCulture) ?? "null"} and {sd?.Length.ToString(CultureInfo.InvariantCulture) ?? "null"}.", nameof(series));
            }

            parts.Add(Chart.Column<double, string, string>(mean, Keys: categories, Name: name, UseDefaults: false)
                .Apply(Plotly.NET.Chart.withYError(ChartParts.Dyn<Plotly.NET.TraceObjects.Error>(("type", "data"), ("array", sd), ("visible", true)))));
        }

        return Chart.Combine(parts)
            .WithYAxis(ChartParts.Axis(title: valueTitle))
            .Apply(Plotly.NET.Chart.withLayout(ChartParts.Dyn<Layout>(("barmode", "group"))))
            .Apply(Plotly.NET.Chart.withLegend(ChartParts.TopRowLegend(), null))
            .Finish(title, 420, showLegend: true);
    }
}

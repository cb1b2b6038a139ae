// SPDX-License-Identifier: MIT
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>Model size and speed comparisons.</summary>
public static partial class Figures
{
    /// <summary>Parameters, FLOPs and inference time of several models as three bar panels.</summary>
    /// <remarks>Source: [MSA] Fig. 3 (efficiency subplot: parameters in millions, FLOPs in billions, inference time in ms) and Table 3.</remarks>
    /// <param name="models">Model names, length M ≥ 1.</param>
    /// <param name="parametersMillions">Parameter count per model in millions, length M.</param>
    /// <param name="flopsBillions">FLOPs per inference in billions, length M; NaN where not measured (bar left out).</param>
    /// <param name="inferenceMilliseconds">Inference time per sample in ms, length M; NaN where not measured.</param>
    /// <returns>The figure: one panel per quantity, models on x.</returns>
    public static GenericChart EfficiencyComparison(string[] models, double[] parametersMillions, double[] flopsBillions, double[] inferenceMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(parametersMillions);
        ArgumentNullException.ThrowIfNull(flopsBillions);
        ArgumentNullException.ThrowIfNull(inferenceMilliseconds);
        if (models.Length == 0 || parametersMillions.Length != models.Length || flopsBillions.Length != models.Length || inferenceMilliseconds.Length != models.Length)
        {
            throw new ArgumentException(
                $"{nameof(EfficiencyComparison)}: expected one value per model in every series but got {models.Length} models, " +
                $"{parametersMillions.Length} parameter counts, {flopsBillions.Length} FLOPs, {inferenceMilliseconds.Length} times.", nameof(models));
        }

        (string Title, double[] Values, string Color)[] panels =
        [
            ("Parameters (M)", parametersMillions, "#1f77b4"),
            ("FLOPs (G)", flopsBillions, "#ff7f0e"),
            ("Inference time (ms)", inferenceMilliseconds, "#2ca02c"),
        ];
        var parts = new List<GenericChart>(panels.Length);
        for (var p = 0; p < panels.Length; p++)
        {
            // One x/y pair per panel, side by side; a NaN bar (not measured) is left out by plotly.
            parts.Add(Chart.Column<double, string, string>(panels[p].Values, Keys: models, Name: panels[p].Title, MarkerColor: ChartParts.Css(panels[p].Color), UseDefaults: false)
                .Apply(Plotly.NET.Chart.withAxisAnchor(ChartParts.Some(p + 1), ChartParts.Some(p + 1))));
        }

        var chart = Chart.Combine(parts);
        const double Gap = 0.08;
        var width = (1 - (Gap * (panels.Length - 1))) / panels.Length;
        for (var p = 0; p < panels.Length; p++)
        {
            var start = p * (width + Gap);
            chart = chart
                .WithXAxis(ChartParts.Axis(type: "category", domain: (start, Math.Min(1, start + width)), anchor: ChartParts.Y(p + 1)), p + 1)
                .WithYAxis(ChartParts.Axis(title: panels[p].Title, anchor: ChartParts.X(p + 1)), p + 1);
        }

        return chart.Finish("Model size and speed", 380, showLegend: false);
    }
}

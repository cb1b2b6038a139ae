// SPDX-License-Identifier: MIT
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;
using MedNet.Viz.Plotly.Traces;

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
    public static Figure EfficiencyComparison(string[] models, double[] parametersMillions, double[] flopsBillions, double[] inferenceMilliseconds)
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

        var fig = new Figure().WithTitle("Model size and speed");
        var grid = SubplotGrid.Create(fig.Layout, 1, 3, horizontalGap: 0.08);
        (string Title, double[] Values, string Color)[] panels =
        [
            ("Parameters (M)", parametersMillions, "#1f77b4"),
            ("FLOPs (G)", flopsBillions, "#ff7f0e"),
            ("Inference time (ms)", inferenceMilliseconds, "#2ca02c"),
        ];
        for (var p = 0; p < panels.Length; p++)
        {
            fig.Add(new Bar
            {
                X = models,
                Y = panels[p].Values,
                Name = panels[p].Title,
                Marker = new Marker { Color = panels[p].Color },
                Cell = grid[0, p],
            });
            fig.Layout[grid[0, p].Y].Title = panels[p].Title;
            fig.Layout[grid[0, p].X].Type = AxisType.Category;
        }

        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 380;
        return fig;
    }
}

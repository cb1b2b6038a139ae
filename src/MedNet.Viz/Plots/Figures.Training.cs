// SPDX-License-Identifier: MIT
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;
using MedNet.Viz.Plotly.Traces;

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
    public static Figure TrainingCurve(double[] trainingLoss, double[]? learningRate = null, double[]? validationLoss = null, string title = "Training curve")
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

        var mode = ScatterMode.Lines | ScatterMode.Markers;
        var fig = new Figure().WithTitle(title)
            .Add(new Scatter { X = epochs, Y = trainingLoss, Name = "training loss", Mode = mode, Line = new LineStyle { Color = "#1f77b4" } });
        if (validationLoss is not null)
        {
            fig.Add(new Scatter { X = epochs, Y = validationLoss, Name = "validation loss", Mode = mode, Line = new LineStyle { Color = "#2ca02c" } });
        }

        if (learningRate is not null)
        {
            fig.Add(new Scatter
            {
                X = epochs,
                Y = learningRate,
                Name = "learning rate",
                Mode = mode,
                Line = new LineStyle { Color = "#ff7f0e", Dash = DashStyle.Dash },
                YAxis = AxisId.Y(2),
            });
            var lr = fig.Layout.YAxis(2);
            lr.Title = "Learning rate";
            lr.Overlaying = AxisId.Y1;
            lr.Side = AxisSide.Right;
            lr.Type = AxisType.Log;
            lr.ShowGrid = false;
            lr.TickFormat = ".0e";
            lr.Anchor = AxisId.X1;
        }

        fig.Layout.XAxis().Title = "Epoch";
        fig.Layout.XAxis().TickStep = epochs.Length <= 20 ? 1 : null;
        fig.Layout.YAxis().Title = "Loss (mean per epoch)";
        fig.Layout.Legend = Legend.TopRow;
        fig.Layout.Height = 400;
        return fig;
    }

    /// <summary>One metric per epoch for several models, e.g. validation accuracy of the full model and each ablation.</summary>
    /// <remarks>Source: [MSA] Fig. 3, bottom panel (accuracy curves of the full model and ablated variants over 100 epochs).</remarks>
    /// <param name="metricTitle">y-axis title with unit, e.g. "Validation accuracy (%)".</param>
    /// <param name="series">(model name, value per epoch) pairs; each non-empty, lengths may differ.</param>
    /// <returns>The figure; epochs (1-based) on x.</returns>
    public static Figure MetricCurves(string metricTitle, params (string Name, double[] PerEpoch)[] series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricTitle);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Length == 0)
        {
            throw new ArgumentException($"{nameof(MetricCurves)}: expected at least one series but got none.", nameof(series));
        }

        var fig = new Figure().WithTitle(metricTitle + " per epoch");
        DashStyle[] dashes = [DashStyle.Solid, DashStyle.Dash, DashStyle.Dot, DashStyle.DashDot];
        for (var s = 0; s < series.Length; s++)
        {
            var (name, values) = series[s];
            var epochs = new double[values?.Length ?? 0];
            for (var e = 0; e < epochs.Length; e++)
            {
                epochs[e] = e + 1;
            }

            fig.Add(new Scatter
            {
                X = epochs,
                Y = values!,
                Name = name,
                // Markers on short runs: a one-epoch (smoke) curve is a single point, invisible as a line.
                Mode = epochs.Length <= 20 ? ScatterMode.Lines | ScatterMode.Markers : ScatterMode.Lines,
                Line = new LineStyle { Dash = dashes[s % dashes.Length], Width = s == 0 ? 2.5 : 1.5 },
            });
        }

        fig.Layout.XAxis().Title = "Epoch";
        fig.Layout.YAxis().Title = metricTitle;
        fig.Layout.Legend = Legend.TopRow;
        fig.Layout.Height = 400;
        return fig;
    }
}

// SPDX-License-Identifier: MIT
using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Viz.Plots;

/// <summary>ROC curves and confusion matrices.</summary>
public static partial class Figures
{
    /// <summary>ROC curves with their AUC in the legend and the chance diagonal.</summary>
    /// <remarks>AUC = Σ (FPRᵢ − FPRᵢ₋₁)(TPRᵢ + TPRᵢ₋₁)/2 over the given points when <see cref="RocSeries.Auc"/> is null.</remarks>
    /// <param name="curves">One or more curves; each FPR/TPR pair of equal length ≥ 2 with values in [0, 1].</param>
    /// <returns>The figure: FPR on x, TPR on y, both 0–1, square.</returns>
    public static GenericChart RocCurve(params RocSeries[] curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Length == 0)
        {
            throw new ArgumentException($"{nameof(RocCurve)}: expected at least one curve but got none.", nameof(curves));
        }

        var parts = new List<GenericChart>();
        foreach (var c in curves)
        {
            var n = c.FalsePositiveRate?.Length ?? 0;
            if (n < 2 || c.TruePositiveRate?.Length != n
                || Array.Exists(c.FalsePositiveRate!, v => !(v >= 0 && v <= 1)) || Array.Exists(c.TruePositiveRate!, v => !(v >= 0 && v <= 1)))
            {
                throw new ArgumentException(
                    $"{nameof(RocCurve)}: expected curve '{c.Name}' to have FPR and TPR of equal length >= 2 with values in [0, 1] but got " +
                    $"{n} FPR and {c.TruePositiveRate?.Length ?? 0} TPR values (or values outside [0, 1]).", nameof(curves));
            }

            var auc = c.Auc ?? TrapezoidAuc(c.FalsePositiveRate!, c.TruePositiveRate!);
            var source = c.Auc is null ? ", trapezoid" : string.Empty;
            parts.Add(Lines(c.FalsePositiveRate!, c.TruePositiveRate!, string.Create(CultureInfo.InvariantCulture, $"{c.Name} (AUC = {auc:F4}{source})"), width: 2));
        }

        parts.Add(Lines([0.0, 1], [0.0, 1], "chance", "#999", 1, "dash"));
        return Chart.Combine(parts)
            .WithXAxis(ChartParts.Axis(title: "False positive rate (1 − specificity)", range: (0, 1), constrain: "domain"))
            .WithYAxis(ChartParts.Axis(title: "True positive rate (sensitivity)", range: (0, 1.02), scaleAnchor: ChartParts.X(1), scaleRatio: 1,
                constrain: "domain"))
            .Apply(Plotly.NET.Chart.withLegend(ChartParts.BottomRightLegend(), null))
            .Finish(curves.Length == 1 ? $"ROC curve, {curves[0].Name}" : "ROC curves", 500, showLegend: true);
    }

    /// <summary>A confusion matrix as a heatmap with counts (and row percentages) in each cell.</summary>
    /// <param name="counts">Counts, shape (K, K): row = true class, column = predicted class; each ≥ 0.</param>
    /// <param name="classNames">K class names, e.g. the AAMI classes N, S, V, F, Q.</param>
    /// <param name="normalise">Colour by row fraction (recall per class) instead of raw count. Default: true.</param>
    /// <returns>The figure: predicted class on x, true class on y (first class at the top).</returns>
    public static GenericChart ConfusionMatrix(long[,] counts, IReadOnlyList<string> classNames, bool normalise = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(classNames);
        var k = counts.GetLength(0);
        if (k == 0 || counts.GetLength(1) != k || classNames.Count != k)
        {
            throw new ArgumentException(
                $"{nameof(ConfusionMatrix)}: expected a square (K, K) matrix with K >= 1 and K class names but got " +
                $"({counts.GetLength(0)}, {counts.GetLength(1)}) and {classNames.Count} names.", nameof(counts));
        }

        var z = new double[k][];
        var text = new string[k][];
        for (var r = 0; r < k; r++)
        {
            long rowSum = 0;
            for (var c = 0; c < k; c++)
            {
                if (counts[r, c] < 0)
                {
                    throw new ArgumentException($"{nameof(ConfusionMatrix)}: expected counts >= 0 but cell ({r}, {c}) is {counts[r, c]}.", nameof(counts));
                }

                rowSum += counts[r, c];
            }

            z[r] = new double[k];
            text[r] = new string[k];
            for (var c = 0; c < k; c++)
            {
                var fraction = rowSum == 0 ? double.NaN : (double)counts[r, c] / rowSum;
                z[r][c] = normalise ? fraction : counts[r, c];
                text[r][c] = double.IsNaN(fraction)
                    ? counts[r, c].ToString("N0", CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{counts[r, c]:N0}<br>{fraction:P1}");
            }
        }

        var names = classNames.ToArray();
        return Chart.Heatmap<double, string, string, string>(
                z,
                X: names,
                Y: names,
                ColorScale: Blues,
                YGap: 1,
                XGap: 1,
                ColorBar: ChartParts.ColorBarTitled(normalise ? "Fraction of true class" : "Count"),
                UseDefaults: false)
            .WithTraceProperties(
                ("text", text),
                ("texttemplate", "%{text}"),
                ("hovertemplate", "true %{y}, predicted %{x}: %{text}<extra></extra>"),
                ("zmin", 0.0))
            .WithTraceProperties(normalise ? [("zmax", 1.0)] : [])
            .WithXAxis(ChartParts.Axis(title: "Predicted class", type: "category"))
            .WithYAxis(ChartParts.Axis(title: "True class", type: "category", reversed: true))
            .Finish("Confusion matrix", 200 + (60 * k), showLegend: false);
    }

    private static double TrapezoidAuc(double[] fpr, double[] tpr)
    {
        var area = 0.0;
        for (var i = 1; i < fpr.Length; i++)
        {
            area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }

        return area;
    }
}

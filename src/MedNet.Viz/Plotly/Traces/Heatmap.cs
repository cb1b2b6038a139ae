// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>A grid of values drawn as coloured cells (confusion matrices, attention weights, saliency bands).</summary>
public sealed class Heatmap : Trace
{
    /// <summary>"heatmap".</summary>
    public override string Type => "heatmap";

    /// <summary>Cell values, shape (rows, columns), row 0 at the bottom unless the y axis is reversed; rectangular, non-empty.</summary>
    public required double[][] Z { get; init; }

    /// <summary>Column coordinates (numbers or labels); length columns (centres) or columns + 1 (edges).</summary>
    public DataArray? X { get; init; }

    /// <summary>Row coordinates (numbers or labels); length rows (centres) or rows + 1 (edges).</summary>
    public DataArray? Y { get; init; }

    /// <summary>Centre of the first column when <see cref="X"/> is null.</summary>
    public double? X0 { get; init; }

    /// <summary>Column spacing when <see cref="X"/> is null, &gt; 0.</summary>
    [JsonPropertyName("dx")]
    public double? XStep { get; init; }

    /// <summary>Centre of the first row when <see cref="Y"/> is null.</summary>
    public double? Y0 { get; init; }

    /// <summary>Row spacing when <see cref="Y"/> is null, &gt; 0.</summary>
    [JsonPropertyName("dy")]
    public double? YStep { get; init; }

    /// <summary>Colour scale.</summary>
    public ColorScale? ColorScale { get; init; }

    /// <summary>Value mapped to the lowest colour; data minimum when null.</summary>
    public double? ZMin { get; init; }

    /// <summary>Value mapped to the highest colour; data maximum when null.</summary>
    public double? ZMax { get; init; }

    /// <summary>Value at the middle of a diverging colour scale (0 for signed importances).</summary>
    public double? ZMid { get; init; }

    /// <summary>Per-cell text, shape (rows, columns), shown with <see cref="TextTemplate"/> "%{text}" and in hover.</summary>
    public string[][]? Text { get; init; }

    /// <summary>Whether the colour bar is shown.</summary>
    public bool? ShowScale { get; init; }

    /// <summary>Colour bar settings (title with unit).</summary>
    public ColorBar? ColorBar { get; init; }

    /// <summary>Text drawn in each cell, e.g. "%{z}" for counts or "%{z:.2f}".</summary>
    public string? TextTemplate { get; init; }

    /// <summary>Gaps between cells in px (visible cell borders).</summary>
    [JsonPropertyName("xgap")]
    public double? CellGap { get; init; }

    [JsonInclude]
    [JsonPropertyName("ygap")]
    internal double? CellGapY => CellGap;

    /// <summary>Builds the jagged rows plotly expects from a rectangular array.</summary>
    /// <param name="values">Values, shape (rows, columns).</param>
    /// <returns>Rows of the array.</returns>
    public static double[][] Rows(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new double[values.GetLength(0)][];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = new double[values.GetLength(1)];
            for (var c = 0; c < rows[r].Length; c++)
            {
                rows[r][c] = values[r, c];
            }
        }

        return rows;
    }

    /// <inheritdoc/>
    public override void Validate(int index, IList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!RequireNonEmpty("z row", Z?.Length, index, problems))
        {
            return;
        }

        var columns = Z![0]?.Length ?? 0;
        if (columns == 0)
        {
            problems.Add($"{Describe(index)}: expected at least one z column but row 0 is {(Z[0] is null ? "null" : "empty")}.");
            return;
        }

        for (var r = 1; r < Z.Length; r++)
        {
            if (Z[r]?.Length != columns)
            {
                problems.Add($"{Describe(index)}: expected a rectangular z with {columns} columns per row but row {r} has " +
                             $"{(Z[r] is null ? "null" : Z[r].Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}.");
                return;
            }
        }

        if (X is { } x && x.Length != columns && x.Length != columns + 1)
        {
            problems.Add($"{Describe(index)}: expected x of length {columns} (centres) or {columns + 1} (edges) but got {x.Length}.");
        }

        if (Text is { } text && (text.Length != Z.Length || Array.Exists(text, row => row?.Length != columns)))
        {
            problems.Add($"{Describe(index)}: expected text of shape ({Z.Length}, {columns}) like z but got {text.Length} rows or ragged rows.");
        }

        if (Y is { } y && y.Length != Z.Length && y.Length != Z.Length + 1)
        {
            problems.Add($"{Describe(index)}: expected y of length {Z.Length} (centres) or {Z.Length + 1} (edges) but got {y.Length}.");
        }
    }
}

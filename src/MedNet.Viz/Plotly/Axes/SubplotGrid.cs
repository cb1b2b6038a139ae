// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plotly.Axes;

/// <summary>Lays out rows × columns of subplots by giving each cell its own axis pair and axis domains.</summary>
/// <remarks>
/// Cell (r, c) uses axis number r·columns + c + 1 (row 0 at the top). With shared x, every x axis matches the bottom row's x
/// axis of its column and only the bottom row shows tick labels; with shared y, every y axis matches the first column's y
/// axis of its row. Domains: column c spans [c·(w+h), c·(w+h)+w] with w = (1 − (columns−1)·h)/columns, h the horizontal gap;
/// rows likewise from the top, with <see cref="RowHeights"/> as relative weights.
/// </remarks>
public sealed class SubplotGrid
{
    private SubplotGrid(int rows, int columns, double[] rowHeights)
    {
        Rows = rows;
        Columns = columns;
        RowHeights = rowHeights;
    }

    /// <summary>Number of rows, ≥ 1.</summary>
    public int Rows { get; }

    /// <summary>Number of columns, ≥ 1.</summary>
    public int Columns { get; }

    /// <summary>Relative heights of the rows, top first.</summary>
    public IReadOnlyList<double> RowHeights { get; }

    /// <summary>The axes of cell (row, column), row 0 at the top.</summary>
    /// <param name="row">0-based row, &lt; <see cref="Rows"/>.</param>
    /// <param name="column">0-based column, &lt; <see cref="Columns"/>.</param>
    /// <returns>The axis pair.</returns>
    public SubplotCell this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)Rows || (uint)column >= (uint)Columns)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(row), $"SubplotGrid: expected a cell in {Rows}x{Columns} but got ({row}, {column}).");
            }

            var n = (row * Columns) + column + 1;
            return new SubplotCell(AxisId.X(n), AxisId.Y(n));
        }
    }

    /// <summary>Defines the axes of a rows × columns grid in <paramref name="layout"/>.</summary>
    /// <param name="layout">The layout to add axes to; its axes 1…rows·columns are configured.</param>
    /// <param name="rows">Number of rows, ≥ 1.</param>
    /// <param name="columns">Number of columns, ≥ 1.</param>
    /// <param name="sharedX">Cells in a column zoom together along x; only the bottom row shows x tick labels. Default: false.</param>
    /// <param name="sharedY">Cells in a row zoom together along y. Default: false.</param>
    /// <param name="horizontalGap">Gap between columns as a fraction of the width, in [0, 0.5). Default: 0.06.</param>
    /// <param name="verticalGap">Gap between rows as a fraction of the height, in [0, 0.5). Default: 0.08.</param>
    /// <param name="rowHeights">Relative row heights, top first, each &gt; 0; equal when null.</param>
    /// <returns>The grid, to place traces with <c>grid[row, column]</c>.</returns>
    public static SubplotGrid Create(
        Layout layout,
        int rows,
        int columns,
        bool sharedX = false,
        bool sharedY = false,
        double horizontalGap = 0.06,
        double verticalGap = 0.08,
        double[]? rowHeights = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var problems = new List<string>();
        if (rows < 1 || columns < 1)
        {
            problems.Add($"rows and columns >= 1 but got {rows}x{columns}");
        }

        if (!(horizontalGap >= 0 && horizontalGap < 0.5) || !(verticalGap >= 0 && verticalGap < 0.5))
        {
            problems.Add($"gaps in [0, 0.5) but got horizontal {horizontalGap}, vertical {verticalGap}");
        }

        if (rowHeights is not null && (rowHeights.Length != rows || Array.Exists(rowHeights, h => !(h > 0) || !double.IsFinite(h))))
        {
            problems.Add($"{rows} finite positive row heights but got [{string.Join(", ", rowHeights)}]");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("SubplotGrid.Create: expected " + string.Join("; ", problems) + ".");
        }

        var heights = rowHeights ?? Enumerable.Repeat(1.0, rows).ToArray();
        var grid = new SubplotGrid(rows, columns, heights);
        var cellWidth = (1 - ((columns - 1) * horizontalGap)) / columns;
        var usableHeight = 1 - ((rows - 1) * verticalGap);
        var totalWeight = heights.Sum();
        var top = 1.0;
        for (var r = 0; r < rows; r++)
        {
            var height = usableHeight * heights[r] / totalWeight;
            var bottom = Math.Max(0, top - height);
            for (var c = 0; c < columns; c++)
            {
                var cell = grid[r, c];
                var left = c * (cellWidth + horizontalGap);
                var x = layout[cell.X];
                var y = layout[cell.Y];
                x.Domain = (Clean(left), Clean(Math.Min(1, left + cellWidth)));
                x.Anchor = cell.Y;
                y.Domain = (Clean(bottom), Clean(top));
                y.Anchor = cell.X;
                if (sharedX && r < rows - 1)
                {
                    x.Matches = grid[rows - 1, c].X;
                    x.ShowTickLabels = false;
                }

                if (sharedY && c > 0)
                {
                    y.Matches = grid[r, 0].Y;
                }
            }

            top = bottom - verticalGap;
        }

        return grid;
    }

    // Removes floating-point dust (5.6e-17 instead of 0) so the JSON reads as the layout was meant.
    private static double Clean(double fraction) => Math.Round(fraction, 12);
}

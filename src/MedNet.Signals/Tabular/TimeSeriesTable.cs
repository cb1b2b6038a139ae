// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Tabular;

/// <summary>A dense (T, D) matrix of time steps × named channels, stored row-major as doubles.</summary>
/// <remarks>
/// Element (t, d) is <c>Values[t * Columns + d]</c>. A NaN marks a missing or coerced cell; the loaders count every one
/// (see <see cref="CsvReadResult"/>), and <c>Preprocessing.TableCleaner</c> removes them as paper 000 §3.2 asks.
/// </remarks>
public sealed class TimeSeriesTable
{
    /// <summary>Creates a table over <paramref name="values"/> (not copied).</summary>
    /// <param name="values">Row-major values, length <c>rows × columnNames.Count</c>.</param>
    /// <param name="rows">Number of time steps T, ≥ 0.</param>
    /// <param name="columnNames">One name per channel; D = its count, ≥ 1.</param>
    /// <exception cref="ArgumentException">The length of <paramref name="values"/> is not T × D.</exception>
    public TimeSeriesTable(double[] values, int rows, IReadOnlyList<string> columnNames)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (columnNames.Count == 0)
        {
            throw new ArgumentException("TimeSeriesTable: expected at least one column but got 0.", nameof(columnNames));
        }

        if ((long)rows * columnNames.Count != values.Length)
        {
            throw new ArgumentException(
                $"TimeSeriesTable: expected {rows} × {columnNames.Count} = {(long)rows * columnNames.Count} values but got {values.Length}.",
                nameof(values));
        }

        Values = values;
        Rows = rows;
        ColumnNames = columnNames;
    }

    /// <summary>Row-major values, length <see cref="Rows"/> × <see cref="Columns"/>.</summary>
    public double[] Values { get; }

    /// <summary>Number of time steps T.</summary>
    public int Rows { get; }

    /// <summary>Number of channels D.</summary>
    public int Columns => ColumnNames.Count;

    /// <summary>Channel names, in column order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Shape as (T, D).</summary>
    public (int Rows, int Columns) Shape => (Rows, Columns);

    /// <summary>The value at time step <paramref name="row"/> of channel <paramref name="column"/>.</summary>
    /// <param name="row">Time step, 0 ≤ row &lt; T.</param>
    /// <param name="column">Channel, 0 ≤ column &lt; D.</param>
    public double this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)Rows || (uint)column >= (uint)Columns)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(row), $"TimeSeriesTable: expected (row, column) inside ({Rows}, {Columns}) but got ({row}, {column}).");
            }

            return Values[(row * Columns) + column];
        }
    }

    /// <summary>One time step as a span of D values.</summary>
    /// <param name="row">Time step, 0 ≤ row &lt; T.</param>
    /// <returns>A view of length D into <see cref="Values"/>.</returns>
    public ReadOnlySpan<double> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return Values.AsSpan(row * Columns, Columns);
    }

    /// <summary>Copies one channel into a new array of length T.</summary>
    /// <param name="column">Channel, 0 ≤ column &lt; D.</param>
    /// <returns>The channel's values.</returns>
    public double[] Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        var result = new double[Rows];
        for (int t = 0, i = column; t < result.Length; t++, i += Columns)
        {
            result[t] = Values[i];
        }

        return result;
    }

    /// <summary>Finds a channel by name (ordinal, case-insensitive).</summary>
    /// <param name="name">Channel name.</param>
    /// <returns>The column index, or −1.</returns>
    public int IndexOf(string name)
    {
        for (int d = 0; d < ColumnNames.Count; d++)
        {
            if (string.Equals(ColumnNames[d], name, StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Copies the values into a float array (row-major, same layout), as the models take them.</summary>
    /// <returns>A new array of length T × D.</returns>
    public float[] ToSingle()
    {
        var result = new float[Values.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (float)Values[i];
        }

        return result;
    }

    /// <inheritdoc/>
    public override string ToString() => $"TimeSeriesTable ({Rows}, {Columns}) [{string.Join(", ", ColumnNames)}]";
}

// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>Per-channel affine scaling x̃ = (x − Offset[d]) / Scale[d], fitted on the training table and applied to any table.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2, Eqs. (2)–(3); DTAAD <c>preprocess.py</c> <c>normalize3</c> (Yu-Lingrui/DTAAD @ 5cd728d), which
/// normalises the test set with the training min and max. Constant-channel rule: when σ = 0 (z-score) or max = min
/// (min-max) the scale is set to 1, so the channel becomes x − μ (0 on the training data) instead of NaN or ∞, and the
/// channel's index is listed in <see cref="ConstantChannels"/>. <see cref="Normalisation.DtaadMinMax"/> never divides by
/// zero because of its ε and is not flagged. Fitting or applying to data that holds NaN or ∞ throws with the row and column:
/// clean first (<see cref="TableCleaner"/>).
/// </remarks>
/// <param name="Method">Which scaling.</param>
/// <param name="ColumnNames">Channel names the statistics belong to.</param>
/// <param name="Offset">Per channel: μ (z-score) or min (min-max), length D.</param>
/// <param name="Scale">Per channel: σ, max − min, or max − min + ε; 1 for a constant channel. Length D.</param>
/// <param name="ConstantChannels">Indices of channels whose spread was 0 and whose scale was set to 1.</param>
public sealed record ChannelNormaliser(
    Normalisation Method,
    IReadOnlyList<string> ColumnNames,
    IReadOnlyList<double> Offset,
    IReadOnlyList<double> Scale,
    IReadOnlyList<int> ConstantChannels)
{
    /// <summary>The ε of DTAAD's <c>normalize3</c>: 0.0001.</summary>
    public const double DtaadEpsilon = 1e-4;

    /// <summary>Fits the statistics on the training table.</summary>
    /// <param name="train">Training table (T, D), NaN-free, T ≥ 1.</param>
    /// <param name="method">Scaling. Default: <see cref="Normalisation.ZScore"/> (§3.2).</param>
    /// <returns>The fitted normaliser.</returns>
    /// <exception cref="ArgumentException">The table is empty or holds NaN/∞ (message names row and column).</exception>
    public static ChannelNormaliser Fit(TimeSeriesTable train, Normalisation method = Normalisation.ZScore)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Rows == 0)
        {
            throw new ArgumentException("ChannelNormaliser.Fit: expected at least one training row but got 0.", nameof(train));
        }

        RequireFinite(train, "ChannelNormaliser.Fit", nameof(train));
        int d = train.Columns;
        var offset = new double[d];
        var scale = new double[d];
        var constant = new List<int>();
        var values = train.Values;
        for (int c = 0; c < d; c++)
        {
            double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = c; i < values.Length; i += d)
            {
                double v = values[i];
                sum += v;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            switch (method)
            {
                case Normalisation.ZScore:
                    double mean = sum / train.Rows, ss = 0;
                    for (int i = c; i < values.Length; i += d)
                    {
                        double dv = values[i] - mean;
                        ss += dv * dv;
                    }

                    offset[c] = mean;
                    scale[c] = Math.Sqrt(ss / train.Rows);
                    break;
                case Normalisation.MinMax:
                    offset[c] = min;
                    scale[c] = max - min;
                    break;
                case Normalisation.DtaadMinMax:
                    offset[c] = min;
                    scale[c] = max - min + DtaadEpsilon;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(method), method,
                        $"ChannelNormaliser.Fit: expected one of {string.Join(", ", Enum.GetNames<Normalisation>())} but got {method}.");
            }

            if (scale[c] == 0)
            {
                scale[c] = 1;
                constant.Add(c);
            }
        }

        return new ChannelNormaliser(method, train.ColumnNames, offset, scale, constant);
    }

    /// <summary>Applies the fitted scaling to a table with the same channels.</summary>
    /// <param name="table">Table (T, D) with D equal to the fitted channel count; NaN-free.</param>
    /// <returns>A new scaled table with the same shape and names.</returns>
    /// <exception cref="ArgumentException">Channel count differs, or the table holds NaN/∞ (message names row and column).</exception>
    public TimeSeriesTable Transform(TimeSeriesTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns != Offset.Count)
        {
            throw new ArgumentException(
                $"ChannelNormaliser.Transform: expected {Offset.Count} channels [{string.Join(", ", ColumnNames)}] but got {table.Columns} [{string.Join(", ", table.ColumnNames)}].",
                nameof(table));
        }

        RequireFinite(table, "ChannelNormaliser.Transform", nameof(table));
        int d = table.Columns;
        var result = new double[table.Values.Length];
        var inv = new double[d];
        var off = new double[d];
        for (int c = 0; c < d; c++)
        {
            inv[c] = 1.0 / Scale[c];
            off[c] = Offset[c];
        }

        var src = table.Values.AsSpan();
        for (int r = 0, i = 0; r < table.Rows; r++)
        {
            for (int c = 0; c < d; c++, i++)
            {
                result[i] = (src[i] - off[c]) * inv[c];
            }
        }

        return new TimeSeriesTable(result, table.Rows, table.ColumnNames);
    }

    /// <summary>Undoes <see cref="Transform"/>: x = x̃ · Scale + Offset.</summary>
    /// <param name="table">A scaled table (T, D).</param>
    /// <returns>The table in original units.</returns>
    public TimeSeriesTable Inverse(TimeSeriesTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns != Offset.Count)
        {
            throw new ArgumentException($"ChannelNormaliser.Inverse: expected {Offset.Count} channels but got {table.Columns}.", nameof(table));
        }

        var result = new double[table.Values.Length];
        int d = table.Columns;
        for (int i = 0; i < result.Length; i++)
        {
            int c = i % d;
            result[i] = (table.Values[i] * Scale[c]) + Offset[c];
        }

        return new TimeSeriesTable(result, table.Rows, table.ColumnNames);
    }

    internal static void RequireFinite(TimeSeriesTable table, string op, string paramName)
    {
        var values = table.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                int row = i / table.Columns, col = i % table.Columns;
                throw new ArgumentException(
                    $"{op}: expected finite values but got {values[i]} at row {row} (0-based), column '{table.ColumnNames[col]}'. " +
                    "Run TableCleaner (paper 000 §3.2) first, which fills and counts missing values.",
                    paramName);
            }
        }
    }
}

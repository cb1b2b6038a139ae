// SPDX-License-Identifier: MIT
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Preprocessing;

/// <summary>
/// DTAAD's <c>wgn(a, 50)</c> "noise" as it actually runs: one random constant per column, added to every row of the
/// min-max-normalised table. The reference draws it unseeded; the kit draws it from a seed so runs repeat.
/// </summary>
/// <remarks>
/// Source: [DTAAD] <c>preprocess.py</c> <c>wgn</c> and <c>normalize3</c> (Yu-Lingrui/DTAAD). <c>wgn</c> min-max-scales its
/// input x (T, D) with ε = 1e−4, computes Ps = Σ x² / D and Pn = Ps / 10^(SNR/10), draws <c>randn(len_x)</c> with
/// <c>len_x</c> = D (the second element of <c>x.shape</c>, the column count, not the row count) and returns
/// noise · √Pn / 100. Added to a (T, D) array, that D-vector broadcasts over the rows: every row of column c moves by the
/// same offset_c, so it is a constant shift, not white noise. Because Ps sums over all T rows its size grows with √T
/// (about 1e−3 on MBA's 7680 rows). <c>normalize3</c> calls it once for the training table and once more for the test
/// table, so the two get different offsets even when the tables are equal (MBA). Differs: D-MN-03 (the reference is
/// unseeded; here each draw has a seed).
/// </remarks>
/// <param name="Offsets">The constant added to each column, length D.</param>
/// <param name="NoisePower">Pn = Ps / 10^(SNR/10) of the drawn table (before the division by 100).</param>
/// <param name="Seed">The seed the offsets were drawn with.</param>
public sealed record DtaadWgnOffset(IReadOnlyList<double> Offsets, double NoisePower, int Seed)
{
    /// <summary>The signal-to-noise ratio <c>normalize3</c> passes: 50 dB.</summary>
    public const double ReferenceSnrDb = 50;

    /// <summary>The reference divides the drawn noise by 100 before returning it.</summary>
    public const double ReferenceDivisor = 100;

    /// <summary>Draws the offsets <c>wgn</c> would add to <paramref name="raw"/>.</summary>
    /// <param name="raw">The table before normalisation (T, D), T ≥ 1, finite; <c>wgn</c> min-max-scales it itself.</param>
    /// <param name="seed">Seed of the standard-normal draws (the reference has none).</param>
    /// <param name="snrDb">SNR in dB; default 50 as the reference.</param>
    /// <returns>The offsets, one per column.</returns>
    /// <exception cref="ArgumentException">The table is empty or holds NaN/∞ (message names row and column).</exception>
    public static DtaadWgnOffset Draw(TimeSeriesTable raw, int seed, double snrDb = ReferenceSnrDb)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Rows == 0)
        {
            throw new ArgumentException("DtaadWgnOffset.Draw: expected at least one row but got 0.", nameof(raw));
        }

        int d = raw.Columns;
        var values = raw.Values;
        var min = new double[d];
        var max = new double[d];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v))
            {
                throw new ArgumentException(
                    $"DtaadWgnOffset.Draw: expected finite values but got {v} at row {i / d}, column '{raw.ColumnNames[i % d]}'. Clean the table first (TableCleaner).",
                    nameof(raw));
            }

            min[i % d] = Math.Min(min[i % d], v);
            max[i % d] = Math.Max(max[i % d], v);
        }

        double sumSquares = 0;
        for (int i = 0; i < values.Length; i++)
        {
            int c = i % d;
            double x = (values[i] - min[c]) / (max[c] - min[c] + ChannelNormaliser.DtaadEpsilon);
            sumSquares += x * x;
        }

        double noisePower = sumSquares / d / Math.Pow(10, snrDb / 10);
        var random = new Random(seed);
        var offsets = new double[d];
        for (int c = 0; c < d; c++)
        {
            offsets[c] = StandardNormal(random) * Math.Sqrt(noisePower) / ReferenceDivisor;
        }

        return new DtaadWgnOffset(offsets, noisePower, seed);
    }

    /// <summary>Adds each column's offset to every row, as <c>normalize3</c> adds <c>wgn</c>'s result.</summary>
    /// <param name="normalised">A table with the same columns (T, D), usually the min-max-normalised one.</param>
    /// <returns>A new table; the input is not changed.</returns>
    /// <exception cref="ArgumentException">The column count differs from <see cref="Offsets"/>.</exception>
    public TimeSeriesTable Apply(TimeSeriesTable normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        int d = normalised.Columns;
        if (d != Offsets.Count)
        {
            throw new ArgumentException(
                $"DtaadWgnOffset.Apply: expected a table with {Offsets.Count} columns (the drawn offsets) but got {d}.", nameof(normalised));
        }

        var result = new double[normalised.Values.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = normalised.Values[i] + Offsets[i % d];
        }

        return new TimeSeriesTable(result, normalised.Rows, normalised.ColumnNames);
    }

    /// <summary>One N(0, 1) draw by the Box–Muller transform (two uniforms per draw, so the sequence depends only on the seed).</summary>
    private static double StandardNormal(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

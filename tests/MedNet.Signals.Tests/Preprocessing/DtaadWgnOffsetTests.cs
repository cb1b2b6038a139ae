using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Preprocessing;

public class DtaadWgnOffsetTests
{
    /// <summary>Sums of a few doubles: 1e-12 leaves room for rounding only.</summary>
    private const double Tolerance = 1e-12;

    private static TimeSeriesTable Table(int rows, params double[] values) =>
        new(values, rows, Enumerable.Range(0, values.Length / rows).Select(i => $"c{i}").ToArray());

    [Fact]
    public void Draw_SmallTable_NoisePowerIsSumOfSquaresOverColumnsAt50Db()
    {
        // Columns min-max-scale (with ε = 1e-4) to (0, 1/(1+1e-4), ...) : c0 = 0, 1 → x = 0, 1/1.0001; c1 = 2, 4 → 0, 2/2.0001.
        var raw = Table(2, 0, 2, 1, 4);
        double x0 = 1 / 1.0001, x1 = 2 / 2.0001;
        double expected = ((x0 * x0) + (x1 * x1)) / 2 / 1e5;

        var wgn = DtaadWgnOffset.Draw(raw, seed: 7);

        Assert.Equal(expected, wgn.NoisePower, Tolerance);
        Assert.Equal(2, wgn.Offsets.Count);
        Assert.Equal(7, wgn.Seed);
    }

    [Fact]
    public void Draw_SameSeed_SameOffsetsAndOtherSeed_Others()
    {
        var raw = Table(3, 1, 5, 2, 6, 3, 9);

        var a = DtaadWgnOffset.Draw(raw, seed: 1);
        var b = DtaadWgnOffset.Draw(raw, seed: 1);
        var c = DtaadWgnOffset.Draw(raw, seed: 2);

        Assert.Equal(a.Offsets, b.Offsets);
        Assert.NotEqual(a.Offsets, c.Offsets);
    }

    [Fact]
    public void Draw_ManySeeds_OffsetsHaveStdSqrtNoisePowerOver100()
    {
        var rng = new Random(3);
        var raw = Table(500, [.. Enumerable.Range(0, 1000).Select(_ => rng.NextDouble())]);
        var offsets = Enumerable.Range(0, 2000).SelectMany(s => DtaadWgnOffset.Draw(raw, s).Offsets).ToArray();
        double expectedStd = Math.Sqrt(DtaadWgnOffset.Draw(raw, 0).NoisePower) / DtaadWgnOffset.ReferenceDivisor;

        double mean = offsets.Average();
        double std = Math.Sqrt(offsets.Select(o => (o - mean) * (o - mean)).Average());

        // 4000 normal draws: the sample std is within ~1.1 % (1 standard error) of the true one; 5 % is > 4 standard errors.
        Assert.InRange(std / expectedStd, 0.95, 1.05);
        Assert.InRange(Math.Abs(mean) / expectedStd, 0, 0.1);
    }

    [Fact]
    public void Apply_AddsOneConstantPerColumnToEveryRow()
    {
        var raw = Table(3, 1, 5, 2, 6, 3, 9);
        var wgn = DtaadWgnOffset.Draw(raw, seed: 4);

        var shifted = wgn.Apply(raw);

        for (int t = 0; t < 3; t++)
        {
            Assert.Equal(raw[t, 0] + wgn.Offsets[0], shifted[t, 0], Tolerance);
            Assert.Equal(raw[t, 1] + wgn.Offsets[1], shifted[t, 1], Tolerance);
        }

        Assert.Equal(1, raw[0, 0]);
    }

    [Fact]
    public void Draw_MbaSizedTable_OffsetsAreOfOrder1e3()
    {
        // 7680 rows whose min-max-scaled values have mean square 1/3 (uniform): Pn = 7680/3/1e5 ≈ 0.0256, √Pn/100 ≈ 1.6e-3.
        var rng = new Random(5);
        var raw = Table(7680, [.. Enumerable.Range(0, 2 * 7680).Select(_ => rng.NextDouble())]);

        var wgn = DtaadWgnOffset.Draw(raw, seed: 0);

        Assert.InRange(Math.Sqrt(wgn.NoisePower) / DtaadWgnOffset.ReferenceDivisor, 1.5e-3, 1.7e-3);
    }

    [Fact]
    public void Draw_NaN_NamesRowAndColumn()
    {
        var ex = Assert.Throws<ArgumentException>(() => DtaadWgnOffset.Draw(Table(2, 1, 2, double.NaN, 4), seed: 0));

        Assert.Contains("row 1, column 'c0'", ex.Message);
    }

    [Fact]
    public void Apply_WrongColumnCount_SaysHowMany()
    {
        var wgn = DtaadWgnOffset.Draw(Table(2, 1, 2, 3, 4), seed: 0);

        var ex = Assert.Throws<ArgumentException>(() => wgn.Apply(Table(2, 1, 2, 3, 4, 5, 6)));

        Assert.Contains("expected a table with 2 columns", ex.Message);
    }
}

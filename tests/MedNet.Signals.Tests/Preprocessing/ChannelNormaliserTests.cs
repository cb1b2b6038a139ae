using MedNet.Signals.Datasets;
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Preprocessing;

public class ChannelNormaliserTests
{
    /// <summary>Sums of a few hundred doubles: 1e-12 leaves room for rounding only.</summary>
    private const double Tolerance = 1e-12;

    private static TimeSeriesTable Table(int rows, params double[] values) =>
        new(values, rows, Enumerable.Range(0, values.Length / rows).Select(i => $"c{i}").ToArray());

    [Fact]
    public void ZScore_TrainingTable_HasMeanZeroAndPopulationStdOne()
    {
        var train = Table(4, 1, 10, 2, 20, 3, 30, 4, 40);
        var n = ChannelNormaliser.Fit(train);
        var z = n.Transform(train);
        for (int c = 0; c < 2; c++)
        {
            var col = z.Column(c);
            Assert.Equal(0, col.Average(), Tolerance);
            Assert.Equal(1, Math.Sqrt(col.Select(v => v * v).Average()), Tolerance);
        }

        Assert.Equal(2.5, n.Offset[0], Tolerance);
        Assert.Equal(Math.Sqrt(1.25), n.Scale[0], Tolerance);
    }

    [Fact]
    public void Transform_TestTable_UsesTrainingStatistics()
    {
        var train = Table(2, 0, 2);
        var test = Table(2, 4, 6);
        var n = ChannelNormaliser.Fit(train, Normalisation.MinMax);
        Assert.Equal([2.0, 3.0], n.Transform(test).Values);
    }

    [Fact]
    public void MinMax_TrainingTable_SpansZeroToOne()
    {
        var train = Table(3, -2, 5, 0, 7, 2, 9);
        var x = ChannelNormaliser.Fit(train, Normalisation.MinMax).Transform(train);
        Assert.Equal([0.0, 0, 0.5, 0.5, 1, 1], x.Values);
    }

    [Fact]
    public void DtaadMinMax_UsesEpsilonInDenominator()
    {
        var train = Table(2, 0, 1);
        var x = ChannelNormaliser.Fit(train, Normalisation.DtaadMinMax).Transform(train);
        Assert.Equal(1 / (1 + 1e-4), x[1, 0], Tolerance);
        Assert.Empty(ChannelNormaliser.Fit(Table(2, 3, 3), Normalisation.DtaadMinMax).ConstantChannels);
    }

    [Theory]
    [InlineData(Normalisation.ZScore)]
    [InlineData(Normalisation.MinMax)]
    public void Fit_ConstantChannel_DividesByOneAndReportsIt(Normalisation method)
    {
        var train = Table(3, 1, 5, 2, 5, 3, 5);
        var n = ChannelNormaliser.Fit(train, method);
        Assert.Equal([1], n.ConstantChannels);
        Assert.Equal(1, n.Scale[1]);
        var x = n.Transform(Table(1, 2, 6));
        Assert.Equal(1, x[0, 1]);
        Assert.All(n.Transform(train).Column(1), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Fit_ConstantChannelDtaadMinMax_EpsilonKeepsItFiniteAndUnflagged()
    {
        var train = Table(3, 1, 5, 2, 5, 3, 5);
        var n = ChannelNormaliser.Fit(train, Normalisation.DtaadMinMax);
        Assert.Empty(n.ConstantChannels);
        Assert.Equal(ChannelNormaliser.DtaadEpsilon, n.Scale[1]);
        Assert.All(n.Transform(train).Column(1), v => Assert.Equal(0, v));
        Assert.Equal(1 / ChannelNormaliser.DtaadEpsilon, n.Transform(Table(1, 2, 6))[0, 1], Tolerance * 1e4);
    }

    [Theory]
    [InlineData(Normalisation.ZScore)]
    [InlineData(Normalisation.MinMax)]
    [InlineData(Normalisation.DtaadMinMax)]
    public void Transform_AllChannelsConstant_GivesNoNaN(Normalisation method)
    {
        var train = Table(4, 2, 2, 2, 2, 2, 2, 2, 2);
        var x = ChannelNormaliser.Fit(train, method).Transform(Table(2, 2, 3, 1, 2));
        Assert.All(x.Values, v => Assert.True(double.IsFinite(v), $"{method} gave {v}"));
    }

    [Fact]
    public void Transform_NaNInTestData_ThrowsNamingRowAndColumn()
    {
        var n = ChannelNormaliser.Fit(Table(2, 0, 1, 2, 3));
        var ex = Assert.Throws<ArgumentException>(() => n.Transform(Table(2, 0, 1, 2, double.NaN)));
        Assert.Contains("row 1", ex.Message);
        Assert.Contains("'c1'", ex.Message);
        Assert.Contains("TableCleaner", ex.Message);
    }

    [Fact]
    public void Transform_WrongChannelCount_Throws()
    {
        var n = ChannelNormaliser.Fit(Table(2, 0, 1, 2, 3));
        Assert.Throws<ArgumentException>(() => n.Transform(Table(2, 0, 1)));
    }

    [Fact]
    public void Inverse_AfterTransform_GivesOriginal()
    {
        var train = Table(3, 1.5, -2, 7, 0.25, 3, 9);
        var n = ChannelNormaliser.Fit(train);
        var back = n.Inverse(n.Transform(train));
        for (int i = 0; i < train.Values.Length; i++)
        {
            Assert.Equal(train.Values[i], back.Values[i], Tolerance);
        }
    }

    [Fact]
    public void Fit_ShippedMbaDtaad_MatchesNormalize3Range()
    {
        var ds = MbaDataset.Load(SharedData.Shipped("mba"));
        var n = ChannelNormaliser.Fit(ds.Train, Normalisation.DtaadMinMax);
        Assert.Equal(-4.61, n.Offset[0], Tolerance);
        Assert.Equal(2.77 + 4.61 + 1e-4, n.Scale[0], Tolerance);
        var x = n.Transform(ds.Test);
        Assert.Equal(0, x.Column(0).Min(), Tolerance);
        Assert.True(x.Column(0).Max() < 1);
    }
}

using MedNet.Viz.Decimation;

namespace MedNet.Viz.Tests.Decimation;

public class MinMaxDecimatorTests
{
    [Fact]
    public void Decimate_ShortSeries_KeepsEverySampleWithTimes()
    {
        var result = MinMaxDecimator.Decimate<double>([1.0, 2, 3], 10, x0: 5, dx: 0.5);

        Assert.False(result.IsDecimated);
        Assert.Equal([5.0, 5.5, 6.0], result.X);
        Assert.Equal([1.0, 2, 3], result.Y);
        Assert.Equal("all 3 points displayed", result.Note);
    }

    [Fact]
    public void Decimate_LongSeries_KeepsGlobalPeaksAndHonestNote()
    {
        var values = new float[650_000];
        values[123_457] = 5;
        values[400_001] = -7;

        var result = MinMaxDecimator.Decimate<float>(values, 4000);

        Assert.True(result.Y.Length <= 4000);
        Assert.Contains(5.0, result.Y);
        Assert.Contains(-7.0, result.Y);
        Assert.Contains(123_457.0, result.X);
        Assert.StartsWith($"displayed: {result.Y.Length:N0} of 650,000 points, min/max per bucket of 325 samples", result.Note);
    }

    [Fact]
    public void Decimate_BucketExtremes_EmittedInTimeOrder()
    {
        double[] values = [0, 9, 1, -3, /* bucket 2 */ -5, 0, 0, 8];

        var result = MinMaxDecimator.Decimate<double>(values, 4);

        Assert.Equal([1.0, 3, 4, 7], result.X);
        Assert.Equal([9.0, -3, -5, 8], result.Y);
    }

    [Fact]
    public void Decimate_AllNaNBucket_EmitsOneGap()
    {
        double[] values = [double.NaN, double.NaN, double.NaN, double.NaN, 1, 2, 3, 4];

        var result = MinMaxDecimator.Decimate<double>(values, 4);

        Assert.True(double.IsNaN(result.Y[0]));
        Assert.Equal([double.NaN, 1, 4], result.Y);
    }

    [Fact]
    public void Decimate_Empty_ReturnsEmpty()
    {
        var result = MinMaxDecimator.Decimate<double>([], 10);

        Assert.Empty(result.Y);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(10, 0.0)]
    [InlineData(10, double.NaN)]
    public void Decimate_BadArguments_Throw(int maxPoints, double dx)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinMaxDecimator.Decimate<double>([1.0], maxPoints, 0, dx));
    }
}

using MedNet.Signals.Augmentation;

namespace MedNet.Signals.Tests.Augmentation;

public class AugmentationTests
{
    private static float[] Sine(int n) => Enumerable.Range(0, n).Select(t => (float)Math.Sin(2 * Math.PI * t / 90)).ToArray();

    [Theory]
    [InlineData(15)]
    [InlineData(25)]
    public void GaussianNoise_MeasuredSnr_MatchesTarget(double snrDb)
    {
        var clean = Sine(200_000);
        var noisy = (float[])clean.Clone();
        GaussianNoise.Add(noisy, snrDb, new Random(1));
        double ps = clean.Average(v => (double)v * v);
        double pn = clean.Zip(noisy, (a, b) => (double)(b - a) * (b - a)).Average();
        Assert.Equal(snrDb, 10 * Math.Log10(ps / pn), 0.1); // 200k samples: the noise-power estimate is within ~1%
    }

    [Fact]
    public void GaussianNoise_SameSeed_SameNoise()
    {
        var a = Sine(1000);
        var b = Sine(1000);
        GaussianNoise.Add(a, 20, new Random(7));
        GaussianNoise.Add(b, 20, new Random(7));
        Assert.Equal(a, b);
    }

    [Fact]
    public void BaselineWander_DrawsInsidePaperRanges()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            var x = Sine(3600);
            var (f, amp, _) = BaselineWander.Add(x, 360, new Random(seed));
            Assert.InRange(f, 0.15, 0.3);
            Assert.InRange(amp, 0, 0.15 * 2.0 + 1e-6); // range of the sine is 2
        }
    }

    [Fact]
    public void TimeShift_WithinPlusMinus50Ms_AndShiftsAllLeadsAlike()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            var record = Enumerable.Range(0, 2000).Select(i => (float)(i % 1000)).ToArray();
            int s = TimeShift.Apply(record, 2, 360, new Random(seed));
            Assert.InRange(s, -18, 18);
            Assert.Equal(record[500], record[1000 + 500]);
            Assert.Equal(500 - s, record[500]);
        }
    }
}

using MedNet.Signals.Preprocessing;

namespace MedNet.Signals.Tests.Preprocessing;

public class PerLeadZScoreTests
{
    /// <summary>float32 sums over a few samples.</summary>
    private const double Tolerance = 1e-5;

    [Fact]
    public void Apply_EachLead_HasZeroMeanUnitVariance()
    {
        float[] record = [1, 2, 3, 4, 10, 30, 50, 70];
        Assert.Equal(0, PerLeadZScore.Apply(record, 2));
        for (int c = 0; c < 2; c++)
        {
            var lead = record.Skip(c * 4).Take(4).ToArray();
            Assert.Equal(0, lead.Average(), Tolerance);
            Assert.Equal(1, Math.Sqrt(lead.Select(v => v * v).Average()), Tolerance);
        }
    }

    [Fact]
    public void Apply_FlatLead_IsCentredAndCounted()
    {
        float[] record = [5, 5, 5, 1, 2, 3];
        Assert.Equal(1, PerLeadZScore.Apply(record, 2));
        Assert.Equal([0f, 0, 0], record[..3]);
    }

    [Fact]
    public void Apply_NaN_Throws()
    {
        float[] record = [1, float.NaN];
        Assert.Throws<ArgumentException>(() => PerLeadZScore.Apply(record, 1));
    }
}

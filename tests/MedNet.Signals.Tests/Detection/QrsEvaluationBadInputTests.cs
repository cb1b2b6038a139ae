using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;
using MedNet.Signals.Filters;

namespace MedNet.Signals.Tests.Detection;

/// <summary>Issue 18, point 3: short records and infinite rates reach the filters as named errors, not generic ones.</summary>
public class QrsEvaluationBadInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Evaluate_RecordTooShortForTheFilter_NamesTheRecord(int samples)
    {
        var record = new MitBihRecord("999", 360, "MLII", 0, new float[samples], []);
        var ex = Assert.Throws<InvalidOperationException>(() => QrsEvaluation.Evaluate(record));
        Assert.Contains("record 999 (MLII)", ex.Message);
        Assert.Contains($"holds {samples}", ex.Message);
    }

    [Fact]
    public void Butterworth_InfiniteSamplingRate_IsNamed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.BandPass(2, 0.5, 40, double.PositiveInfinity));
        Assert.Contains("finite sampling rate", ex.Message);
    }
}

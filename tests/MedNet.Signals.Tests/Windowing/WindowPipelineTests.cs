// SPDX-License-Identifier: MIT
using MedNet.Signals.Preprocessing;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Windowing;

public class WindowPipelineTests
{
    private static TimeSeriesTable Table(params double[] values) => new(values, values.Length / 2, ["a", "b"]);

    [Fact]
    public void Apply_AnyTable_EqualsNormaliseThenWindowWithTrainStatistics()
    {
        var train = Table(0, 10, 1, 20, 2, 30, 4, 40);
        var test = Table(1, 15, 3, 25, 5, 35);
        var options = WindowSpec.Dtaad(3);
        var pipeline = WindowPipeline.Fit(train, Normalisation.DtaadMinMax, options);

        var expected = WindowCutter.Cut(ChannelNormaliser.Fit(train, Normalisation.DtaadMinMax).Transform(test), options);
        var actual = pipeline.Apply(test);

        Assert.Equal(expected.Shape, actual.Shape);
        Assert.Equal(expected.Data, actual.Data);
        Assert.Same(options, pipeline.Windows);
    }

    [Fact]
    public void Fit_InvalidWindowSpec_ThrowsNamingTheField()
    {
        var e = Assert.Throws<ArgumentException>(() => WindowPipeline.Fit(Table(0, 1, 2, 3), Normalisation.ZScore, new WindowSpec { Length = 0 }));
        Assert.Contains("Length", e.Message, StringComparison.Ordinal);
    }
}

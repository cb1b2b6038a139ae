// SPDX-License-Identifier: MIT
using MedNet.Signals.Filters;

namespace MedNet.Signals.Tests.Filters;

public class EcgBandPassTests
{
    [Theory]
    [InlineData(360.0)]
    [InlineData(500.0)]
    public void Design_RateWithRoom_KeepsPaperBand(double fs)
    {
        var d = EcgBandPass.Design(fs);

        Assert.Equal((0.5, 150.0, null), (d.LowHz, d.HighHz, d.Note));
        Assert.Equal(1 / Math.Sqrt(2), d.Filter.Response(150, fs).Magnitude, FilterTolerances.Analytic);
    }

    [Theory]
    [InlineData(100.0)]
    [InlineData(128.0)]
    [InlineData(300.0)]
    public void Design_150HzAtOrAboveNyquist_DropsLowPassWithNote(double fs)
    {
        var d = EcgBandPass.Design(fs);

        Assert.Null(d.HighHz);
        Assert.Contains("low-pass 150 Hz dropped", d.Note);
        Assert.Equal(1 / Math.Sqrt(2), d.Filter.Response(0.5, fs).Magnitude, FilterTolerances.Analytic);
        Assert.Equal(1, d.Filter.Response(fs / 2, fs).Magnitude, FilterTolerances.Analytic);
    }

    [Fact]
    public void Design_ClampRule_LowersCutoffTo90PercentOfNyquist()
    {
        var d = EcgBandPass.Design(300, rule: NyquistRule.ClampBelowNyquist);

        Assert.Equal(135, d.HighHz!.Value, FilterTolerances.Analytic);
        Assert.Contains("lowered to", d.Note);
    }

    [Fact]
    public void Design_ThrowRule_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EcgBandPass.Design(100, rule: NyquistRule.Throw));
}

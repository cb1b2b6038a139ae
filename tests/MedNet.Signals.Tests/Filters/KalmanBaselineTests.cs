// SPDX-License-Identifier: MIT
using MedNet.Signals.Filters;

namespace MedNet.Signals.Tests.Filters;

public class KalmanBaselineTests
{
    private const double Fs = 360;

    [Fact]
    public void Remove_DriftPlusEcgBand_LowersPowerBelowHalfHertz()
    {
        var n = 36_000; // 100 s
        var drift = SignalProbe.Sine(n, 0.2, Fs, 1.0);
        var ecg = SignalProbe.Sine(n, 10, Fs, 0.5);
        var x = new float[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = drift[i] + ecg[i] + 0.3f; // offset too
        }

        var y = new float[n];
        KalmanBaseline.Remove(x, y, Fs);

        var (driftBefore, _) = SignalProbe.Component(x, 0.2, Fs, 3600, n - 3600);
        var (driftAfter, _) = SignalProbe.Component(y, 0.2, Fs, 3600, n - 3600);
        var (ecgAfter, _) = SignalProbe.Component(y, 10, Fs, 3600, n - 3600);
        Assert.True(driftAfter * driftAfter < 0.05 * driftBefore * driftBefore, $"0.2 Hz power kept {driftAfter * driftAfter / (driftBefore * driftBefore):P1}");
        Assert.Equal(0.5, ecgAfter, 0.01); // 10 Hz passes within 2 %
        Assert.True(Math.Abs(y.AsSpan(3600, n - 7200).ToArray().Average()) < 0.01, "offset removed");
    }

    [Fact]
    public void Estimate_AtCutoff_IsMinus3Db()
    {
        var n = 72_000;
        var x = SignalProbe.Sine(n, KalmanBaseline.DefaultCutoffHz, Fs);
        var b = new float[n];

        KalmanBaseline.Estimate(x, b, Fs);

        var (amp, phase) = SignalProbe.Component(b, 0.5, Fs, 18_000, 54_000);
        var (_, phaseIn) = SignalProbe.Component(x, 0.5, Fs, 18_000, 54_000);
        Assert.Equal(1 / Math.Sqrt(2), amp, FilterTolerances.MeasuredAmplitude);
        Assert.Equal(phaseIn, phase, 1e-3); // zero phase: forward + backward (RTS) pass
    }

    [Fact]
    public void Estimate_Impulse_IsSymmetricSoThereIsNoLag()
    {
        var x = new float[20_001];
        x[10_000] = 1;
        var b = new float[x.Length];

        KalmanBaseline.Estimate(x, b, Fs);

        for (var k = 1; k < 2_000; k += 37)
        {
            Assert.Equal(b[10_000 - k], b[10_000 + k], 1e-7f);
        }
    }

    [Fact]
    public void NoiseRatio_IsSteadyStateGainFormula()
    {
        var lambda = KalmanBaseline.NoiseRatio(0.5, Fs);
        var k = (-lambda + Math.Sqrt((lambda * lambda) + (4 * lambda))) / 2; // steady-state gain of a random walk with R = 1

        var w = 2 * Math.PI * 0.5 / Fs;
        var h2 = k * k / (1 - (2 * (1 - k) * Math.Cos(w)) + ((1 - k) * (1 - k)));
        Assert.Equal(1 / Math.Sqrt(2), h2, FilterTolerances.Analytic);
    }
}

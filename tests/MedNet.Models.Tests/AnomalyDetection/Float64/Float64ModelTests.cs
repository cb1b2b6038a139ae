// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Tests.AnomalyDetection.Training;
using MedNet.Models.Training;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Float64;

/// <summary>DTAAD, MED-Net and the CAE in float64 (as the DTAAD repository's model.double()): forward, backward and a smoke fit.</summary>
public class Float64ModelTests
{
    [Fact]
    public void DtaadSmokeFitInFloat64RunsAndGivesLossesCloseToFloat32()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(512);
        var options = DtaadTraining.Reference with { Epochs = 3 };
        torch.manual_seed(0);
        var m32 = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var l32 = DualForecastTrainer.Train(m32, windows, options, DtaadTraining.Loss);
        torch.manual_seed(0);
        var m64 = new DtaadModel(2, DtaadTraining.WindowLength, DtaadConfig.Reference);
        var l64 = DualForecastTrainer.Train(m64, windows, options with { DType = ScalarType.Float64 }, DtaadTraining.Loss);

        foreach (var p in m64.parameters())
        {
            Assert.Equal(ScalarType.Float64, p.dtype);
        }

        Assert.Equal(ScalarType.Float32, windows.dtype);
        for (var e = 0; e < 3; e++)
        {
            // Same initial weights and dropout draws; only the arithmetic's precision differs.
            Assert.NotEqual(l32[e].Loss, l64[e].Loss);
            Assert.True(Math.Abs(l32[e].Loss - l64[e].Loss) <= 1e-4 * Math.Abs(l32[e].Loss), $"epoch {e + 1}: float32 {l32[e].Loss:G9} vs float64 {l64[e].Loss:G9}");
        }

        var s32 = DualForecastTrainer.Score(m32, windows);
        var s64 = DualForecastTrainer.Score(m64, windows);
        for (var i = 0; i < s32.Length; i++)
        {
            Assert.True(Math.Abs(s32[i] - s64[i]) <= 1e-5 + (1e-3 * Math.Abs(s64[i])), $"score {i}: float32 {s32[i]:G9} vs float64 {s64[i]:G9}");
        }
    }

    [Theory]
    [InlineData(FusionPlacement.CodeForecastOutputs)]
    [InlineData(FusionPlacement.PaperFeatureMaps)]
    public void MedNetRunsForwardAndBackwardInFloat64(FusionPlacement fusion)
    {
        torch.manual_seed(1);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, MedNetConfig.Reference with { Fusion = fusion });
        var x = torch.rand(4, 2, DtaadTraining.WindowLength);
        model.eval(); // no dropout draws, so both dtypes see the same network
        var (r1, r2) = model.call(x);
        model.@double();
        var (d1, d2) = model.call(x.@double());
        Assert.Equal(ScalarType.Float64, d2.dtype);
        AssertClose(r1, d1);
        AssertClose(r2, d2);
        model.train();
        (d1, d2) = model.call(x.@double());
        (d1.sum() + d2.square().sum()).backward();
        foreach (var (name, p) in model.named_parameters())
        {
            Assert.True(p.grad is null || p.grad.dtype == ScalarType.Float64, name);
        }
    }

    [Fact]
    public void CaeTrainsInFloat64()
    {
        torch.manual_seed(2);
        var model = new CaeModel(2, 32, CaeConfig.Reference);
        var x = torch.rand(6, 2, 32);
        model.eval();
        var y32 = model.call(x);
        model.@double();
        var y64 = model.call(x.@double());
        AssertClose(y32, y64);
        model.train();
        var logs = CaeTrainer.Train(model, x, CaeTraining.Reference with { Epochs = 2, DType = ScalarType.Float64 });
        Assert.Equal(2, logs.Count);
        Assert.All(CaeTrainer.Score(model, x), s => Assert.True(double.IsFinite(s)));
    }

    private static void AssertClose(Tensor f32, Tensor f64)
    {
        var a = f32.ToArray();
        var b = f64.ToArray<double>();
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.True(Math.Abs(a[i] - b[i]) <= 1e-5 + (1e-4 * Math.Abs(b[i])), $"[{i}] float32 {a[i]:G9} vs float64 {b[i]:G9}");
        }
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Models.Tests.AnomalyDetection.Training;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.MedNet;

public class ReconstructionDecoderTests
{
    private static readonly MedNetConfig ReadingB = MedNetConfig.Reference with
    {
        Decoder = MedNetDecoder.TransposedConvolutions,
        Fusion = FusionPlacement.PaperFeatureMaps,
    };

    [Fact]
    public void Reconstruct_Windows_HasTheWindowShape()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, ReadingB);
        model.eval();
        var x = torch.rand(3, 2, 10);
        Assert.Equal([3L, 2, 10], model.Reconstruct(x).shape);
    }

    [Fact]
    public void Forward_ReadingB_ReturnsTheReconstructionsLastElementTwice()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, ReadingB);
        model.eval();
        var x = torch.rand(3, 2, 10);
        var (x1, x2) = model.call(x);
        Assert.Equal(model.Reconstruct(x).select(2, 9).ToArray(), x1.ToArray());
        Assert.Equal(x1.ToArray(), x2.ToArray());
    }

    [Fact]
    public void Reconstruct_DefaultReadingA_ThrowsNamingTheDecoder()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, MedNetConfig.Reference);
        var e = Assert.Throws<InvalidOperationException>(() => model.Reconstruct(torch.rand(1, 2, 10)));
        Assert.Contains("DualForecastHeads", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReadingBWithCodeFusion_ReportsTheFusionNeeded()
    {
        var problems = (ReadingB with { Fusion = FusionPlacement.CodeForecastOutputs, ReconstructionKernelSize = 2 }).Validate(2);
        Assert.Contains(problems, p => p.Contains("needs Fusion = PaperFeatureMaps", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ReconstructionKernelSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Backward_ReconstructionLoss_ReachesDecoderAndBothTcns()
    {
        torch.manual_seed(1);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, ReadingB);
        model.eval();
        torch.nn.functional.mse_loss(model.Reconstruct(torch.rand(4, 2, 10)), torch.rand(4, 2, 10)).backward();
        foreach (var (name, p) in model.named_parameters())
        {
            if (name.StartsWith("reconstruction_decoder", StringComparison.Ordinal) || name.Contains("l_tcn", StringComparison.Ordinal)
                || name.Contains("g_tcn", StringComparison.Ordinal))
            {
                Assert.True(p.grad is not null && p.grad.ToArray().Any(g => g != 0f), $"{name} received no gradient.");
            }
        }
    }

    [Fact]
    public void Train_MbaSliceWithDualForecastTrainer_LossDecreases()
    {
        var windows = DualForecastTrainerTests.MbaSliceWindows(512);
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, ReadingB);
        var logs = DualForecastTrainer.Train(model, windows, MedNetTraining.Mba with { Epochs = 4, Optimizer = MedNetTraining.Mba.Optimizer with { LearningRate = 1e-3 } }, DtaadTraining.Loss);
        Assert.True(logs[^1].Loss < logs[0].Loss, $"loss did not fall: {logs[0].Loss} → {logs[^1].Loss}");
        Assert.Equal(512 * 2, DualForecastTrainer.Score(model, windows).Length);
    }
}

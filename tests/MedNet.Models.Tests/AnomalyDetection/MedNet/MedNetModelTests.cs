// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Models.AnomalyDetection.Training;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.MedNet;

public class MedNetModelTests
{
    [Theory]
    [InlineData(FusionPlacement.CodeForecastOutputs, 1)]
    [InlineData(FusionPlacement.CodeForecastOutputs, 2)]
    [InlineData(FusionPlacement.PaperFeatureMaps, 1)]
    [InlineData(FusionPlacement.PaperFeatureMaps, 2)]
    public void Forward_EitherFusion_TwoFiniteForecastsPerChannel(FusionPlacement fusion, int channels)
    {
        torch.manual_seed(0);
        var model = new MedNetModel(channels, DtaadTraining.WindowLength, MedNetConfig.Reference with { Fusion = fusion });
        var (x1, x2) = model.call(torch.rand(4, channels, 10));
        Assert.Equal([4L, channels], x1.shape);
        Assert.Equal([4L, channels], x2.shape);
        Assert.All(x2.ToArray(), v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Forward_AllEnhancementsOff_EqualsBackboneDtaad()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, MedNetConfig.Reference with { LightAttention = false, MultiScale = false, EnhancedAttention = false });
        model.eval();
        var x = torch.rand(3, 2, 10);
        Assert.Equal(model.Backbone.call(x).X2.ToArray(), model.call(x).X2.ToArray());
    }

    [Fact]
    public void Parameters_EnhancementsOn_AddStreamsToBackbone()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(1, DtaadTraining.WindowLength, MedNetConfig.Reference);
        // C = 1: light 1·16+16 + MHA(16) 3·16·16+48+16·16+16 + 16+1; multi-scale 3+1 + 5+1 + 2+1; enhanced 4+4 + MHA(4) 48+12+16+4 + 4+1.
        const int light = 32 + (768 + 48 + 256 + 16) + 17;
        const int multiScale = 4 + 6 + 3;
        const int enhanced = 8 + (48 + 12 + 16 + 4) + 5;
        Assert.Equal(model.Backbone.parameter_count() + light + multiScale + enhanced, model.parameter_count());
    }

    [Fact]
    public void Window128_Reading_BuildsHeadsOver128Steps()
    {
        torch.manual_seed(0);
        var model = new MedNetModel(1, 128, MedNetConfig.Reference with { Window = WindowReading.Window128 });
        Assert.Equal(128, model.Backbone.WindowSize);
        Assert.Equal([1, 2, 4, 8, 16, 32, 64], model.Backbone.GlobalDilations);
    }

    [Fact]
    public void Validate_OddChannelsWithTwoHeads_ReportsHeadProblem()
    {
        var problems = MedNetConfig.Reference.Validate(3);
        Assert.Contains(problems, p => p.StartsWith("LightAttentionHeads", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_MbaSlice_LossDecreases()
    {
        var windows = Training.DualForecastTrainerTests.MbaSliceWindows(512);
        torch.manual_seed(0);
        var model = new MedNetModel(2, DtaadTraining.WindowLength, MedNetConfig.Reference);
        var logs = DualForecastTrainer.Train(model, windows, MedNetTraining.Mba with { Epochs = 3 }, DtaadTraining.Loss);
        Assert.True(logs[^1].Loss < logs[0].Loss, $"loss did not fall: {logs[0].Loss} → {logs[^1].Loss}");
    }

    [Fact]
    public void Width128_Reading_RunsTheBackbone128WideAndReturnsC()
    {
        torch.manual_seed(0);
        var config = MedNetConfig.Reference with { Window = WindowReading.Width128 };
        var model = new MedNetModel(2, MedNetTraining.WindowLength(config.Window), config);

        var (x1, x2) = model.call(torch.rand(4, 2, 10));

        Assert.Equal(10, model.WindowSize);
        Assert.Equal(128, model.Backbone.Channels);
        Assert.Equal([4L, 2L], x1.shape);
        Assert.Equal([4L, 2L], x2.shape);
    }

    [Fact]
    public void Width128_PaperPlacement_IsReported()
    {
        var problems = (MedNetConfig.Reference with { Window = WindowReading.Width128, Fusion = FusionPlacement.PaperFeatureMaps }).Validate(2);
        Assert.Contains(problems, p => p.Contains("Width128", StringComparison.Ordinal) && p.Contains("CodeForecastOutputs", StringComparison.Ordinal));
    }

    [Fact]
    public void Width128_TrainMbaSlice_LossDecreasesAndTheLiftLearns()
    {
        var windows = Training.DualForecastTrainerTests.MbaSliceWindows(256);
        torch.manual_seed(0);
        var config = MedNetConfig.Reference with { Window = WindowReading.Width128 };
        var model = new MedNetModel(2, MedNetTraining.WindowLength(config.Window), config);
        var before = model.named_parameters().First(p => p.name.StartsWith("width_in", StringComparison.Ordinal)).parameter.ToArray();

        var logs = DualForecastTrainer.Train(model, windows, MedNetTraining.Mba with { Epochs = 3 }, DtaadTraining.Loss);

        var after = model.named_parameters().First(p => p.name.StartsWith("width_in", StringComparison.Ordinal)).parameter.ToArray();
        Assert.True(logs[^1].Loss < logs[0].Loss, $"loss did not fall: {logs[0].Loss} → {logs[^1].Loss}");
        Assert.NotEqual(before, after);
    }
}

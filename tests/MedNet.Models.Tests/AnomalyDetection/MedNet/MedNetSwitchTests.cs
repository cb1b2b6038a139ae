// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.MedNet;

/// <summary>The fusion switches of the authors' code (D-MN-22): the stream step and the enhanced attention's input.</summary>
public class MedNetSwitchTests
{
    private static (Tensor X1, Tensor X2) Forward(MedNetConfig config, Tensor input)
    {
        torch.manual_seed(0);
        var model = new MedNetModel(2, 10, config);
        model.eval();
        return model.call(input);
    }

    [Fact]
    public void Reference_FusesTheFirstStep_WithTheSingleTokenAttention()
    {
        Assert.Equal(StreamStep.First, MedNetConfig.Reference.FusedStep);
        Assert.Equal(EnhancedAttentionInput.ForecastToken, MedNetConfig.Reference.EnhancedInput);
    }

    [Fact]
    public void FusedStepLast_ChangesOnlyWhatTheStreamsAdd()
    {
        torch.manual_seed(5);
        var input = torch.rand(3, 2, 10);
        var first = Forward(MedNetConfig.Reference, input);
        var last = Forward(MedNetConfig.Reference with { FusedStep = StreamStep.Last }, input);
        var bare = Forward(MedNetConfig.Reference with { LightAttention = false, MultiScale = false, EnhancedAttention = false }, input);
        var bareLast = Forward(MedNetConfig.Reference with { LightAttention = false, MultiScale = false, EnhancedAttention = false, FusedStep = StreamStep.Last }, input);

        Assert.NotEqual(first.X1.ToArray(), last.X1.ToArray());
        Assert.NotEqual(first.X2.ToArray(), last.X2.ToArray());
        Assert.Equal(bare.X1.ToArray(), bareLast.X1.ToArray());
    }

    [Fact]
    public void GlobalFeatureSteps_AttendsOverTime_AndKeepsTheForecastShape()
    {
        torch.manual_seed(6);
        var input = torch.rand(4, 2, 10);
        var token = Forward(MedNetConfig.Reference, input);
        var steps = Forward(MedNetConfig.Reference with { EnhancedInput = EnhancedAttentionInput.GlobalFeatureSteps }, input);

        Assert.Equal([4L, 2L], steps.X2.shape);
        Assert.Equal(token.X1.ToArray(), steps.X1.ToArray());
        Assert.NotEqual(token.X2.ToArray(), steps.X2.ToArray());
    }

    [Fact]
    public void Validate_GlobalFeatureStepsWithWidth128_IsRejected()
    {
        var problems = (MedNetConfig.Reference with { EnhancedInput = EnhancedAttentionInput.GlobalFeatureSteps, Window = WindowReading.Width128 }).Validate(2);

        Assert.Contains(problems, p => p.StartsWith("EnhancedInput:", StringComparison.Ordinal));
        Assert.Contains((MedNetConfig.Reference with { FusedStep = (StreamStep)3 }).Validate(2), p => p.StartsWith("FusedStep:", StringComparison.Ordinal));
    }
}

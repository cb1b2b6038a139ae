// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN.Loss;

public class LossTests
{
    public LossTests() => torch.manual_seed(14);

    [Theory]
    [InlineData(Reduction.None)]
    [InlineData(Reduction.Mean)]
    [InlineData(Reduction.Sum)]
    public void MSELoss_AllReductions_GradcheckPasses(Reduction r)
    {
        var t = torch.randn(3, 4);
        GradCheck.Assert(x => torch.nn.MSELoss(r).call(x[0], t), torch.randn(3, 4));
    }

    [Fact]
    public void MSELoss_KnownValue()
    {
        var l = torch.nn.functional.mse_loss(torch.tensor([1f, 2f], [2]), torch.tensor([0f, 0f], [2]));
        Assert.Equal(2.5f, l.item());
    }

    [Fact]
    public void CrossEntropy_Weighted_GradcheckAndWeightedMean()
    {
        var w = torch.tensor([1f, 2f, 0.5f], [3]);
        var target = torch.tensor([0f, 2f, 1f, 1f], [4]);
        GradCheck.Assert(x => torch.nn.CrossEntropyLoss(w).call(x[0], target), torch.randn(4, 3));

        var logits = torch.randn(4, 3);
        var perSample = torch.nn.CrossEntropyLoss(reduction: Reduction.None).call(logits, target).ToArray();
        double num = 0, den = 0;
        var wa = w.ToArray();
        var ta = target.ToArray();
        for (var i = 0; i < 4; i++)
        {
            num += wa[(int)ta[i]] * perSample[i];
            den += wa[(int)ta[i]];
        }

        Assert.Equal((float)(num / den), torch.nn.CrossEntropyLoss(w).call(logits, target).item(), 5);
    }

    [Fact]
    public void CrossEntropy_UniformLogits_EqualsLogK()
    {
        var l = torch.nn.functional.cross_entropy(torch.zeros(2, 4), torch.tensor([1f, 3f], [2]));
        Assert.Equal(MathF.Log(4), l.item(), 5);
    }

    [Fact]
    public void BCELoss_GradcheckAndClamp()
    {
        var t = torch.tensor([0f, 1f, 1f, 0f], [4]);
        GradCheck.Assert(x => torch.nn.BCELoss().call(x[0].sigmoid(), t), torch.randn(4));
        var l = torch.nn.functional.binary_cross_entropy(torch.tensor([0f], [1]), torch.tensor([1f], [1]));
        Assert.Equal(100f, l.item());
    }

    [Fact]
    public void FocalLoss_GammaZero_EqualsCrossEntropy()
    {
        var logits = torch.randn(5, 3);
        var target = torch.tensor([0f, 1f, 2f, 1f, 0f], [5]);
        Assert.Equal(torch.nn.functional.cross_entropy(logits, target).item(), torch.nn.FocalLoss(0).call(logits, target).item(), 5);
    }

    [Fact]
    public void FocalLoss_WithAlpha_GradcheckPasses()
    {
        var target = torch.tensor([0f, 2f, 1f], [3]);
        GradCheck.Assert(x => torch.nn.FocalLoss(2, torch.tensor([0.25f, 0.5f, 1f], [3])).call(x[0], target), torch.randn(3, 3));
    }
}

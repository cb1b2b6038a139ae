// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Classification;

/// <summary>
/// The three losses of [MSA] §3.2 against PyTorch 1.13 (values and gradients printed by
/// <c>/usr/bin/python3 tools/fixtures/msa_losses.py</c>, torch 1.13.0a0, float64).
/// </summary>
public class ClassificationLossTests
{
    private const double Tol = 2e-6; // float32 engine vs float64 reference on O(1) values

    private static readonly float[] Logits =
    [
        2.0f, -1.0f, 0.5f, 0.0f, -0.5f,
        0.1f, 0.2f, 0.3f, -0.4f, 1.5f,
        -2.0f, 3.0f, 0.0f, 1.0f, 0.5f,
        0f, 0f, 0f, 0f, 0f,
    ];

    private static readonly float[] Targets = [0, 4, 3, 2];

    // The script's class counts; inverse-frequency weights N / (K·n_k) = 208 / (5·n_k).
    private static readonly long[] Counts = [150, 30, 10, 6, 12];

    [Fact]
    public void CrossEntropy_MatchesPyTorch() =>
        Check(new ClassificationLossSettings { Kind = ClassificationLossKind.CrossEntropy }.Create(), 1.2321344130, [-0.0822527627, 0.0083516432, 0.0374294679]);

    [Fact]
    public void WeightedCrossEntropy_MatchesPyTorch() =>
        Check(new ClassificationLossSettings { Kind = ClassificationLossKind.WeightedCrossEntropy }.Create(Counts), 1.6648274417, [-0.0061497393, 0.0006244219, 0.0027984649]);

    [Fact]
    public void Focal_Gamma2_MatchesTheReference() =>
        Check(new ClassificationLossSettings().Create(), 0.7571579462, [-0.0233941763, 0.0023753587, 0.0106456190]);

    [Fact]
    public void Focal_Gamma2_ClassWeights_MatchesTheReference() =>
        Check(new ClassificationLossSettings { FocalClassWeights = true }.Create(Counts), 4.3211575074, [-0.0064879849, 0.0006587661, 0.0029523850]);

    [Fact]
    public void Focal_Gamma0_IsCrossEntropy() =>
        Check(new ClassificationLossSettings { Gamma = 0 }.Create(), 1.2321344130, [-0.0822527627, 0.0083516432, 0.0374294679]);

    [Fact]
    public void InverseFrequencyWeights_AreNOverKn()
    {
        Assert.Equal([208f / 750, 208f / 150, 208f / 50, 208f / 30, 208f / 60], ClassificationLossSettings.InverseFrequencyWeights(Counts).ToArray());
        Assert.Equal([0f, 0.5f], ClassificationLossSettings.InverseFrequencyWeights([0, 5]).ToArray()); // K counts the absent class
        Assert.Throws<ArgumentException>(() => ClassificationLossSettings.InverseFrequencyWeights([0, 0]));
    }

    [Fact]
    public void WeightedCrossEntropy_WithoutCounts_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ClassificationLossSettings { Kind = ClassificationLossKind.WeightedCrossEntropy }.Create());
        Assert.Contains("class counts", ex.Message);
    }

    private static void Check(Tensors.NN.Loss loss, double expected, double[] firstRowGrad)
    {
        var x = torch.tensor(Logits, [4, 5]).requires_grad_(true);
        var value = loss.forward(x, torch.tensor(Targets, [4]));
        value.backward();
        Assert.Equal(expected, value.item(), Tol);
        var g = x.grad!.ToArray();
        for (var i = 0; i < firstRowGrad.Length; i++)
        {
            Assert.Equal(firstRowGrad[i], g[i], Tol);
        }
    }
}

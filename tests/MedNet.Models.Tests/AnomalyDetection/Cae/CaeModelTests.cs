// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Tensors;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Cae;

public class CaeModelTests
{
    /// <summary>The window length of <see cref="Tiny"/>.</summary>
    internal const int TinyWindow = 12;

    /// <summary>A small CAE (same layer kinds as the reference, fewer channels) for the finite-difference checks.</summary>
    internal static readonly CaeConfig Tiny = new()
    {
        StemChannels = [3],
        StemKernels = [3],
        BlockChannels = [4, 4],
        BlockStrides = [2, 1],
        BottleneckChannels = [5],
        LatentSize = 6,
        OutputKernels = [3, 3],
        Dropout = 0,
    };

    [Theory]
    [InlineData(2000, 1)]
    [InlineData(64, 2)]
    [InlineData(10, 2)]
    [InlineData(1, 3)]
    [InlineData(37, 1)]
    public void Forward_AnyWindowLength_ReconstructsInputShape(int window, int channels)
    {
        torch.manual_seed(0);
        var model = new CaeModel(channels, window, new CaeConfig());
        model.eval();
        var y = model.call(torch.rand(2, channels, window));
        Assert.Equal([2L, channels, window], y.shape);
        Assert.Equal([2L, 128, 1], model.Encode(torch.rand(2, channels, window)).shape);
    }

    [Fact]
    public void Lengths_ReferenceWindow_HalveToBottleneck()
    {
        torch.manual_seed(0);
        var model = new CaeModel(15, CaeTraining.WindowLength, new CaeConfig());

        // 2000 → stem 1000, 500 → blocks 250, 250, 125 → bottleneck 63, 32, 16, 8; the latent kernel spans the last 8.
        Assert.Equal([2000, 1000, 500, 250, 250, 125, 63, 32, 16, 8], model.Lengths);
        Assert.Equal(8, model.LatentKernelSize);
    }

    [Fact]
    public void Forward_WrongWindowLength_ThrowsNamingExpectedShape()
    {
        torch.manual_seed(0);
        var model = new CaeModel(2, 32, CaeConfig.Reference);
        var e = Assert.Throws<ArgumentException>(() => model.call(torch.rand(4, 2, 31)));
        Assert.Contains("(B, 2, 32)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construct_ZeroChannels_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new CaeModel(0, 32, CaeConfig.Reference));
        Assert.Contains("at least one channel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construct_InvalidConfig_ThrowsListingProblems()
    {
        var e = Assert.Throws<ArgumentException>(() => new CaeModel(2, 32, CaeConfig.Reference with { LatentSize = 0, BlockKernelSize = 2 }));
        Assert.Contains("LatentSize", e.Message, StringComparison.Ordinal);
        Assert.Contains("BlockKernelSize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backward_InputGradient_MatchesFiniteDifferences()
    {
        torch.manual_seed(1);
        var model = new CaeModel(2, TinyWindow, Tiny);
        model.eval();
        var x = torch.rand(2, 2, 12);
        FiniteDifference.AssertInputGradient(model, x);
    }

    [Fact]
    public void Backward_ParameterGradients_MatchFiniteDifferences()
    {
        torch.manual_seed(2);
        var model = new CaeModel(2, TinyWindow, Tiny);
        model.eval();

        // γ of BN_out starts at 0 in the reference, which hides the block's convolutions from the gradient; set it to 1.
        using (torch.no_grad())
        {
            foreach (var (name, p) in model.named_parameters())
            {
                if (name.EndsWith("batch_norm_out.weight", StringComparison.Ordinal))
                {
                    torch.nn.init.ones_(p);
                }
            }
        }

        var x = torch.rand(2, 2, 12);
        FiniteDifference.AssertParameterGradients(model, x);
    }

    [Fact]
    public void Init_BlockOutputNorm_StartsAtZeroGamma()
    {
        torch.manual_seed(0);
        var model = new CaeModel(2, 32, CaeConfig.Reference);
        var gammas = model.named_parameters().Where(p => p.name.EndsWith("batch_norm_out.weight", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, gammas.Count);
        Assert.All(gammas, g => Assert.All(g.parameter.ToArray(), v => Assert.Equal(0f, v)));
    }

    [Fact]
    public void Construct_SameSeed_SameWeights()
    {
        torch.manual_seed(7);
        var a = new CaeModel(2, 32, CaeConfig.Reference).parameters().SelectMany(p => p.ToArray()).ToArray();
        torch.manual_seed(7);
        var b = new CaeModel(2, 32, CaeConfig.Reference).parameters().SelectMany(p => p.ToArray()).ToArray();
        Assert.Equal(a, b);
    }
}

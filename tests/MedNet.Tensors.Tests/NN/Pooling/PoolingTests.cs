// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN.Pooling;

public class PoolingTests
{
    public PoolingTests() => torch.manual_seed(50);

    [Fact]
    public void MaxPool1d_Gradcheck_AndValues()
    {
        var x = torch.tensor([1f, 3f, 2f, 5f, 4f, 0f, 7f], [1, 1, 7]);
        Assert.Equal(new[] { 3f, 5f, 4f }, torch.nn.MaxPool1d(2).call(x).ToArray());
        Assert.Equal(new[] { 3f, 5f, 5f, 7f }, torch.nn.MaxPool1d(3, 2, 1).call(x).ToArray());
        GradCheck.Assert(t => torch.nn.MaxPool1d(3, 2, 1).call(t[0]), x);
    }

    [Fact]
    public void AvgPool1d_Gradcheck_AndPaddingDivisor()
    {
        var x = torch.tensor([1f, 2f, 3f, 4f], [1, 1, 4]);
        // L_out = ⌊(4 + 2 − 3)/2⌋ + 1 = 2; windows [−1, 2) and [1, 4).
        Assert.Equal(new[] { 1f, 3f }, torch.nn.AvgPool1d(3, 2, 1).call(x).ToArray());
        Assert.Equal(new[] { 1.5f, 3f }, torch.nn.AvgPool1d(3, 2, 1, count_include_pad: false).call(x).ToArray());
        GradCheck.Assert(t => torch.nn.AvgPool1d(3, 2, 1).call(t[0]), torch.randn(2, 3, 9));
    }

    [Fact]
    public void AdaptivePools_GlobalAndUneven_GradcheckPasses()
    {
        GradCheck.Assert(t => torch.nn.AdaptiveAvgPool1d(3).call(t[0]), torch.randn(2, 2, 7));
        GradCheck.Assert(t => torch.nn.AdaptiveMaxPool1d(1).call(t[0]), torch.tensor([1f, 4f, 2f, -1f, 0f, 3f], [1, 2, 3]));
        Assert.Equal(new[] { 2.5f }, torch.nn.AdaptiveAvgPool1d(1).call(torch.tensor([1f, 2f, 3f, 4f], [1, 1, 4])).ToArray());
    }

    [Fact]
    public void Upsample_NearestAndLinear_ValuesAndGradcheck()
    {
        var x = torch.tensor([1f, 3f], [1, 1, 2]);
        Assert.Equal(new[] { 1f, 1f, 3f, 3f }, torch.nn.Upsample(scale_factor: 2).call(x).ToArray());
        // align_corners = false: positions −0.25 (clamped), 0.25, 0.75, 1.25 → 1, 1.5, 2.5, 3.
        Assert.Equal(new[] { 1f, 1.5f, 2.5f, 3f }, torch.nn.Upsample(scale_factor: 2, mode: "linear").call(x).ToArray());
        Assert.Equal(new[] { 1f, 1.5f, 2.5f, 3f }, torch.nn.Upsample(null, 2, UpsampleMode.Linear).call(x).ToArray());
        GradCheck.Assert(t => torch.nn.Upsample(size: 7, mode: "linear").call(t[0]), torch.randn(2, 2, 3));
    }

    [Fact]
    public void Upsample_LinearAlignCorners_MatchesPyTorch()
    {
        // torch 1.13: nn.Upsample(size=5 | scale_factor=2, mode='linear', align_corners=True) of [1, 3, 2].
        var x = torch.tensor([1f, 3f, 2f], [1, 1, 3]);
        Assert.Equal(new[] { 1f, 2f, 3f, 2.5f, 2f }, torch.nn.Upsample(size: 5, mode: "linear", align_corners: true).call(x).ToArray());
        var doubled = torch.nn.Upsample(scale_factor: 2, mode: "linear", align_corners: true).call(x).ToArray();
        Assert.Equal(new[] { 1f, 1.8f, 2.6f, 2.8f, 2.4f, 2f }, doubled, (a, b) => Math.Abs(a - b) < 1e-6f);
        GradCheck.Assert(t => torch.nn.Upsample(size: 7, mode: "linear", align_corners: true).call(t[0]), torch.randn(2, 2, 3));
    }

    [Fact]
    public void Upsample_AlignCornersWithNearestOrUnknownMode_RejectedAsPyTorchDoes()
    {
        var nearest = Assert.Throws<ArgumentException>(() => torch.nn.Upsample(size: 5, mode: "nearest", align_corners: true));
        Assert.Contains("align_corners", nearest.Message);
        var cubic = Assert.Throws<ArgumentException>(() => torch.nn.Upsample(size: 5, mode: "bicubic"));
        Assert.Contains("'bicubic'", cubic.Message);
    }

    [Theory]
    [InlineData(1, 0, 0, 1, 1)]
    [InlineData(2, 1, 1, 1, 1)]
    [InlineData(3, 2, 0, 2, 2)]
    public void ConvTranspose1d_Gradcheck(int stride, int padding, int outputPadding, int dilation, int groups)
    {
        var layer = torch.nn.ConvTranspose1d(2 * groups, 2 * groups, 3, stride, padding, outputPadding, groups, dilation: dilation);
        GradCheck.Assert(x => layer.call(x[0]), torch.randn(2, 2 * groups, 5));
        GradCheck.Assert(_ => layer.call(torch.ones(1, 2 * groups, 4) * 0.5f), layer.weight);
    }

    [Fact]
    public void ConvTranspose1d_OutputLength_FollowsFormula()
    {
        var y = torch.nn.ConvTranspose1d(3, 4, 5, stride: 3, padding: 1, output_padding: 2, dilation: 2).call(torch.randn(2, 3, 6));
        Assert.Equal(new long[] { 2, 4, ((6 - 1) * 3) - 2 + (2 * 4) + 2 + 1 }, y.shape);
    }

    [Fact]
    public void WeightNorm_ReplacesWeightAndGradcheckPasses()
    {
        var conv = torch.nn.utils.weight_norm(torch.nn.Conv1d(2, 3, 2, dilation: 2));
        Assert.Equal(new[] { "bias", "weight_g", "weight_v" }, conv.named_parameters().Select(p => p.name).ToArray());
        var g = conv.named_parameters().First(p => p.name == "weight_g").parameter;
        Assert.Equal(new long[] { 3, 1, 1 }, g.shape);
        var x = torch.randn(2, 2, 6);
        GradCheck.Assert(_ => conv.call(x), g);
        GradCheck.Assert(_ => conv.call(x), conv.named_parameters().First(p => p.name == "weight_v").parameter);
    }
}

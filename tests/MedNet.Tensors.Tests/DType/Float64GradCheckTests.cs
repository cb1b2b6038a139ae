// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;
using F = MedNet.Tensors.torch.nn.functional;

namespace MedNet.Tensors.Tests.DType;

/// <summary>Gradients of the float64 ops against central differences in double, with tight tolerances (1e-6 relative).</summary>
public sealed class Float64GradCheckTests
{
    public Float64GradCheckTests() => torch.manual_seed(7);

    [Fact]
    public void BroadcastArithmetic() =>
        GradCheck64.Assert(t => ((t[0] * t[1]) - (t[0] / (t[1].square() + 1f))).maximum(t[0] * 0.5f), GradCheck64.Rand(2, 3, 4), GradCheck64.Rand(3, 1));

    [Fact]
    public void UnaryFunctions() =>
        GradCheck64.Assert(t => t[0].tanh() + t[0].sigmoid() + (t[0].square() + 1f).log() + t[0].exp() + (t[0].square() + 0.5f).sqrt() + t[0].leaky_relu(0.2f) + t[0].gelu(), GradCheck64.Rand(3, 5));

    [Fact]
    public void Reductions() =>
        GradCheck64.Assert(t => t[0].sum([0, 2], keepdim: true) + t[0].mean(1, keepdim: true).sum(0, keepdim: true) + t[0].max(2, keepdim: true).values.sum(0, keepdim: true), GradCheck64.Rand(2, 3, 4));

    [Fact]
    public void BatchedMatMul() =>
        GradCheck64.Assert(t => t[0].matmul(t[1]) + t[0].matmul(t[2]), GradCheck64.Rand(2, 3, 4), GradCheck64.Rand(2, 4, 5), GradCheck64.Rand(4, 5));

    [Fact]
    public void ViewsSlicesAndCat() =>
        GradCheck64.Assert(
            t => torch.cat([t[0].permute(2, 0, 1).slice(1, 0, 2), t[1].narrow(1, 1, 2)], 0).reshape(-1, 3).select(1, 2).unsqueeze(0),
            GradCheck64.Rand(2, 3, 3),
            GradCheck64.Rand(2, 3, 3));

    [Fact]
    public void GatherWithInt64Index() =>
        GradCheck64.Assert(t => t[0].gather(1, torch.tensor([2L, 0, 1, 1], [2, 2])), GradCheck64.Rand(2, 3));

    [Fact]
    public void SoftmaxAndLogSoftmax() =>
        GradCheck64.Assert(t => F.softmax(t[0], -1) + F.log_softmax(t[0], 0), GradCheck64.Rand(3, 4));

    [Fact]
    public void LinearAndLayerNorm() =>
        GradCheck64.Assert(t => F.layer_norm(F.linear(t[0], t[1], t[2]), [4], t[3], t[2]), GradCheck64.Rand(2, 3, 5), GradCheck64.Rand(4, 5), GradCheck64.Rand(4), GradCheck64.Rand(4));

    [Fact]
    public void Conv1dStridedDilatedGrouped() =>
        GradCheck64.Assert(t => F.conv1d(t[0], t[1], t[2], stride: 2, padding: 2, dilation: 2, groups: 2), GradCheck64.Rand(2, 4, 9), GradCheck64.Rand(6, 2, 3), GradCheck64.Rand(6));

    [Fact]
    public void WeightNormCausalConv() =>
        GradCheck64.Assert(t => F.weight_norm_causal_conv1d(t[0], t[1], t[2], t[3], dilation: 2), GradCheck64.Rand(2, 3, 7), GradCheck64.Rand(4, 1, 1), GradCheck64.Rand(4, 3, 3), GradCheck64.Rand(4));

    [Fact]
    public void ConvTranspose()
    {
        var layer = new ConvTranspose1d(3, 2, 4, stride: 2, padding: 1, output_padding: 1);
        layer.@double();
        GradCheck64.Assert(t => layer.call(t[0]), GradCheck64.Rand(2, 3, 5));
        var x = GradCheck64.Rand(2, 3, 5);
        GradCheck64.Assert(t => layer.call(x), layer.weight, layer.bias!);
    }

    [Fact]
    public void ConvTransposeGrouped()
    {
        var layer = new ConvTranspose1d(4, 6, 3, stride: 2, padding: 1, output_padding: 1, groups: 2, dilation: 2);
        layer.@double();
        var x = GradCheck64.Rand(2, 4, 5);
        GradCheck64.Assert(t => layer.call(t[0]), x);
        GradCheck64.Assert(t => layer.call(x), layer.weight, layer.bias!);
    }

    [Fact]
    public void BatchNormTraining()
    {
        var bn = new BatchNorm1d(3);
        bn.@double();
        GradCheck64.Assert(t => bn.call(t[0]) * t[0], GradCheck64.Rand(4, 3, 5));
    }

    [Fact]
    public void MultiheadSelfAttention()
    {
        var mha = new MultiheadAttention(4, 2, batch_first: true);
        mha.@double();
        GradCheck64.Assert(t => mha.forward(t[0], t[0], t[0], need_weights: false).output, GradCheck64.Rand(2, 3, 4));
        GradCheck64.Assert(t => mha.forward(t[0], t[1], t[1]).output, GradCheck64.Rand(3, 2, 4), GradCheck64.Rand(3, 2, 4));
    }

    [Fact]
    public void FeedForwardAndMse() =>
        GradCheck64.Assert(t => F.mse_loss(F.feed_forward(t[0], t[1], t[2], t[3], null, 0.0, 0.3), t[4]), GradCheck64.Rand(2, 3), GradCheck64.Rand(5, 3), GradCheck64.Rand(5), GradCheck64.Rand(3, 5), GradCheck64.Rand(2, 3));

    [Fact]
    public void MaxAvgAndAdaptivePooling()
    {
        var x = GradCheck64.Rand(2, 3, 7);
        GradCheck64.Assert(t => new MaxPool1d(3, stride: 2, padding: 1).call(t[0]), x);
        GradCheck64.Assert(t => new AvgPool1d(3, stride: 2, padding: 1, count_include_pad: false).call(t[0]) + new AvgPool1d(3, stride: 2, padding: 1).call(t[0]), x);
        GradCheck64.Assert(t => torch.cat([new AdaptiveAvgPool1d(3).call(t[0]), new AdaptiveMaxPool1d(3).call(t[0])], 2), x);
    }

    [Fact]
    public void UpsampleNearestAndLinear()
    {
        var x = GradCheck64.Rand(2, 3, 7);
        GradCheck64.Assert(t => new Upsample(scale_factor: 2.5, mode: UpsampleMode.Linear).call(t[0]), x);
        GradCheck64.Assert(t => new Upsample(size: 11, mode: UpsampleMode.Linear, align_corners: true).call(t[0]) + new Upsample(size: 11).call(t[0]), x);
    }

    [Fact]
    public void LstmTwoLayersBidirectionalWithState()
    {
        var lstm = new LSTM(3, 4, num_layers: 2, batch_first: true, bidirectional: true);
        lstm.@double();
        var (x, h0, c0) = (GradCheck64.Rand(2, 5, 3), GradCheck64.Rand(4, 2, 4), GradCheck64.Rand(4, 2, 4));
        Tensor Run(Tensor input, Tensor h, Tensor c)
        {
            var (y, (hn, cn)) = lstm.forward(input, (h, c));
            return torch.cat([y.reshape(-1), hn.reshape(-1), cn.reshape(-1)], 0);
        }

        GradCheck64.Assert(t => Run(t[0], t[1], t[2]), x, h0, c0);
        GradCheck64.Assert(t => Run(x, h0, c0), [.. lstm.parameters()]);
    }

    [Fact]
    public void LstmWithoutBiasFromZeroState()
    {
        var lstm = new LSTM(3, 2, bias: false);
        lstm.@double();
        GradCheck64.Assert(t => lstm.call(t[0]).output, GradCheck64.Rand(4, 2, 3));
    }

    [Fact]
    public void ScaledDotProductAndSelfAttention()
    {
        GradCheck64.Assert(t => F.scaled_dot_product_attention(t[0], t[1], t[2]), GradCheck64.Rand(2, 2, 3, 4), GradCheck64.Rand(2, 2, 5, 4), GradCheck64.Rand(2, 2, 5, 4));
        GradCheck64.Assert(t => F.self_attention(t[0], 2), GradCheck64.Rand(2, 3, 12));
    }

    [Fact]
    public void MultiheadAttentionWithMasks()
    {
        var mha = new MultiheadAttention(4, 2);
        mha.@double();
        var m = torch.randn([3, 5], torch.float64).ToArray<double>();
        m[7] = double.NegativeInfinity;
        var mask = torch.tensor(m, [3, 5]);
        var padding = torch.tensor([0.0, 0, 0, 0, 1, 0, 1, 0, 0, 0], [2, 5]);
        GradCheck64.Assert(t => mha.forward(t[0], t[1], t[1], key_padding_mask: padding, attn_mask: mask, average_attn_weights: false).output, GradCheck64.Rand(3, 2, 4), GradCheck64.Rand(5, 2, 4));
    }
}

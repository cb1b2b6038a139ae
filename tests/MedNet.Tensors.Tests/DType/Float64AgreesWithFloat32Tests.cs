// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;
using F = MedNet.Tensors.torch.nn.functional;

namespace MedNet.Tensors.Tests.DType;

/// <summary>
/// The float64 paths of attention (with dropout), LSTM, pooling and Upsample give the float32 kernels' results on the same
/// inputs and seed (to float32 rounding): same windows, same source positions, same dropout draws in the same order.
/// </summary>
public sealed class Float64AgreesWithFloat32Tests
{
    [Fact]
    public void AttentionWithDropoutDrawsTheSameMask()
    {
        torch.manual_seed(21);
        var (q, k, v) = (torch.randn(2, 2, 3, 4), torch.randn(2, 2, 5, 4), torch.randn(2, 2, 5, 4));
        var qkv = torch.randn(2, 3, 12);
        Agree(t => F.scaled_dot_product_attention(t[0], t[1], t[2], dropout_p: 0.3), 5, q, k, v);
        Agree(t => F.self_attention(t[0], 2, dropout_p: 0.3), 6, qkv);
    }

    [Fact]
    public void MaskedMultiheadAttentionInTraining()
    {
        torch.manual_seed(22);
        var mha = new MultiheadAttention(4, 2, dropout: 0.2);
        var mask = torch.tensor([0f, -1f, 0f, 0.5f, 0f, 0f, 0f, float.NegativeInfinity, 0f, 0f, 1f, 0f, 0f, 0f, 0f], [3, 5]);
        var padding = torch.tensor([0f, 0f, 1f, 0f, 0f, 0f, 0f, 0f, 0f, 1f], [2, 5]);
        var (q, kv) = (torch.randn(3, 2, 4), torch.randn(5, 2, 4));
        var y32 = Run(mha, q, kv, mask, padding, 7);
        mha.@double();
        var y64 = Run(mha, q.@double(), kv.@double(), mask, padding, 7);
        Close(y32, y64);
    }

    [Fact]
    public void LstmTwoLayersBidirectionalWithInterLayerDropout()
    {
        torch.manual_seed(23);
        var lstm = new LSTM(3, 4, num_layers: 2, batch_first: true, dropout: 0.25, bidirectional: true);
        var (x, h0, c0) = (torch.randn(2, 6, 3), torch.randn(4, 2, 4), torch.randn(4, 2, 4));
        Tensor Out(Tensor a, Tensor h, Tensor c)
        {
            torch.manual_seed(8);
            var (y, (hn, cn)) = lstm.forward(a, (h, c));
            return torch.cat([y.reshape(-1), hn.reshape(-1), cn.reshape(-1)], 0);
        }

        var xs32 = new[] { x.clone().requires_grad_(), h0.clone().requires_grad_(), c0.clone().requires_grad_() };
        var y32 = Out(xs32[0], xs32[1], xs32[2]);
        y32.sum().backward();
        var wgrad32 = lstm.parameters().Select(p => p.grad!.ToArray()).ToArray();
        lstm.zero_grad();
        lstm.@double();
        var xs64 = new[] { x.@double().requires_grad_(), h0.@double().requires_grad_(), c0.@double().requires_grad_() };
        var y64 = Out(xs64[0], xs64[1], xs64[2]);
        y64.sum().backward();
        Close(y32, y64);
        for (var i = 0; i < 3; i++)
        {
            Close(xs32[i].grad!, xs64[i].grad!);
        }

        var wgrad64 = lstm.parameters().Select(p => p.grad!).ToArray();
        for (var i = 0; i < wgrad32.Length; i++)
        {
            Close(torch.tensor(wgrad32[i], wgrad64[i].shape), wgrad64[i]);
        }
    }

    [Fact]
    public void PoolingAndUpsampleUseTheSameWindowsAndPositions()
    {
        torch.manual_seed(24);
        var x = torch.randn(2, 3, 9);
        Agree(t => new MaxPool1d(3, stride: 2, padding: 1).call(t[0]), 0, x);
        Agree(t => new MaxPool1d(2).call(t[0]), 0, x);
        Agree(t => new AvgPool1d(4, stride: 3, padding: 2, count_include_pad: false).call(t[0]), 0, x);
        Agree(t => new AdaptiveAvgPool1d(4).call(t[0]) + new AdaptiveMaxPool1d(4).call(t[0]), 0, x);
        Agree(t => new Upsample(scale_factor: 1.7, mode: UpsampleMode.Linear).call(t[0]), 0, x);
        Agree(t => new Upsample(size: 13, mode: UpsampleMode.Linear, align_corners: true).call(t[0]), 0, x);
        Agree(t => new Upsample(size: 20).call(t[0]), 0, x);
    }

    private static Tensor Run(MultiheadAttention mha, Tensor q, Tensor kv, Tensor mask, Tensor padding, int seed)
    {
        torch.manual_seed(seed);
        var (y, w) = mha.forward(q, kv, kv, key_padding_mask: padding, attn_mask: mask);
        return torch.cat([y.reshape(-1), w!.reshape(-1)], 0);
    }

    /// <summary>Runs f on float32 inputs and on their float64 copies from the same seed; outputs and input gradients agree.</summary>
    private static void Agree(Func<Tensor[], Tensor> f, int seed, params Tensor[] inputs)
    {
        var xs32 = inputs.Select(t => t.clone().requires_grad_()).ToArray();
        var xs64 = inputs.Select(t => t.@double().requires_grad_()).ToArray();
        torch.manual_seed(seed);
        var y32 = f(xs32);
        torch.manual_seed(seed);
        var y64 = f(xs64);
        Assert.Equal(ScalarType.Float64, y64.dtype);
        Close(y32, y64);
        torch.manual_seed(99);
        var w = torch.randn(y32.shape);
        (y32 * w).sum().backward();
        (y64 * w.@double()).sum().backward();
        for (var i = 0; i < inputs.Length; i++)
        {
            Close(xs32[i].grad!, xs64[i].grad!);
        }
    }

    private static void Close(Tensor f32, Tensor f64)
    {
        Assert.Equal(f32.shape, f64.shape);
        var a = f32.ToArray();
        var b = f64.ToArray<double>();
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNegativeInfinity(b[i]) || double.IsNaN(b[i]))
            {
                Assert.Equal(b[i], (double)a[i]);
                continue;
            }

            Assert.True(Math.Abs(a[i] - b[i]) <= 2e-5 + (2e-5 * Math.Abs(b[i])), $"[{i}]: float32 {a[i]:G9} vs float64 {b[i]:G17}.");
        }
    }
}

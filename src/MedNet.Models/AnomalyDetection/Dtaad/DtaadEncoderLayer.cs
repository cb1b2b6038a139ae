// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD's own Transformer encoder layer: self-attention and a feed-forward block, both residual, no layer norm.</summary>
/// <remarks>
/// Source: [DTAAD] <c>src/dlutils.py</c> <c>TransformerEncoderLayer</c>: src += dropout1(attn(src)); src += dropout2(
/// linear2(dropout(LeakyReLU(linear1(src))))). The LeakyReLU is <c>nn.LeakyReLU(True)</c>, slope 1.0 (D-MN-08).
/// </remarks>
public sealed class DtaadEncoderLayer : Module<Tensor, Tensor>
{
    private readonly MultiheadAttention _attention;
    private readonly Linear _linear1;
    private readonly Linear _linear2;
    private readonly float _slope;
    private readonly double _dropout;

    /// <summary>Creates the layer.</summary>
    /// <param name="channels">d_model = C.</param>
    /// <param name="heads">Heads (DTAAD: C, so each head has width 1).</param>
    /// <param name="feedForward">Feed-forward width (DTAAD: 16).</param>
    /// <param name="dropout">Dropout of attention weights and residual branches (DTAAD: 0.1).</param>
    /// <param name="leakySlope">Slope of the feed-forward activation (DTAAD as run: 1.0).</param>
    public DtaadEncoderLayer(int channels, int heads, int feedForward, double dropout, double leakySlope)
    {
        _attention = register_module("self_attn", DtaadAttention.Create(channels, heads, dropout));
        _linear1 = register_module("linear1", new Linear(channels, feedForward));
        _linear2 = register_module("linear2", new Linear(feedForward, channels));
        _slope = (float)leakySlope;
        _dropout = dropout;
    }

    /// <summary>Applies the layer.</summary>
    /// <param name="input">(B, L, C).</param>
    /// <returns>(B, L, C).</returns>
    public override Tensor forward(Tensor input)
    {
        var src = input + torch.nn.functional.dropout(_attention.forward(input, input, input, need_weights: false).output, _dropout, training);
        // linear2(dropout(LeakyReLU(linear1(src)))) as one fused op: same values and dropout draws, pooled hidden buffers.
        var h = torch.nn.functional.feed_forward(src, _linear1.weight, _linear1.bias, _linear2.weight, _linear2.bias, training ? _dropout : 0.0, _slope);
        return src + torch.nn.functional.dropout(h, _dropout, training);
    }
}

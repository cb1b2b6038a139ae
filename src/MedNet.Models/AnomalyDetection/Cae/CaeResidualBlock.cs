// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>One residual block of the CAE: two convolutions with batch norm, a projected skip, tanh and dropout.</summary>
/// <remarks>
/// Source: [CAE2025] <c>EncoderBlock.forward</c> / <c>DecoderBlock.forward</c> (UgoLomoio/ECG_DSS_CAE <c>DPNet</c>):
/// y = Dropout(tanh(BN_out(Conv_out(BN_in(tanh(Conv_in(x))))) + Skip(x))), Skip = BN(Conv 1×1, stride s) when the stride
/// or the width changes, else the identity. The decoder block uses transposed convolutions with an output padding that
/// restores the encoder's length. Convolutions have no bias and Kaiming-normal (fan_out, tanh gain 5/3) weights; BN_out's
/// γ starts at 0, so each block starts as its skip path. Differs: D-MN-15 (1-D over time, leads as channels).
/// </remarks>
public sealed class CaeResidualBlock : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> _convIn;
    private readonly BatchNorm1d _normIn;
    private readonly Module<Tensor, Tensor> _convOut;
    private readonly BatchNorm1d _normOut;
    private readonly Module<Tensor, Tensor>? _skipConv;
    private readonly BatchNorm1d? _skipNorm;
    private readonly Dropout _dropout;

    /// <summary>Creates the block from the default generator.</summary>
    /// <param name="inChannels">Input channels ≥ 1.</param>
    /// <param name="outChannels">Output channels ≥ 1.</param>
    /// <param name="kernelSize">Odd kernel size of both convolutions; padding k/2.</param>
    /// <param name="stride">1 or 2: down-sampling (encoder) or up-sampling (decoder) factor of the second convolution.</param>
    /// <param name="dropout">Dropout probability at the block's end, in [0, 1).</param>
    /// <param name="transposed">False for an encoder block, true for a decoder block.</param>
    /// <param name="outputPadding">Decoder only: extra output length, &lt; stride, that restores the encoder's length.</param>
    public CaeResidualBlock(int inChannels, int outChannels, int kernelSize, int stride, double dropout, bool transposed, int outputPadding = 0)
    {
        if (inChannels < 1 || outChannels < 1 || kernelSize < 1 || kernelSize % 2 == 0 || stride is < 1 or > 2 || outputPadding < 0 || outputPadding >= stride)
        {
            throw new ArgumentException(
                $"CaeResidualBlock: expected channels ≥ 1, an odd kernel, stride 1 or 2 and 0 ≤ output padding < stride but got in={inChannels}, out={outChannels}, k={kernelSize}, stride={stride}, output_padding={outputPadding}.");
        }

        InChannels = inChannels;
        OutChannels = outChannels;
        Stride = stride;
        var pad = kernelSize / 2;
        _convIn = register_module("conv_in", Conv(transposed, inChannels, inChannels, kernelSize, 1, pad, 0));
        _normIn = register_module("batch_norm_in", new BatchNorm1d(inChannels));
        _convOut = register_module("conv_out", Conv(transposed, inChannels, outChannels, kernelSize, stride, pad, outputPadding));
        _normOut = register_module("batch_norm_out", new BatchNorm1d(outChannels));
        torch.nn.init.zeros_(_normOut.weight!);
        if (stride != 1 || inChannels != outChannels)
        {
            _skipConv = register_module("skip_conv", Conv(transposed, inChannels, outChannels, 1, stride, 0, outputPadding));
            _skipNorm = register_module("skip_norm", new BatchNorm1d(outChannels));
        }

        _dropout = register_module("dropout_out", new Dropout(dropout));
    }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; }

    /// <summary>Down- or up-sampling factor.</summary>
    public int Stride { get; }

    /// <summary>Applies the block.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_out, L / stride) for an encoder block, (B, C_out, L·stride − 1 + output padding) for a decoder block.</returns>
    public override Tensor forward(Tensor input)
    {
        var h = _normOut.call(_convOut.call(_normIn.call(_convIn.call(input).tanh())));
        var skip = _skipConv is null ? input : _skipNorm!.call(_skipConv.call(input));
        return _dropout.call((h + skip).tanh());
    }

    /// <summary>Creates a bias-free 1-D convolution or transposed convolution with Kaiming-normal (fan_out, tanh) weights.</summary>
    /// <param name="transposed">Transposed convolution when true.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernelSize">Kernel size.</param>
    /// <param name="stride">Stride.</param>
    /// <param name="padding">Padding.</param>
    /// <param name="outputPadding">Output padding (transposed only).</param>
    /// <returns>The layer.</returns>
    /// <remarks>Source: <c>nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="tanh")</c>: std = (5/3)/√(w.size(0)·K).</remarks>
    internal static Module<Tensor, Tensor> Conv(bool transposed, int inChannels, int outChannels, int kernelSize, int stride, int padding, int outputPadding)
    {
        Module<Tensor, Tensor> layer;
        Tensor weight;
        if (transposed)
        {
            var t = new ConvTranspose1d(inChannels, outChannels, kernelSize, stride, padding, outputPadding, bias: false);
            (layer, weight) = (t, t.weight);
        }
        else
        {
            var c = new Conv1d(inChannels, outChannels, kernelSize, stride, padding, bias: false);
            (layer, weight) = (c, c.weight);
        }

        var fanOut = weight.size(0) * weight.size(2);
        torch.nn.init.normal_(weight, 0, (5.0 / 3.0) / Math.Sqrt(fanOut));
        return layer;
    }
}

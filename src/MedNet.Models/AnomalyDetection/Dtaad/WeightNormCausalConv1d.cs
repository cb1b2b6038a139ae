// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Causal dilated Conv1d with weight normalisation w = g · v / ‖v‖ (one norm per output channel).</summary>
/// <remarks>
/// Source: [DTAAD] <c>src/gltcn.py</c> <c>TemporalCnn</c>: <c>weight_norm(nn.Conv1d(..., padding=(k−1)d))</c> followed by
/// <c>Chomp1d</c>, i.e. left-padding by (k − 1)·d. Parameters keep PyTorch's names (<c>weight_g</c>, <c>weight_v</c>,
/// <c>bias</c>). Init: v and bias ~ U(±1/√(C_in·k)) (PyTorch's Conv1d default), g = ‖v‖. The reference's
/// <c>conv.weight.data.normal_(0, 0.01)</c> is a no-op because weight_norm recomputes the weight from g and v at every
/// forward. Differs: D-MN-09.
/// </remarks>
public sealed class WeightNormCausalConv1d : Module<Tensor, Tensor>
{
    /// <summary>Creates the layer from the default generator.</summary>
    /// <param name="channelsIn">C_in ≥ 1.</param>
    /// <param name="channelsOut">C_out ≥ 1.</param>
    /// <param name="kernelSize">k ≥ 1.</param>
    /// <param name="dilation">d ≥ 1.</param>
    public WeightNormCausalConv1d(int channelsIn, int channelsOut, int kernelSize, int dilation)
    {
        if (channelsIn < 1 || channelsOut < 1 || kernelSize < 1 || dilation < 1)
        {
            throw new ArgumentException(
                $"WeightNormCausalConv1d: expected C_in, C_out, k, d ≥ 1 but got ({channelsIn}, {channelsOut}, {kernelSize}, {dilation}).");
        }

        KernelSize = kernelSize;
        Dilation = dilation;
        var bound = 1.0 / Math.Sqrt(channelsIn * kernelSize);
        var v = torch.empty(channelsOut, channelsIn, kernelSize).uniform_(-bound, bound);
        var g = v.square().sum([1, 2], keepdim: true).sqrt();
        weight_g = register_parameter("weight_g", g.detach().clone());
        weight_v = register_parameter("weight_v", v);
        bias = register_parameter("bias", torch.empty(channelsOut).uniform_(-bound, bound));
    }

    /// <summary>Kernel size k.</summary>
    public int KernelSize { get; }

    /// <summary>Dilation d.</summary>
    public int Dilation { get; }

    /// <summary>Magnitude g, shape (C_out, 1, 1).</summary>
    public Tensor weight_g { get; }

    /// <summary>Direction v, shape (C_out, C_in, k).</summary>
    public Tensor weight_v { get; }

    /// <summary>Bias, shape (C_out).</summary>
    public Tensor bias { get; }

    /// <summary>The effective weight g · v / ‖v‖, recomputed at every call as weight_norm's pre-forward hook does.</summary>
    /// <returns>(C_out, C_in, k).</returns>
    public Tensor Weight() => weight_v * (weight_g / weight_v.square().sum([1, 2], keepdim: true).sqrt());

    /// <summary>Applies the causal convolution.</summary>
    /// <param name="input">(B, C_in, L).</param>
    /// <returns>(B, C_out, L); output t sees inputs t, t − d, …, t − (k − 1)d.</returns>
    public override Tensor forward(Tensor input)
    {
        // One tape node for pad → weight_norm → conv1d (same values as the composed ops).
        return torch.nn.functional.weight_norm_causal_conv1d(input, weight_g, weight_v, bias, Dilation);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"k={KernelSize}, d={Dilation}, causal, weight_norm";
}

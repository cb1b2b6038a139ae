// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>F_ms = W_fuse([Conv_k3(X); Conv_k5(X)]): two "same"-padded convolutions fused by a 1×1 convolution.</summary>
/// <remarks>
/// Source: [MEDNET] §3.4.1, §3.5.3, Eq. (11); EhsaasN/DUAL_TCN_ATTN <c>EfficientMultiScale</c> (C → C per scale,
/// padding k/2, fuse Conv1d(2C → C, 1)). Not causal: each output sees k/2 future steps of the window.
/// </remarks>
public sealed class MultiScaleExtractor : Module<Tensor, Tensor>
{
    private readonly Conv1d _short;
    private readonly Conv1d _long;
    private readonly Conv1d _fuse;

    /// <summary>Creates the extractor.</summary>
    /// <param name="channels">C ≥ 1.</param>
    /// <param name="kernels">Odd kernel sizes (default in config: 3 and 5).</param>
    public MultiScaleExtractor(int channels, (int Short, int Long) kernels)
    {
        _short = register_module("extractor0", new Conv1d(channels, channels, kernels.Short, padding: kernels.Short / 2));
        _long = register_module("extractor1", new Conv1d(channels, channels, kernels.Long, padding: kernels.Long / 2));
        _fuse = register_module("fusion", new Conv1d(2 * channels, channels, 1));
    }

    /// <summary>Applies the extractor.</summary>
    /// <param name="input">(B, C, L).</param>
    /// <returns>(B, C, L).</returns>
    public override Tensor forward(Tensor input) => _fuse.call(torch.cat([_short.call(input), _long.call(input)], 1));
}

// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>MED-Net's attention blocks: self-attention over time steps whose tokens are the C channel values, without dropout.</summary>
/// <remarks>
/// Source: [MEDNET] §3.5.4–3.5.5, Eqs. (12)–(13); EhsaasN/DUAL_TCN_ATTN <c>LightweightECGAttention</c> (C = 1: expand
/// Linear(1→16), 2 heads, project back Linear(16→1); C &gt; 1: 2 heads on width C, projection Linear(C→C)) and the
/// enhanced attention of <c>OptimizedEnhancedDTAAD</c> (C = 1: Linear(1→4), 2 heads, Linear(4→1); C &gt; 1:
/// min(2, C) heads on width C, no projection).
/// </remarks>
public sealed class ChannelAttention : Module<Tensor, Tensor>
{
    private readonly Linear? _expand;
    private readonly MultiheadAttention _attention;
    private readonly Linear? _project;

    /// <summary>Creates the block.</summary>
    /// <param name="channels">C ≥ 1.</param>
    /// <param name="expandedWidth">Token width used when C = 1 (16 light, 4 enhanced).</param>
    /// <param name="heads">Heads; must divide the token width.</param>
    /// <param name="projectWhenMultichannel">Add an output projection Linear(C→C) when C &gt; 1 (light: yes; enhanced: no).</param>
    public ChannelAttention(int channels, int expandedWidth, int heads, bool projectWhenMultichannel)
    {
        var width = channels == 1 ? expandedWidth : channels;
        if (channels == 1)
        {
            _expand = register_module("feature_expander", new Linear(1, expandedWidth));
        }

        _attention = register_module("attention", DtaadAttention.Create(width, heads, 0.0));
        if (channels == 1 || projectWhenMultichannel)
        {
            _project = register_module("output_projection", new Linear(width, channels));
        }
    }

    /// <summary>Attends over the tokens.</summary>
    /// <param name="input">Tokens (B, T, C).</param>
    /// <returns>(B, T, C).</returns>
    public override Tensor forward(Tensor input)
    {
        var x = _expand is null ? input : _expand.call(input);
        x = _attention.forward(x, x, x, need_weights: false).output;
        return _project is null ? x : _project.call(x);
    }

    /// <summary>The attention weights of the inner multi-head attention (<see cref="DtaadAttention.Weights"/>) for these tokens (after the C = 1 expansion), without gradients.</summary>
    /// <param name="tokens">Tokens (B, T, C), as for forward.</param>
    /// <returns>(B, H, T, T); each row sums to 1.</returns>
    public Tensor attention_weights(Tensor tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        using var noGrad = torch.no_grad();
        return DtaadAttention.Weights(_attention, _expand is null ? tokens : _expand.call(tokens));
    }
}

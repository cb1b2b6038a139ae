// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>The ablation ladder of [MSA] Table 2: seven cumulative configurations from the baseline CNN-LSTM to the compressed network.</summary>
/// <remarks>
/// Source: [MSA] §3.2 and Table 2. Each row adds one component to the previous one:
/// baseline (stem + three plain Conv–BN–ReLU layers + 2 × BiLSTM + head) → the plain layers replaced by three multi-scale
/// residual blocks → squeeze-and-excitation → spatial attention together with the 4-head self-attention → guided masks →
/// high-frequency preservation (data only: same network) → depthwise-separable branches. Differs: D-MS-20, D-MS-26.
/// </remarks>
public static class MsaLadder
{
    /// <summary>The seven rows in Table 2's order.</summary>
    /// <param name="inputLeads">Leads C. Default: 1.</param>
    /// <param name="classes">Classes K. Default: 5.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<MsaLadderRow> Rows(int inputLeads = 1, int classes = 5)
    {
        var full = new MsaClassifierConfig { InputLeads = inputLeads, Classes = classes };
        var baseline = full with
        {
            PlainConvChannels = [192, 192, 192],
            ResUBlocks = 0,
            ChannelAttention = false,
            SpatialAttention = SpatialAttentionKind.None,
            SelfAttention = false,
        };
        var multiScale = baseline with { PlainConvChannels = [], ResUBlocks = 3 };
        var channel = multiScale with { ChannelAttention = true };
        var spatial = channel with { SpatialAttention = SpatialAttentionKind.Plain, SelfAttention = true };
        var guided = spatial with { SpatialAttention = SpatialAttentionKind.Guided };
        return
        [
            new("baseline", "Baseline CNN-LSTM", baseline, false),
            new("multi-scale", "+ Multi-Scale ResU", multiScale, false),
            new("channel", "+ Attention (Channel)", channel, false),
            new("spatial", "+ Attention (Spatial)", spatial, false),
            new("guided", "+ Guided Attention", guided, false),
            new("hf", "+ HF Preservation", guided, true),
            new("dsc", "+ Depthwise Sep. Conv", guided with { BranchConvolution = ConvolutionKind.DepthwiseSeparable }, true),
        ];
    }

    /// <summary>Table 2's first row and Table 3's "Standard CNN-LSTM".</summary>
    /// <param name="inputLeads">Leads C. Default: 1.</param>
    /// <returns>The configuration.</returns>
    public static MsaClassifierConfig Baseline(int inputLeads = 1) => Rows(inputLeads)[0].Config;

    /// <summary>Table 3's "Proposed (Full)": guided attention, standard branches.</summary>
    /// <param name="inputLeads">Leads C. Default: 1.</param>
    /// <returns>The configuration.</returns>
    public static MsaClassifierConfig Full(int inputLeads = 1) => Rows(inputLeads)[5].Config;

    /// <summary>Table 3's "Proposed (Compressed)": depthwise-separable branches.</summary>
    /// <param name="inputLeads">Leads C. Default: 1.</param>
    /// <returns>The configuration.</returns>
    public static MsaClassifierConfig Compressed(int inputLeads = 1) => Rows(inputLeads)[6].Config;
}

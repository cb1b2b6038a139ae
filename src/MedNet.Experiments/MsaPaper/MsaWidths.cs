// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The layer widths a profile trains at: the paper's (Figure 3) or a narrower copy for CPU budgets.</summary>
/// <param name="Stem">Stem filters (paper 64).</param>
/// <param name="Branch">Channels per multi-scale branch (paper 64; blocks and baseline layers are 3 × this).</param>
/// <param name="Lstm">BiLSTM units per direction (paper 64).</param>
/// <param name="Head">Hidden width of the first FC layer (ours 64, D-MS-28).</param>
/// <param name="ResNetStages">ResNet-34 stage widths (ours 64 … 512, D-MS-31).</param>
/// <param name="ResNetBlocks">ResNet-34 blocks per stage (3, 4, 6, 3).</param>
/// <param name="TransformerChannels">CNN-Transformer front-end widths (ours 64 … 512, D-MS-32).</param>
/// <param name="TransformerLayers">CNN-Transformer encoder layers (ours 4).</param>
/// <param name="TransformerFeedForward">CNN-Transformer feed-forward width (2048).</param>
public sealed record MsaWidths(
    int Stem, int Branch, int Lstm, int Head, IReadOnlyList<int> ResNetStages, IReadOnlyList<int> ResNetBlocks,
    IReadOnlyList<int> TransformerChannels, int TransformerLayers, int TransformerFeedForward)
{
    /// <summary>The paper's widths (Figure 3) and the kit's readings of Table 3's comparison networks.</summary>
    public static MsaWidths Paper { get; } = new(64, 64, 64, 64, [64, 128, 256, 512], [3, 4, 6, 3], [64, 128, 256, 512], 4, 2048);

    /// <summary>Whether these are the paper's widths.</summary>
    public bool IsPaper => this == Paper
        || (Stem == 64 && Branch == 64 && Lstm == 64 && Head == 64 && ResNetStages.SequenceEqual(Paper.ResNetStages) && ResNetBlocks.SequenceEqual(Paper.ResNetBlocks)
            && TransformerChannels.SequenceEqual(Paper.TransformerChannels) && TransformerLayers == 4 && TransformerFeedForward == 2048);

    /// <summary>A Table 2 configuration at these widths.</summary>
    /// <param name="config">The paper-width row (<see cref="MsaLadder"/>).</param>
    /// <returns>The row with stem, branch, block, plain-layer, LSTM and head widths replaced.</returns>
    public MsaClassifierConfig Apply(MsaClassifierConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var block = 3 * Branch;
        var plain = new int[config.PlainConvChannels.Count];
        Array.Fill(plain, block);
        return config with { StemChannels = Stem, BranchChannels = Branch, BlockChannels = block, PlainConvChannels = plain, LstmHidden = Lstm, HeadHidden = Head };
    }

    /// <summary>ResNet-34-1D at these widths.</summary>
    /// <param name="leads">Input leads.</param>
    /// <returns>The configuration.</returns>
    public ResNet1dConfig ResNet(int leads) => new() { InputLeads = leads, StageWidths = ResNetStages, StageBlocks = ResNetBlocks };

    /// <summary>CNN-Transformer at these widths (heads: 8, or fewer when the model width is not a multiple of 8).</summary>
    /// <param name="leads">Input leads.</param>
    /// <returns>The configuration.</returns>
    public CnnTransformerConfig Transformer(int leads) => new()
    {
        InputLeads = leads,
        FrontEndChannels = TransformerChannels,
        Layers = TransformerLayers,
        FeedForward = TransformerFeedForward,
        Heads = TransformerChannels[^1] % 8 == 0 ? 8 : TransformerChannels[^1] % 4 == 0 ? 4 : 1,
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"stem {Stem}, branch {Branch} (blocks {3 * Branch}), BiLSTM {Lstm}, head {Head}; ResNet stages [{string.Join(", ", ResNetStages)}] × [{string.Join(", ", ResNetBlocks)}]; " +
        $"CNN-Transformer [{string.Join(", ", TransformerChannels)}], {TransformerLayers} layers, FF {TransformerFeedForward}";
}

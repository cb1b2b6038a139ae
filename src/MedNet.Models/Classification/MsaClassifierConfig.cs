// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>Every size and switch of the multi-scale attention classifier; each Table 2 row is one instance (<see cref="MsaLadder"/>).</summary>
/// <remarks>
/// Source: [MSA] §2.2, Figure 3, Table 2. Defaults are the full network of Figure 3 with standard-convolution branches
/// (Table 2 row "+ HF Preservation"). Sizes the paper does not give are marked "ours" with the D-MS entry.
/// </remarks>
public sealed record MsaClassifierConfig
{
    /// <summary>Input leads C: 1 (single lead) or 12. Default: 1 (MIT-BIH is classified on one lead here).</summary>
    public int InputLeads { get; init; } = 1;

    /// <summary>Classes K. Default: 5 (AAMI N, S, V, F, Q; [MSA] §2.1 A).</summary>
    public int Classes { get; init; } = 5;

    /// <summary>Sampling rate in Hz, used to size the guided masks. Default: 360 ([MSA] §2.2 A).</summary>
    public double SamplingRate { get; init; } = 360;

    /// <summary>Stem filters. Default: 64 ([MSA] §2.2 A, Figure 3).</summary>
    public int StemChannels { get; init; } = 64;

    /// <summary>Stem kernel. Default: 7 ([MSA] §2.2 A, Figure 3).</summary>
    public int StemKernel { get; init; } = 7;

    /// <summary>Widths of the plain Conv–BN–ReLU layers after the stem; the baseline's layers 2–4 (ours: 192 each, the width
    /// the LSTM sees in the full model). Default: none. Differs: D-MS-20.</summary>
    public IReadOnlyList<int> PlainConvChannels { get; init; } = [];

    /// <summary>Kernel of the plain layers (ours: 7, the stem's and the middle scale). Default: 7. Differs: D-MS-20.</summary>
    public int PlainConvKernel { get; init; } = 7;

    /// <summary>Number of multi-scale residual blocks (ours: 3, one for each baseline layer they replace). Default: 3. Differs: D-MS-20.</summary>
    public int ResUBlocks { get; init; } = 3;

    /// <summary>Branch receptive fields. Default: 3, 7, 15 ([MSA] §2.2 A).</summary>
    public IReadOnlyList<int> BranchKernels { get; init; } = [3, 7, 15];

    /// <summary>Channels per branch. Default: 64 (3 × 64 = 192, Figure 3's concatenation width).</summary>
    public int BranchChannels { get; init; } = 64;

    /// <summary>Block output width after fusion. Default: 192 (Figure 3).</summary>
    public int BlockChannels { get; init; } = 192;

    /// <summary>Branch convolution. Default: standard (Table 2 rows 2–6); depthwise-separable is the last row. Differs: D-MS-22.</summary>
    public ConvolutionKind BranchConvolution { get; init; } = ConvolutionKind.Standard;

    /// <summary>Squeeze-and-excitation after the blocks. Default: true.</summary>
    public bool ChannelAttention { get; init; } = true;

    /// <summary>SE reduction r. Default: 16 ([MSA] §2.2 B).</summary>
    public int SeReduction { get; init; } = 16;

    /// <summary>Spatial attention. Default: guided.</summary>
    public SpatialAttentionKind SpatialAttention { get; init; } = SpatialAttentionKind.Guided;

    /// <summary>Kernel of the spatial map (ours: 7 as CBAM). Default: 7. Differs: D-MS-24.</summary>
    public int SpatialKernel { get; init; } = 7;

    /// <summary>Channel and spatial attention in sequence or in parallel. Default: sequential. Differs: D-MS-25.</summary>
    public AttentionArrangement Arrangement { get; init; } = AttentionArrangement.Sequential;

    /// <summary>Half-width of each learnable mask's convolution in ms (ours). Default: 50 (37 samples at 360 Hz). Differs: D-MS-23.</summary>
    public double MaskKernelHalfWidthMs { get; init; } = 50;

    /// <summary>Initial mask gain a (ours): masks start at σ(±a/2). Default: 4. Differs: D-MS-23.</summary>
    public double MaskInitGain { get; init; } = 4;

    /// <summary>L for position-wise mask logits (beat-centred windows), or 0 for none. Default: 0. Differs: D-MS-23.</summary>
    public int PositionalMaskLength { get; init; }

    /// <summary>Multi-head self-attention over time. Default: true.</summary>
    public bool SelfAttention { get; init; } = true;

    /// <summary>Heads. Default: 4 ([MSA] §2.2 B).</summary>
    public int Heads { get; init; } = 4;

    /// <summary>Residual connection around the self-attention (ours). Default: true. Differs: D-MS-27.</summary>
    public bool SelfAttentionResidual { get; init; } = true;

    /// <summary>BiLSTM units per direction. Default: 64 ([MSA] §2.2 B).</summary>
    public int LstmHidden { get; init; } = 64;

    /// <summary>Stacked BiLSTM layers. Default: 2 ([MSA] Figure 3, §3.2).</summary>
    public int LstmLayers { get; init; } = 2;

    /// <summary>Temporal pooling. Default: mean + max (width 128, Figure 3). Differs: D-MS-28.</summary>
    public TemporalPoolingKind Pooling { get; init; } = TemporalPoolingKind.SumOfAverageAndMax;

    /// <summary>Hidden width of the first FC layer (ours). Default: 64. Differs: D-MS-28.</summary>
    public int HeadHidden { get; init; } = 64;

    /// <summary>Dropout between the FC layers. Default: 0.5 ([MSA] §2.2 B).</summary>
    public double Dropout { get; init; } = 0.5;

    /// <summary>Width of the feature map the LSTM reads.</summary>
    public int FeatureChannels => ResUBlocks > 0 ? BlockChannels : PlainConvChannels.Count > 0 ? PlainConvChannels[^1] : StemChannels;

    /// <summary>Odd mask-convolution width in samples: 2·round(half-width · fs / 1000) + 1.</summary>
    public int MaskKernelSize => (2 * (int)Math.Round(MaskKernelHalfWidthMs * SamplingRate / 1000)) + 1;

    /// <summary>Returns every problem; empty when valid.</summary>
    /// <returns>Problem descriptions.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        void Need(bool ok, string problem)
        {
            if (!ok)
            {
                p.Add(problem);
            }
        }

        Need(InputLeads >= 1, $"InputLeads: expected ≥ 1 but got {InputLeads}.");
        Need(Classes >= 2, $"Classes: expected ≥ 2 but got {Classes}.");
        Need(SamplingRate > 0, $"SamplingRate: expected > 0 but got {SamplingRate}.");
        Need(StemChannels >= 1 && StemKernel >= 1 && StemKernel % 2 == 1, $"Stem: expected channels ≥ 1 and an odd kernel but got {StemChannels}, {StemKernel}.");
        Need(PlainConvChannels.All(c => c >= 1) && PlainConvKernel >= 1 && PlainConvKernel % 2 == 1, "PlainConvChannels/PlainConvKernel: expected widths ≥ 1 and an odd kernel.");
        Need(ResUBlocks >= 0, $"ResUBlocks: expected ≥ 0 but got {ResUBlocks}.");
        Need(ResUBlocks == 0 || (BranchKernels.Count >= 1 && BranchKernels.All(k => k >= 1 && k % 2 == 1)), "BranchKernels: expected at least one odd kernel.");
        Need(BranchChannels >= 1 && BlockChannels >= 1, $"BranchChannels/BlockChannels: expected ≥ 1 but got {BranchChannels}, {BlockChannels}.");
        Need(SeReduction >= 1, $"SeReduction: expected ≥ 1 but got {SeReduction}.");
        Need(SpatialKernel >= 1 && SpatialKernel % 2 == 1, $"SpatialKernel: expected odd ≥ 1 but got {SpatialKernel}.");
        Need(MaskKernelHalfWidthMs >= 0 && MaskInitGain > 0 && PositionalMaskLength >= 0, "Mask settings: expected half-width ≥ 0, gain > 0 and positional length ≥ 0.");
        Need(!SelfAttention || (Heads >= 1 && FeatureChannels % Heads == 0), $"Heads: expected a divisor of the feature width {FeatureChannels} but got {Heads}.");
        Need(LstmHidden >= 1 && LstmLayers >= 1, $"LSTM: expected hidden ≥ 1 and layers ≥ 1 but got {LstmHidden}, {LstmLayers}.");
        Need(HeadHidden >= 1, $"HeadHidden: expected ≥ 1 but got {HeadHidden}.");
        Need(Dropout >= 0 && Dropout < 1, $"Dropout: expected in [0, 1) but got {Dropout}.");
        Need(Enum.IsDefined(BranchConvolution) && Enum.IsDefined(SpatialAttention) && Enum.IsDefined(Arrangement) && Enum.IsDefined(Pooling), "An enum setting is out of range.");
        return p;
    }
}

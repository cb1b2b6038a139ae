// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>Sizes of the 1-D ResNet-34 comparison network of [MSA] Table 3.</summary>
/// <remarks>Source: [MSA] Table 3 ("ResNet-34", 21.8 M parameters; no architecture given); He et al. 2016 Table 1 (34-layer: basic blocks 3, 4, 6, 3 at widths 64 … 512). Differs: D-MS-31.</remarks>
public sealed record ResNet1dConfig
{
    /// <summary>Input leads C. Default: 1.</summary>
    public int InputLeads { get; init; } = 1;

    /// <summary>Classes K. Default: 5.</summary>
    public int Classes { get; init; } = 5;

    /// <summary>Basic blocks per stage. Default: 3, 4, 6, 3 (ResNet-34).</summary>
    public IReadOnlyList<int> StageBlocks { get; init; } = [3, 4, 6, 3];

    /// <summary>Stage widths. Default: 64, 128, 256, 512.</summary>
    public IReadOnlyList<int> StageWidths { get; init; } = [64, 128, 256, 512];

    /// <summary>Kernel of the blocks' convolutions: 9 (the nine taps of a 3 × 3 kernel, the reading whose count is the paper's 21.8 M) or 3 (a literal 1-D port). Default: 9. Differs: D-MS-31.</summary>
    public int KernelSize { get; init; } = 9;

    /// <summary>Stem kernel (stride 2, then max-pool 3 / 2). Default: 7.</summary>
    public int StemKernel { get; init; } = 7;
}

// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>Sizes of the CNN-Transformer comparison network of [MSA] Table 3.</summary>
/// <remarks>
/// Source: [MSA] Table 3 ("CNN-Transformer", 15.6 M parameters; no architecture given). Our reading: a strided
/// Conv–BN–ReLU front-end (×8 shorter) feeding a post-norm Transformer encoder of Transformer-base width (Vaswani et al. 2017:
/// d 512, 8 heads, feed-forward 2048), sinusoidal positions, mean pooling, FC. The layer count (4) and the front-end kernel
/// (15, the paper's widest scale) are the free choices that bring the count near 15.6 M. Differs: D-MS-32.
/// </remarks>
public sealed record CnnTransformerConfig
{
    /// <summary>Input leads C. Default: 1.</summary>
    public int InputLeads { get; init; } = 1;

    /// <summary>Classes K. Default: 5.</summary>
    public int Classes { get; init; } = 5;

    /// <summary>Front-end widths; the last is d_model. Default: 64, 128, 256, 512.</summary>
    public IReadOnlyList<int> FrontEndChannels { get; init; } = [64, 128, 256, 512];

    /// <summary>Front-end strides, one per layer. Default: 1, 2, 2, 2.</summary>
    public IReadOnlyList<int> FrontEndStrides { get; init; } = [1, 2, 2, 2];

    /// <summary>Front-end kernel (odd). Default: 15.</summary>
    public int FrontEndKernel { get; init; } = 15;

    /// <summary>Attention heads. Default: 8.</summary>
    public int Heads { get; init; } = 8;

    /// <summary>Feed-forward width. Default: 2048.</summary>
    public int FeedForward { get; init; } = 2048;

    /// <summary>Encoder layers. Default: 4.</summary>
    public int Layers { get; init; } = 4;

    /// <summary>Dropout inside the encoder. Default: 0.1.</summary>
    public double Dropout { get; init; } = 0.1;
}

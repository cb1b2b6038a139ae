// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>How the BiLSTM sequence is reduced to one vector.</summary>
/// <remarks>Source: [MSA] Figure 3 ("global average and max pooling … producing fixed-length representations (batch size, 128)"). Differs: D-MS-28.</remarks>
public enum TemporalPoolingKind
{
    /// <summary>mean_t h + max_t h: width 2H (128 for H = 64), the width Figure 3 prints.</summary>
    SumOfAverageAndMax,

    /// <summary>[mean_t h; max_t h]: width 4H (256 for H = 64).</summary>
    ConcatAverageAndMax,
}

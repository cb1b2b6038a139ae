// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>How channel and spatial attention are combined.</summary>
/// <remarks>Source: [MSA] Figure 3 ("two parallel pathways … channel attention … spatial attention"). Differs: D-MS-25.</remarks>
public enum AttentionArrangement
{
    /// <summary>CBAM order: y = s(x·c(x)) ⊙ x·c(x); the spatial map sees the channel-weighted features.</summary>
    Sequential,

    /// <summary>Both maps from the same input: y = x ⊙ c(x) ⊙ s(x).</summary>
    Parallel,
}

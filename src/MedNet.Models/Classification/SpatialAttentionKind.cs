// SPDX-License-Identifier: MIT
namespace MedNet.Models.Classification;

/// <summary>Which spatial (temporal-position) attention the classifier applies after channel attention.</summary>
/// <remarks>Source: [MSA] §2.2 B, Table 2 rows "+ Attention (Spatial)" and "+ Guided Attention".</remarks>
public enum SpatialAttentionKind
{
    /// <summary>No spatial attention.</summary>
    None,

    /// <summary>Data-driven map σ(Conv1d([mean_c x; max_c x])) (<see cref="SpatialAttention"/>).</summary>
    Plain,

    /// <summary>The data-driven map gated by the union of learnable QRS and ST-T masks (<see cref="GuidedSpatialAttention"/>).</summary>
    Guided,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Models.Explainability;

/// <summary>What an <see cref="AttentionMap"/> holds.</summary>
public enum AttentionKind
{
    /// <summary>Scaled dot-product attention probabilities (softmax over keys): every row sums to 1. MSA MHSA, DTAAD's encoders, MED-Net's attention blocks.</summary>
    SelfAttention,

    /// <summary>A sigmoid gate over time steps, (B, 1, L) in (0, 1): the MSA's spatial attention map s.</summary>
    SpatialGate,

    /// <summary>The guided gate s ⊙ u of the MSA's guided spatial attention, (B, 1, L) in (0, 1).</summary>
    GuidedGate,

    /// <summary>A sigmoid gate over channels, (B, C, 1) in (0, 1): the MSA's squeeze-and-excitation weights.</summary>
    ChannelGate,
}

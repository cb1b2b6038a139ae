// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>The operands of one tiled attention call: B = N·H heads of q (L, D), k and v (S, D), read through <see cref="HeadLayout"/>s, and the optional masks.</summary>
/// <remarks>Pointers are held as <see cref="nint"/> so the struct can be captured by the per-thread ranges; the caller keeps the buffers pinned for the call.</remarks>
internal readonly struct AttentionArgs
{
    /// <summary>Samples N.</summary>
    internal int N { get; init; }

    /// <summary>Heads H per sample.</summary>
    internal int Heads { get; init; }

    /// <summary>Query rows L.</summary>
    internal int L { get; init; }

    /// <summary>Key rows S.</summary>
    internal int S { get; init; }

    /// <summary>Head width D.</summary>
    internal int D { get; init; }

    /// <summary>Score scale, 1/√D.</summary>
    internal float Scale { get; init; }

    /// <summary>Queries.</summary>
    internal nint Q { get; init; }

    /// <summary>Keys.</summary>
    internal nint K { get; init; }

    /// <summary>Values.</summary>
    internal nint V { get; init; }

    /// <summary>Layout of the queries.</summary>
    internal HeadLayout Lq { get; init; }

    /// <summary>Layout of the keys.</summary>
    internal HeadLayout Lk { get; init; }

    /// <summary>Layout of the values.</summary>
    internal HeadLayout Lv { get; init; }

    /// <summary>Additive mask (L, S), or 0.</summary>
    internal nint Mask { get; init; }

    /// <summary>Additive key padding (N, S) of 0 or −∞, or 0.</summary>
    internal nint Pad { get; init; }

    /// <summary>Dropout scales (B, L, S) of 0 or 1/(1 − p) in draw order, or 0.</summary>
    internal nint Drop { get; init; }

    /// <summary>B = N·H.</summary>
    internal int B => N * Heads;

    /// <summary>D rounded up to a multiple of eight.</summary>
    internal int Dp => AttentionTiles.Pad8(D);
}

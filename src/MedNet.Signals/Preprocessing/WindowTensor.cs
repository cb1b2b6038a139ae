// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>Windows cut from a (T, C) series, stored as one (N, W, C) float tensor in row-major order.</summary>
/// <remarks>
/// Layout: element (n, w, c) is <c>Data[(n · W + w) · C + c]</c>: time inside the window, then channel, as DTAAD's
/// <c>convert_to_windows</c> stacks them. Models that want channel-first (N, C, W) transpose it (§3.5.1).
/// Row w of window n is source row <c>max(0, FirstRow[n] + w)</c>.
/// </remarks>
/// <param name="Data">Values, length N · W · C.</param>
/// <param name="Count">N, the number of windows.</param>
/// <param name="Length">W, rows per window.</param>
/// <param name="Channels">C, channels per row.</param>
/// <param name="FirstRow">Per window, the source row of its first element; negative for left-padded windows.</param>
/// <param name="Anchor">Per window, the time step it stands for: its last row, or i for DTAAD windows (label index).</param>
/// <param name="SourceRows">T, the number of rows of the series the windows were cut from.</param>
public sealed record WindowTensor(float[] Data, int Count, int Length, int Channels, int[] FirstRow, int[] Anchor, int SourceRows)
{
    /// <summary>Rows at the end not covered by any window (e.g. non-overlapping windows with T mod W ≠ 0).</summary>
    public int DroppedTailRows => Count == 0 ? SourceRows : SourceRows - 1 - Math.Max(Anchor[^1], FirstRow[^1] + Length - 1);

    /// <summary>Shape (N, W, C).</summary>
    public (int N, int W, int C) Shape => (Count, Length, Channels);

    /// <summary>One window as a (W, C) row-major span.</summary>
    /// <param name="n">Window index, 0 ≤ n &lt; N.</param>
    /// <returns>A view of length W · C.</returns>
    public ReadOnlySpan<float> Window(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, Count);
        return Data.AsSpan(n * Length * Channels, Length * Channels);
    }

    /// <inheritdoc/>
    public override string ToString() => $"WindowTensor (N={Count}, W={Length}, C={Channels}), dropped tail rows {DroppedTailRows}";
}

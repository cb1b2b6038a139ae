// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>Windows cut from a (T, C) series, stored as one (N, W, C) float tensor in row-major order.</summary>
/// <remarks>
/// Layout: element (n, w, c) is <c>Data[(n · W + w) · C + c]</c>: time inside the window, then channel, as DTAAD's
/// <c>convert_to_windows</c> stacks them. Models that want channel-first (N, C, W) transpose it (§3.5.1).
/// Row w of window n is source row <c>FirstRow[n] + w</c>; rows outside [0, T) were filled by <see cref="WindowSpec.Edges"/>.
/// </remarks>
/// <param name="Data">Values, length N · W · C.</param>
/// <param name="Count">N, the number of windows.</param>
/// <param name="Length">W, rows per window.</param>
/// <param name="Channels">C, channels per row.</param>
/// <param name="FirstRow">Per window, the source row of its first element; negative (or past the end) for padded windows.</param>
/// <param name="Anchor">Per window, the time step it stands for: its last row, row i for one-window-per-row alignments, or the anchor point (label index).</param>
/// <param name="SourceRows">T, the number of rows of the series the windows were cut from.</param>
public sealed record WindowTensor(float[] Data, int Count, int Length, int Channels, int[] FirstRow, int[] Anchor, int SourceRows)
{
    /// <summary>The spec the windows were cut with; its <see cref="WindowSpec.LabelRule"/> labels them. Default: <see cref="WindowSpec.Sliding"/> of <see cref="Length"/>.</summary>
    public WindowSpec Spec { get; init; } = WindowSpec.Sliding(Length);

    /// <summary>Anchors (rows, R peaks) or tail starts of the windows <see cref="EdgeRule.Skip"/> left out, in the order met. Default: none.</summary>
    public int[] Skipped { get; init; } = [];

    /// <summary>Rows at the end not covered by any window (e.g. non-overlapping windows with T mod W ≠ 0); 0 when padded windows reach the end.</summary>
    public int DroppedTailRows
    {
        get
        {
            if (Count == 0)
            {
                return SourceRows;
            }

            int last = int.MinValue;
            for (int n = 0; n < Count; n++)
            {
                last = Math.Max(last, Math.Max(Anchor[n], FirstRow[n] + Length - 1));
            }

            return Math.Max(0, SourceRows - 1 - last);
        }
    }

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

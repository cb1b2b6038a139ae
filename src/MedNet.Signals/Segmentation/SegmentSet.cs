// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Segmentation;

/// <summary>Fixed-length segments cut from one lead-major record, as one (N, C, W) float tensor.</summary>
/// <remarks>Layout: element (n, c, w) is <c>Data[(n · C + c) · W + w]</c>, channel-first as the classifier takes it ([MSA] §2.2).</remarks>
/// <param name="Data">Values, length N · C · W.</param>
/// <param name="Count">N segments.</param>
/// <param name="Leads">C leads.</param>
/// <param name="Length">W samples per segment.</param>
/// <param name="Start">Per segment, the record sample of its first element (negative or past the end for padded samples).</param>
/// <param name="Anchor">Per segment, the R peak it is centred on, or its start for fixed segments.</param>
/// <param name="Skipped">Anchors (R peaks or segment starts) left out by <see cref="EdgeRule.Skip"/>, plus any uncovered tail start.</param>
public sealed record SegmentSet(float[] Data, int Count, int Leads, int Length, int[] Start, int[] Anchor, int[] Skipped)
{
    /// <summary>Shape (N, C, W).</summary>
    public (int N, int C, int W) Shape => (Count, Leads, Length);

    /// <summary>One segment as a (C, W) span.</summary>
    /// <param name="n">Segment index.</param>
    /// <returns>A view of length C · W.</returns>
    public ReadOnlySpan<float> Segment(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, Count);
        return Data.AsSpan(n * Leads * Length, Leads * Length);
    }
}

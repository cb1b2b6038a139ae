// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>One segment line of a multi-segment WFDB header: a record name (or <c>~</c> for a gap) and its length.</summary>
/// <remarks>Source: header(5), "segment specification lines". A first segment of length 0 is the layout header of a
/// variable-layout record: it lists every signal, and later segments may hold any subset of them.</remarks>
/// <param name="Name">Segment record name in the same folder, or <c>~</c> for a null segment (no signals, samples invalid).</param>
/// <param name="Length">Frames in the segment, ≥ 0.</param>
public sealed record WfdbSegment(string Name, long Length)
{
    /// <summary>Whether this is a gap (<c>~</c>).</summary>
    public bool IsNull => Name == "~";
}

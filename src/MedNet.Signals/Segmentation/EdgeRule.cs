// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Segmentation;

/// <summary>What to do with a window that would run past either end of the record.</summary>
public enum EdgeRule
{
    /// <summary>Leave the window out and count it (default: no invented samples).</summary>
    Skip,

    /// <summary>Keep it, filling the missing samples with the record's first or last sample.</summary>
    RepeatEdge,

    /// <summary>Keep it, filling the missing samples with zeros.</summary>
    ZeroPad,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>What happens to a window that would run past either end of the series.</summary>
/// <remarks>
/// With <see cref="WindowAlignment.FromStart"/> only the end can be passed: the skip rules drop an incomplete tail (its
/// start is listed in <see cref="WindowTensor.Skipped"/>, its rows counted in <see cref="WindowTensor.DroppedTailRows"/>),
/// the padding rules add one final padded window that covers it.
/// </remarks>
public enum EdgeRule
{
    /// <summary>Leave the window out and list its anchor (or start); a series with room for no window at all is an error. Default.</summary>
    Skip,

    /// <summary>As <see cref="Skip"/>, but a series with room for no window gives an empty set (short records of a batch).</summary>
    SkipAllowEmpty,

    /// <summary>Keep it, filling the missing rows with the series' first or last row.</summary>
    RepeatEdge,

    /// <summary>Keep it, filling the missing rows with zeros.</summary>
    ZeroPad,
}

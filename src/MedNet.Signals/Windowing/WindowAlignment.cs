// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>Where the windows of a <see cref="WindowSpec"/> are placed on a series of T rows, and which row each stands for (its anchor).</summary>
/// <remarks>
/// Every alignment places window n at rows [FirstRow[n], FirstRow[n] + W); rows outside [0, T) are handled by
/// <see cref="WindowSpec.Edges"/>. Differs: D-MN-20 (DTAAD's window i ends at row i − 1; see <see cref="EndingBeforeRow"/>).
/// </remarks>
public enum WindowAlignment
{
    /// <summary>From the series start: window n covers rows [n·s, n·s + W) and stands for its last row. N = ⌊(T − W) / s⌋ + 1 when T ≥ W.</summary>
    FromStart,

    /// <summary>
    /// DTAAD/TranAD <c>convert_to_windows</c> (main.py, Yu-Lingrui/DTAAD @ 5cd728d): one window per time step i = 0…T−1,
    /// covering rows [i − W, i); with <see cref="EdgeRule.RepeatEdge"/> rows before 0 are copies of row 0 (window 0 is W copies
    /// of row 0). The window does not contain row i itself; the reference pairs it with label i (anchor i). Stride must be 1.
    /// </summary>
    EndingBeforeRow,

    /// <summary>One window per time step i, covering rows (i − W, i] (ending at row i, its anchor). Stride must be 1.</summary>
    EndingAtRow,

    /// <summary>
    /// One window per given anchor point a (e.g. an R peak), covering rows [a − o, a − o + W) with o =
    /// <see cref="WindowSpec.AnchorOffset"/> (default ⌊W/2⌋: centred). Anchors may come in any order; windows keep it.
    /// </summary>
    AtAnchors,
}

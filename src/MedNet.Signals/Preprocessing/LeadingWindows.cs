// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>What happens to the first time steps, before a full window of W rows is available.</summary>
/// <remarks>Differs: D-MN-WINDOW-ALIGN (DTAAD's window i ends at row i − 1; see <see cref="DtaadRepeatFirstRow"/>).</remarks>
public enum LeadingWindows
{
    /// <summary>No padding: window n covers rows [n·s, n·s + W). N = ⌊(T − W) / s⌋ + 1; needs T ≥ W.</summary>
    Skip,

    /// <summary>
    /// DTAAD/TranAD <c>convert_to_windows</c> (main.py, Yu-Lingrui/DTAAD @ 5cd728d): one window per time step i = 0…T−1,
    /// covering rows [i − W, i); rows before 0 are copies of row 0 (window 0 is W copies of row 0). The window does not
    /// contain row i itself; the reference pairs it with label i. Anchor i. Stride must be 1.
    /// </summary>
    DtaadRepeatFirstRow,

    /// <summary>One window per time step i, covering rows (i − W, i] (ending at row i), left-padded with row 0. Stride must be 1.</summary>
    RepeatFirstRowEndingAtRow,
}

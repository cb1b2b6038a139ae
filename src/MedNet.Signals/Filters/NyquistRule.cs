// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Filters;

/// <summary>What <see cref="EcgBandPass.Design"/> does when the upper cut-off is too close to or above Nyquist (e.g. 150 Hz at fs = 100, 128 or 300 Hz).</summary>
/// <remarks>
/// Source: [MSA] §2.1 asks for a 0.5–150 Hz band-pass for every database, but 150 Hz is at or above fs/2 for PTB-XL at 100 Hz,
/// MBA at 128 Hz and CinC 2017 at 300 Hz. A cut-off counts as "too high" when it exceeds
/// <see cref="EcgBandPass.MaxCutoffFractionOfNyquist"/> × fs/2 (0.9 × fs/2), where the pre-warped design becomes very steep.
/// </remarks>
public enum NyquistRule
{
    /// <summary>Default. Drop the low-pass stage and keep only the high-pass at the lower cut-off, with a note: the recording's
    /// anti-aliasing filter already limits the band below fs/2, so nothing the paper's 150 Hz edge would remove is present.</summary>
    DropLowPass,

    /// <summary>Lower the upper cut-off to 0.9 × fs/2, with a note; this removes some real content near Nyquist.</summary>
    ClampBelowNyquist,

    /// <summary>Throw an <see cref="ArgumentOutOfRangeException"/>.</summary>
    Throw,
}

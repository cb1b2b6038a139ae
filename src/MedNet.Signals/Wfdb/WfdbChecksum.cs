// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>The WFDB signal checksum: the sum of all samples of a signal, modulo 2^16.</summary>
/// <remarks>
/// Source: WFDB header(5), field <c>checksum</c>. Headers write it signed (mitdb: −22131) or unsigned (PTB-XL: 0–65535);
/// <see cref="Matches"/> compares modulo 2^16 so both forms agree.
/// </remarks>
public static class WfdbChecksum
{
    /// <summary>Computes the 16-bit checksum of a whole signal.</summary>
    /// <param name="samples">Every decoded sample of one signal.</param>
    /// <returns>The sum modulo 2^16, as 0–65535.</returns>
    public static int Compute(ReadOnlySpan<int> samples)
    {
        var sum = 0;
        foreach (var s in samples)
        {
            sum = unchecked(sum + s);
        }

        return sum & 0xFFFF;
    }

    /// <summary>Whether a header checksum matches the samples.</summary>
    /// <param name="stated">Checksum as the header writes it (signed or unsigned).</param>
    /// <param name="samples">Every decoded sample of one signal.</param>
    /// <returns><see langword="true"/> when they agree modulo 2^16.</returns>
    public static bool Matches(int stated, ReadOnlySpan<int> samples) => (stated & 0xFFFF) == Compute(samples);
}

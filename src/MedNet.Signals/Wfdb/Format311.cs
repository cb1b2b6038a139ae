// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 311: three 10-bit two's-complement samples packed in one little-endian 32-bit word.</summary>
/// <remarks>
/// Source: https://physionet.org/physiotools/wag/signal-5.htm, format 311 (as WFDB's signal.c decodes it). With the word
/// w = b0 | b1 &lt;&lt; 8 | b2 &lt;&lt; 16 | b3 &lt;&lt; 24: sample 0 = bits 0–9, sample 1 = bits 10–19, sample 2 = bits 20–29; the
/// top two bits are unused. Each sample is sign-extended from 10 bits.
/// </remarks>
internal static class Format311
{
    /// <summary>Decodes whole 4-byte blocks; <paramref name="destination"/> holds three samples per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        var blocks = destination.Length / 3;
        for (var k = 0; k < blocks; k++)
        {
            var w = (uint)(source[4 * k] | (source[(4 * k) + 1] << 8) | (source[(4 * k) + 2] << 16) | (source[(4 * k) + 3] << 24));
            destination[3 * k] = ((int)((w & 0x3FF) << 22)) >> 22;
            destination[(3 * k) + 1] = ((int)(((w >> 10) & 0x3FF) << 22)) >> 22;
            destination[(3 * k) + 2] = ((int)(((w >> 20) & 0x3FF) << 22)) >> 22;
        }
    }
}

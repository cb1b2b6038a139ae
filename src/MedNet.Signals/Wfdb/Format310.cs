// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 310: three 10-bit two's-complement samples packed in two little-endian 16-bit words.</summary>
/// <remarks>
/// Source: https://physionet.org/physiotools/wag/signal-5.htm, format 310 (as WFDB's signal.c decodes it). With words
/// A = b0 | b1 &lt;&lt; 8 and B = b2 | b3 &lt;&lt; 8: sample 0 = bits 1–10 of A, sample 1 = bits 1–10 of B, sample 2 = the top
/// five bits of A (low half) and of B (high half); bit 0 of each word is unused. Each sample is sign-extended from 10 bits.
/// </remarks>
internal static class Format310
{
    /// <summary>Decodes whole 4-byte blocks; <paramref name="destination"/> holds three samples per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        var blocks = destination.Length / 3;
        for (var k = 0; k < blocks; k++)
        {
            int a = source[4 * k] | (source[(4 * k) + 1] << 8);
            int b = source[(4 * k) + 2] | (source[(4 * k) + 3] << 8);
            destination[3 * k] = (((a >> 1) & 0x3FF) << 22) >> 22;
            destination[(3 * k) + 1] = (((b >> 1) & 0x3FF) << 22) >> 22;
            destination[(3 * k) + 2] = ((((a & 0xF800) >> 11) | ((b & 0xF800) >> 6)) << 22) >> 22;
        }
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 212: two 12-bit two's-complement samples packed in three bytes.</summary>
/// <remarks>
/// Source: https://physionet.org/physiotools/wag/signal-5.htm, format 212. For bytes (b0, b1, b2):
/// sample A = b0 | (b1 &amp; 0x0F) &lt;&lt; 8, sample B = b2 | (b1 &amp; 0xF0) &lt;&lt; 4, each sign-extended from 12 bits.
/// </remarks>
internal static class Format212
{
    /// <summary>Decodes whole 3-byte blocks; <paramref name="destination"/> holds two samples per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        var blocks = destination.Length / 2;
        for (var k = 0; k < blocks; k++)
        {
            int b0 = source[3 * k], b1 = source[(3 * k) + 1], b2 = source[(3 * k) + 2];
            destination[2 * k] = ((b0 | ((b1 & 0x0F) << 8)) << 20) >> 20;
            destination[(2 * k) + 1] = ((b2 | ((b1 & 0xF0) << 4)) << 20) >> 20;
        }
    }
}

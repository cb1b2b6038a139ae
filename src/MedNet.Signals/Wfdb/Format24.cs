// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 24: 24-bit two's complement, little-endian.</summary>
/// <remarks>Source: https://physionet.org/physiotools/wag/signal-5.htm, format 24.</remarks>
internal static class Format24
{
    /// <summary>Decodes whole blocks; <paramref name="destination"/> holds one sample per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = ((source[3 * i] | (source[(3 * i) + 1] << 8) | (source[(3 * i) + 2] << 16)) << 8) >> 8;
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Buffers.Binary;

namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 16: 16-bit two's complement, little-endian.</summary>
/// <remarks>Source: https://physionet.org/physiotools/wag/signal-5.htm, format 16.</remarks>
internal static class Format16
{
    /// <summary>Decodes whole blocks; <paramref name="destination"/> holds one sample per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16LittleEndian(source.Slice(2 * i, 2));
        }
    }
}

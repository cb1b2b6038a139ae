// SPDX-License-Identifier: MIT
using System.Buffers.Binary;

namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 61: 16-bit two's complement, big-endian.</summary>
/// <remarks>Source: https://physionet.org/physiotools/wag/signal-5.htm, format 61.</remarks>
internal static class Format61
{
    /// <summary>Decodes whole blocks; <paramref name="destination"/> holds one sample per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16BigEndian(source.Slice(2 * i, 2));
        }
    }
}

// SPDX-License-Identifier: MIT
using System.Buffers.Binary;

namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 32: 32-bit two's complement, little-endian.</summary>
/// <remarks>Source: https://physionet.org/physiotools/wag/signal-5.htm, format 32.</remarks>
internal static class Format32
{
    /// <summary>Decodes whole blocks; <paramref name="destination"/> holds one sample per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt32LittleEndian(source.Slice(4 * i, 4));
        }
    }
}

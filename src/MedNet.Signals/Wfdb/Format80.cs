// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 80: 8-bit offset binary.</summary>
/// <remarks>Source: https://physionet.org/physiotools/wag/signal-5.htm, format 80.</remarks>
internal static class Format80
{
    /// <summary>Decodes whole blocks; <paramref name="destination"/> holds one sample per block.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = source[i] - 128;
        }
    }
}

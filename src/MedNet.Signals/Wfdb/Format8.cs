// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>WFDB format 8: 8-bit first differences.</summary>
/// <remarks>
/// Source: https://physionet.org/physiotools/wag/signal-5.htm, format 8: "to get the value of sample n, sum the first n
/// bytes of the sample data file together with the initial value from the header file". Each stored byte is a signed
/// difference; in a file of several signals the differences of each signal are summed separately (frame order), each from
/// its own initial value. The block decoder returns the differences; <see cref="WfdbReader"/> sums them from the file's
/// first frame, so a read from sample s costs s frames of summing.
/// </remarks>
internal static class Format8
{
    /// <summary>Decodes whole 1-byte blocks into signed differences.</summary>
    public static void Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (sbyte)source[i];
        }
    }
}

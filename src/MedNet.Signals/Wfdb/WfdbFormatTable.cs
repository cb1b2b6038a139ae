// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>The WFDB signal storage formats this reader decodes, kept as data keyed by format code.</summary>
/// <remarks>
/// Source: WFDB signal file formats, https://physionet.org/physiotools/wag/signal-5.htm (WFDB Applications Guide, signal(5)).
/// Every listed format can be read from any sample on (no running state), so <see cref="WfdbReader"/> seeks straight to a
/// sample range. Format 8 (first differences) needs every earlier sample and formats 310/311 and FLAC (508–532) are not
/// implemented; their codes give a <see cref="WfdbFormatException"/> naming the supported codes.
/// </remarks>
public static class WfdbFormatTable
{
    private static readonly WfdbFormatInfo[] Formats =
    [
        new(16, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit two's complement, little-endian"),
        new(24, 24, 1, 3, -(1 << 23), (1 << 23) - 1, "24-bit two's complement, little-endian"),
        new(32, 32, 1, 4, int.MinValue, int.MaxValue, "32-bit two's complement, little-endian"),
        new(61, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit two's complement, big-endian"),
        new(80, 8, 1, 1, -128, 127, "8-bit offset binary (stored byte − 128)"),
        new(160, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit offset binary, little-endian (stored − 32768)"),
        new(212, 12, 2, 3, -2048, 2047, "12-bit two's complement, two samples packed in three bytes"),
    ];

    /// <summary>All supported formats, ordered by code.</summary>
    public static IReadOnlyList<WfdbFormatInfo> All => Formats;

    /// <summary>The supported codes as text for error messages, e.g. "16, 24, 32, 61, 80, 160, 212".</summary>
    public static string SupportedCodesText { get; } = string.Join(", ", Array.ConvertAll(Formats, f => f.Code));

    /// <summary>Looks up a format by code.</summary>
    /// <param name="code">Format code from a header signal line.</param>
    /// <returns>The format, or <see langword="null"/> when it is not supported.</returns>
    public static WfdbFormatInfo? Find(int code)
    {
        foreach (var f in Formats)
        {
            if (f.Code == code)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Decodes whole packing blocks of one format.</summary>
    /// <param name="code">Format code; must be in <see cref="All"/>.</param>
    /// <param name="source">Stored bytes, a whole number of blocks.</param>
    /// <param name="destination">Decoded samples; length = blocks × samples per block.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is not supported.</exception>
    public static void Decode(int code, ReadOnlySpan<byte> source, Span<int> destination)
    {
        switch (code)
        {
            case 16: Format16.Decode(source, destination); break;
            case 24: Format24.Decode(source, destination); break;
            case 32: Format32.Decode(source, destination); break;
            case 61: Format61.Decode(source, destination); break;
            case 80: Format80.Decode(source, destination); break;
            case 160: Format160.Decode(source, destination); break;
            case 212: Format212.Decode(source, destination); break;
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, $"WfdbFormatTable.Decode: expected one of {SupportedCodesText} but got {code}.");
        }
    }
}

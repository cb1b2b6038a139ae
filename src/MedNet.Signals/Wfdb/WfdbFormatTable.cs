// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>The WFDB signal storage formats this reader decodes, kept as data keyed by format code.</summary>
/// <remarks>
/// Source: WFDB signal file formats, https://physionet.org/physiotools/wag/signal-5.htm (WFDB Applications Guide, signal(5)).
/// Every listed format except 8 can be read from any sample on (no running state), so <see cref="WfdbReader"/> seeks straight
/// to a sample range; format 8 (first differences) is summed from the file's first frame. The FLAC-compressed formats
/// (508, 516, 524) are refused with a <see cref="WfdbFormatException"/> that names them (<see cref="Refusal"/>); any other
/// code gets one naming the supported codes.
/// </remarks>
public static class WfdbFormatTable
{
    private static readonly WfdbFormatInfo[] Formats =
    [
        new(8, 8, 1, 1, int.MinValue, int.MaxValue, "8-bit first differences from the header's initial value"),
        new(16, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit two's complement, little-endian"),
        new(24, 24, 1, 3, -(1 << 23), (1 << 23) - 1, "24-bit two's complement, little-endian"),
        new(32, 32, 1, 4, int.MinValue, int.MaxValue, "32-bit two's complement, little-endian"),
        new(61, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit two's complement, big-endian"),
        new(80, 8, 1, 1, -128, 127, "8-bit offset binary (stored byte − 128)"),
        new(160, 16, 1, 2, short.MinValue, short.MaxValue, "16-bit offset binary, little-endian (stored − 32768)"),
        new(212, 12, 2, 3, -2048, 2047, "12-bit two's complement, two samples packed in three bytes"),
        new(310, 10, 3, 4, -512, 511, "10-bit two's complement, three samples in two 16-bit words"),
        new(311, 10, 3, 4, -512, 511, "10-bit two's complement, three samples in one 32-bit word"),
    ];

    /// <summary>All supported formats, ordered by code.</summary>
    public static IReadOnlyList<WfdbFormatInfo> All => Formats;

    /// <summary>The supported codes as text for error messages, e.g. "16, 24, 32, 61, 80, 160, 212".</summary>
    public static string SupportedCodesText { get; } = string.Join(", ", Array.ConvertAll(Formats, f => f.Code));

    /// <summary>Why a known WFDB format code is not read, or <see langword="null"/> for codes this table reads or WFDB does not define.</summary>
    /// <param name="code">Format code from a header signal line.</param>
    /// <returns>The reason, for the error message.</returns>
    public static string? Refusal(int code) => code switch
    {
        508 or 516 or 524 => $"format {code} is FLAC-compressed ({code - 500}-bit samples), which this reader does not decode; " +
            "convert the record to format 16 or 24 first, e.g. with WFDB's xform (`xform -i REC -o NEW -f 0 -O 16`) or wfdb-python (rdrecord + wrsamp with fmt=['16'])",
        0 => "format 0 marks a null (absent) signal, as in a multi-segment layout header; it has no samples to read",
        _ => null,
    };

    /// <summary>The "expected … but …" text for a format code this table does not decode: the named reason for a known
    /// refusal (<see cref="Refusal"/>), else the supported codes.</summary>
    /// <param name="code">Format code from a header signal line.</param>
    /// <returns>The message body, without the caller's prefix.</returns>
    public static string Unreadable(int code) => Refusal(code) is { } why
        ? $"expected a format this reader decodes ({SupportedCodesText}) but {why}."
        : $"expected a supported format code ({SupportedCodesText}) but got {code}. See https://physionet.org/physiotools/wag/signal-5.htm.";

    /// <summary>Bytes WFDB writes for a last, partial block holding <paramref name="samples"/> samples (0 &lt; samples &lt; per block).</summary>
    /// <param name="info">The format.</param>
    /// <param name="samples">Samples in the partial block.</param>
    /// <returns>Bytes: 212 writes 2 for one sample; 310 writes one 16-bit word per sample; 311 writes 2 bytes for one sample and 3 for two.</returns>
    public static int PartialBlockBytes(WfdbFormatInfo info, int samples) => info.Code switch
    {
        212 => 2,
        310 => 2 * samples,
        311 => samples + 1,
        _ => info.BytesPerBlock,
    };

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
            case 8: Format8.Decode(source, destination); break;
            case 16: Format16.Decode(source, destination); break;
            case 24: Format24.Decode(source, destination); break;
            case 32: Format32.Decode(source, destination); break;
            case 61: Format61.Decode(source, destination); break;
            case 80: Format80.Decode(source, destination); break;
            case 160: Format160.Decode(source, destination); break;
            case 212: Format212.Decode(source, destination); break;
            case 310: Format310.Decode(source, destination); break;
            case 311: Format311.Decode(source, destination); break;
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, $"WfdbFormatTable.Decode: expected one of {SupportedCodesText} but got {code}.");
        }
    }
}

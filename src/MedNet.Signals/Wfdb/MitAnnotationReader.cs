// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using System.Text;

namespace MedNet.Signals.Wfdb;

/// <summary>Reads WFDB annotation files in MIT format (e.g. <c>100.atr</c>).</summary>
/// <remarks>
/// Source: WFDB annotation file format, https://physionet.org/physiotools/wag/annot-5.htm (MIT format).
/// <para>Grammar: the file is a sequence of 16-bit little-endian words; each word holds a 6-bit code A (high bits) and a 10-bit
/// value I (low bits).</para>
/// <code>
/// file       := { annotation } end
/// annotation := [ SKIP ] label { SUB | CHN | NUM | AUX }
/// label      := A in 1..49 (or 0 with I ≠ 0): time += I, code = A
/// SKIP (59)  := I = 0, then a 32-bit signed interval, high 16-bit word first (PDP-11 order): time += interval
/// NUM  (60)  := num = I (persists)      SUB (61) := subtype = I      CHN (62) := chan = I (persists)
/// AUX  (63)  := I = byte count, then I bytes of text, padded to an even count
/// end        := a word of 0 (A = 0, I = 0), or the end of the file
/// </code>
/// As in the WFDB library, SKIP applies to the next label, SUB/CHN/NUM/AUX to the label before them; CHN is kept as an
/// unsigned byte (I &amp; 0xFF), as WFDB stores it, so a 10-bit value of 1023 reads as 255. NOTE annotations at sample 0
/// whose text starts with "## " are header lines (time resolution, custom types; see <see cref="MitAnnotationFile"/>),
/// not annotations.
/// </remarks>
public static class MitAnnotationReader
{
    private const int Skip = 59, Num = 60, Sub = 61, Chn = 62, AuxCode = 63, Note = 22;

    /// <summary>Reads every annotation of a file.</summary>
    /// <param name="path">Path of the annotation file, e.g. <c>data/mitdb/100.atr</c>.</param>
    /// <returns>Annotations in file order (header notes excluded; <see cref="ReadFile"/> returns them and what they declare).</returns>
    /// <exception cref="WfdbFormatException">The file is missing, or a SKIP/AUX field runs past its end.</exception>
    public static WfdbAnnotation[] Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new WfdbFormatException("MitAnnotationReader.Read: expected an existing annotation file but it is missing. Check the record name and annotator extension.",
                Path.GetFileNameWithoutExtension(path), path);
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a file with its header notes (time resolution, custom annotation types).</summary>
    /// <param name="path">Path of the annotation file.</param>
    /// <returns>The annotations and the header's declarations.</returns>
    /// <exception cref="WfdbFormatException">As <see cref="Read"/>, or a header note that defines a custom type badly (named).</exception>
    public static MitAnnotationFile ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new WfdbFormatException("MitAnnotationReader.ReadFile: expected an existing annotation file but it is missing. Check the record name and annotator extension.",
                Path.GetFileNameWithoutExtension(path), path);
        }

        return ParseFile(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses MIT-format annotation bytes with their header notes.</summary>
    /// <param name="data">The whole file content.</param>
    /// <param name="path">File name for error messages.</param>
    /// <returns>The annotations and the header's declarations.</returns>
    public static MitAnnotationFile ParseFile(ReadOnlySpan<byte> data, string path)
    {
        var all = ParseAll(data, path);
        var annotations = new List<WfdbAnnotation>(all.Count);
        var custom = new Dictionary<int, (string, string)>();
        var lines = new List<string>();
        double? resolution = null;
        var header = true;
        foreach (var a in all)
        {
            if (header && a.Sample == 0 && a.Code == Note && a.Aux is { } aux && aux.StartsWith("## ", StringComparison.Ordinal))
            {
                var line = aux[3..].Trim();
                lines.Add(line);
                InterpretHeaderLine(line, path, custom, ref resolution);
                continue;
            }

            header = false;
            annotations.Add(a);
        }

        return new MitAnnotationFile(annotations, resolution, custom, lines);
    }

    private static void InterpretHeaderLine(string line, string path, Dictionary<int, (string, string)> custom, ref double? resolution)
    {
        const string timeResolution = "time resolution:";
        if (line.StartsWith(timeResolution, StringComparison.OrdinalIgnoreCase))
        {
            var text = line[timeResolution.Length..].Trim();
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) || !(f > 0) || double.IsInfinity(f))
            {
                throw new WfdbFormatException($"MitAnnotationReader: expected a finite positive time resolution in header note '## {line}' but got '{text}'.",
                    Path.GetFileNameWithoutExtension(path), path, field: "time resolution");
            }

            resolution = f;
            return;
        }

        // "N MNEMONIC [DESCRIPTION]": a custom code 1..49 (WFDB's ACMAX); other lines (e.g. the writer's command line) are kept as text.
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            if (code < 1 || code > 49)
            {
                throw new WfdbFormatException($"MitAnnotationReader: expected a custom annotation code in 1..49 in header note '## {line}' but got {code}.",
                    Path.GetFileNameWithoutExtension(path), path, field: "annotation type");
            }

            custom[code] = (parts[1], parts.Length > 2 ? parts[2] : string.Empty);
        }
    }

    /// <summary>Parses MIT-format annotation bytes.</summary>
    /// <param name="data">The whole file content.</param>
    /// <param name="path">File name for error messages.</param>
    /// <returns>Annotations in file order.</returns>
    /// <exception cref="WfdbFormatException">
    /// The file is empty, ends without its end-of-file word (truncated), a SKIP or AUX field runs past the end, or an annotation
    /// lies before sample 0 or before the one preceding it (annotations are written in time order); the message names the byte.
    /// </exception>
    public static WfdbAnnotation[] Parse(ReadOnlySpan<byte> data, string path) => [.. ParseFile(data, path).Annotations];

    private static List<WfdbAnnotation> ParseAll(ReadOnlySpan<byte> data, string path)
    {
        var record0 = Path.GetFileNameWithoutExtension(path);
        if (data.Length == 0)
        {
            throw new WfdbFormatException("MitAnnotationReader: expected annotations ending with the end-of-file word 0x0000 but the file is empty.",
                record0, path, field: "annotations");
        }

        var list = new List<WfdbAnnotation>(data.Length / 2);
        long time = 0;
        int chan = 0, num = 0;
        var pos = 0;
        var record = Path.GetFileNameWithoutExtension(path);
        var ended = false;
        while (pos + 1 < data.Length)
        {
            int word = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(pos, 2));
            pos += 2;
            int a = word >> 10, i = word & 0x3FF;
            if (a == 0 && i == 0)
            {
                ended = true;
                break;
            }

            switch (a)
            {
                case Skip:
                    Need(data, pos, 4, path, record, "SKIP");
                    int hi = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(pos, 2));
                    int lo = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(pos + 2, 2));
                    time += (hi << 16) | lo;
                    pos += 4;
                    break;
                case Num:
                    num = i;
                    SetLast(list, x => x with { Num = i });
                    break;
                case Sub:
                    SetLast(list, x => x with { Subtype = i });
                    break;
                case Chn:
                    chan = i & 0xFF; // WFDB keeps the channel in an unsigned char
                    SetLast(list, x => x with { Channel = chan });
                    break;
                case AuxCode:
                    Need(data, pos, i, path, record, "AUX");
                    var text = Encoding.Latin1.GetString(data.Slice(pos, i)).TrimEnd('\0');
                    pos += i + (i & 1);
                    SetLast(list, x => x with { Aux = text });
                    break;
                default:
                    time += i;
                    if (time < 0 || (list.Count > 0 && time < list[^1].Sample))
                    {
                        throw new WfdbFormatException(
                            $"MitAnnotationReader: expected annotations in time order from sample 0 but the one ending at byte {pos} is at sample {time}" +
                            (list.Count > 0 ? $", after one at {list[^1].Sample}" : string.Empty) + ". The file is corrupted (or byte-swapped).",
                            record, path, field: "time");
                    }

                    list.Add(new WfdbAnnotation(time, a, 0, chan, num, null));
                    break;
            }
        }

        if (!ended)
        {
            throw new WfdbFormatException(
                $"MitAnnotationReader: expected the end-of-file word 0x0000 but the file ends at byte {data.Length} without it. The file is truncated.",
                record, path, field: "annotations");
        }

        return list;
    }

    private static void SetLast(List<WfdbAnnotation> list, Func<WfdbAnnotation, WfdbAnnotation> change)
    {
        if (list.Count > 0)
        {
            list[^1] = change(list[^1]);
        }
    }

    private static void Need(ReadOnlySpan<byte> data, int pos, int count, string path, string record, string field)
    {
        if (pos + count > data.Length)
        {
            throw new WfdbFormatException(
                $"MitAnnotationReader: expected {count} more byte(s) for a {field} field at byte {pos} but the file ends at {data.Length}. The file is truncated.",
                record, path, field: field);
        }
    }
}

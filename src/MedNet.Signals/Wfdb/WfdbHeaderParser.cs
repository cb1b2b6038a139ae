// SPDX-License-Identifier: MIT
using System.Globalization;

namespace MedNet.Signals.Wfdb;

/// <summary>Parses WFDB header text (<c>.hea</c>) into a <see cref="WfdbHeader"/>.</summary>
/// <remarks>
/// Source: WFDB header format, https://physionet.org/physiotools/wag/header-5.htm (WFDB Applications Guide, header(5)).
/// <para>Grammar (fields separated by spaces or tabs; <c>[ ]</c> optional; a later field needs all earlier ones):</para>
/// <code>
/// header      := { comment | blank } record-line { signal-line | comment | blank }   (one signal-line per signal)
/// comment     := '#' text                                       (kept in Comments, '#' removed)
/// record-line := name ['/' n_seg] n_sig [fs ['/' counter_freq ['(' base_counter ')']] [sig_len [base_time [base_date]]]]
/// signal-line := file_name format ['x' samps_per_frame] [':' skew] ['+' byte_offset]
///                [adc_gain ['(' baseline ')'] ['/' units] [adc_res [adc_zero [init_value [checksum [block_size [description]]]]]]]
/// </code>
/// Defaults, as the WFDB library applies them: fs 250 Hz; adc_gain 0 or absent → 200; baseline absent → adc_zero; units → mV;
/// adc_res 0 or absent → the format's bit depth; adc_zero 0. <c>description</c> is the rest of the line and may hold spaces.
/// Multi-segment records (<c>name/n_seg</c>) are followed by n_seg segment lines (<c>segment_name length</c>) instead of
/// signal lines; they are parsed into <see cref="WfdbHeader.Segments"/>.
/// </remarks>
public static class WfdbHeaderParser
{
    /// <summary>WFDB's default sampling frequency when the record line gives none, in Hz.</summary>
    public const double DefaultSamplingFrequency = 250;

    /// <summary>WFDB's default gain (ADC units per mV) when a signal line gives 0 or none.</summary>
    public const double DefaultGain = 200;

    // Format 0 (a null signal, e.g. in a variable-layout header) parses; reading it is refused by WfdbReader.
    private static readonly WfdbFormatInfo NullSignal = new(0, 16, 1, 2, short.MinValue, short.MaxValue, "null signal (no samples)");

    /// <summary>Reads and parses a header file.</summary>
    /// <param name="path">Path of the <c>.hea</c> file, or of the record without extension.</param>
    /// <returns>The header.</returns>
    /// <exception cref="WfdbFormatException">The file is missing or breaks the grammar.</exception>
    public static WfdbHeader ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var headerPath = path.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) ? path : path + ".hea";
        if (!File.Exists(headerPath))
        {
            throw new WfdbFormatException(
                "WfdbHeader.Load: expected an existing header file but it is missing. Check the record name and the data root (MEDNET_DATA).",
                Path.GetFileNameWithoutExtension(headerPath), headerPath);
        }

        return Parse(Decode(File.ReadAllBytes(headerPath)), headerPath);
    }

    /// <summary>Parses header text.</summary>
    /// <param name="text">Whole header text; LF or CRLF line ends.</param>
    /// <param name="headerPath">Path used for error messages and to resolve signal files (its folder).</param>
    /// <returns>The header.</returns>
    /// <exception cref="WfdbFormatException">The text breaks the grammar; the message names line and field.</exception>
    public static WfdbHeader Parse(string text, string headerPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var comments = new List<string>();
        var signals = new List<WfdbSignalSpec>();
        var segments = new List<WfdbSegment>();
        RecordLine? record = null;
        var recordLineNo = 0;
        var recordName = Path.GetFileNameWithoutExtension(headerPath);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            var lineNo = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line[1..].Trim());
                continue;
            }

            var ctx = new Context(recordName, headerPath, lineNo);
            if (record is null)
            {
                record = ParseRecordLine(line, ctx);
                recordName = record.Name;
                recordLineNo = lineNo;
                continue;
            }

            if (record.SegmentCount is { } segmentCount)
            {
                if (segments.Count == segmentCount)
                {
                    throw ctx.Error($"expected {segmentCount} segment line(s) as the record line says but found another: '{line}'.", "n_seg");
                }

                var parts = Fields(line);
                if (parts.Length != 2)
                {
                    throw ctx.Error($"expected a segment line 'record_name length' but got '{line}'.", "segment");
                }

                var segmentLength = ParseLong(parts[1], ctx, "segment length");
                if (segmentLength < 0 || (segmentLength == 0 && segments.Count > 0))
                {
                    throw ctx.Error($"expected a segment length > 0 (0 only for a first, layout segment) but got {segmentLength}.", "segment length");
                }

                if (parts[0] != "~" && (parts[0].Contains('/') || parts[0].Contains('\\') || parts[0].Contains("..", StringComparison.Ordinal)))
                {
                    throw ctx.Error($"expected a segment record name in the header's folder but got '{parts[0]}'.", "segment");
                }

                segments.Add(new WfdbSegment(parts[0], segmentLength));
                continue;
            }

            if (signals.Count == record.SignalCount)
            {
                throw ctx.Error($"expected {record.SignalCount} signal line(s) as the record line says but found another: '{line}'. Fix n_sig or remove the extra line.", "n_sig");
            }

            signals.Add(ParseSignalLine(line, ctx));
        }

        if (record is null)
        {
            throw new WfdbFormatException("WfdbHeader: expected a record line but the file has none.", recordName, headerPath, field: "record line");
        }

        if (record.SegmentCount is { } expectedSegments)
        {
            if (segments.Count != expectedSegments)
            {
                throw new Context(recordName, headerPath, recordLineNo).Error(
                    $"expected {expectedSegments} segment line(s) as the record line says but got {segments.Count}.", "n_seg");
            }

            return new WfdbHeader(record.Name, record.Fs, record.SampleCount, record.BaseTime, record.BaseDate, [], comments,
                Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".", headerPath)
            { Segments = segments };
        }

        if (signals.Count != record.SignalCount)
        {
            throw new WfdbFormatException(
                $"WfdbHeader: expected {record.SignalCount} signal line(s) as the record line says but got {signals.Count}.",
                recordName, headerPath, field: "n_sig");
        }

        return new WfdbHeader(record.Name, record.Fs, record.SampleCount, record.BaseTime, record.BaseDate, signals, comments,
            Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".", headerPath);
    }

    // Headers are ASCII by the spec; some carry Latin-1 comments (e.g. patient notes). Strict UTF-8 first, then Latin-1, so no byte is lost.
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return System.Text.Encoding.Latin1.GetString(bytes);
        }
    }

    private sealed record RecordLine(string Name, int SignalCount, double Fs, long? SampleCount, string? BaseTime, string? BaseDate, int? SegmentCount);

    private readonly record struct Context(string Record, string File, int Line)
    {
        public WfdbFormatException Error(string message, string field) =>
            new("WfdbHeader: " + message, Record, File, Line, field);
    }

    private static RecordLine ParseRecordLine(string line, Context ctx)
    {
        var f = Fields(line);
        var nameField = f[0];
        int? segmentCount = null;
        var slashAt = nameField.IndexOf('/', StringComparison.Ordinal);
        if (slashAt >= 0)
        {
            var n = ParseInt(nameField[(slashAt + 1)..], ctx, "n_seg");
            if (n < 1)
            {
                throw ctx.Error($"expected n_seg ≥ 1 but got {n}.", "n_seg");
            }

            segmentCount = n;
            nameField = nameField[..slashAt];
        }

        if (f.Length < 2)
        {
            throw ctx.Error($"expected 'name n_sig [fs [sig_len ...]]' but got '{line}'.", "n_sig");
        }

        var nsig = ParseInt(f[1], ctx, "n_sig");
        if (nsig < 0)
        {
            throw ctx.Error($"expected n_sig ≥ 0 but got {nsig}.", "n_sig");
        }

        var fs = DefaultSamplingFrequency;
        if (f.Length > 2)
        {
            var fsText = f[2];
            var slash = fsText.IndexOf('/', StringComparison.Ordinal);
            fs = ParseDouble(slash < 0 ? fsText : fsText[..slash], ctx, "fs");
            if (!(fs > 0) || !double.IsFinite(fs))
            {
                throw ctx.Error($"expected a finite fs > 0 Hz but got '{fsText}'.", "fs");
            }

            if (slash >= 0)
            {
                ValidateCounter(fsText[(slash + 1)..], ctx);
            }
        }

        long? len = f.Length > 3 ? ParseLong(f[3], ctx, "sig_len") : null;
        if (len < 0)
        {
            throw ctx.Error($"expected sig_len ≥ 0 but got {len}.", "sig_len");
        }

        var baseTime = f.Length > 4 ? f[4] : null;
        var baseDate = f.Length > 5 ? f[5] : null;
        ValidateBaseTimeAndDate(baseTime, baseDate, ctx);
        return new RecordLine(nameField, nsig, fs, len, baseTime, baseDate, segmentCount);
    }

    // counter_freq ['(' base_counter ')'], e.g. "360(0)": both finite, the frequency > 0.
    private static void ValidateCounter(string text, Context ctx)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var freq = ParseDouble(open < 0 ? text : text[..open], ctx, "counter_freq");
        if (!(freq > 0) || !double.IsFinite(freq))
        {
            throw ctx.Error($"expected a finite counter frequency > 0 but got '{text}'.", "counter_freq");
        }

        if (open >= 0)
        {
            if (!text.EndsWith(')'))
            {
                throw ctx.Error($"expected 'counter_freq(base_counter)' but got '{text}'.", "base_counter");
            }

            var counter = ParseDouble(text[(open + 1)..^1], ctx, "base_counter");
            if (!double.IsFinite(counter))
            {
                throw ctx.Error($"expected a finite base counter but got '{text}'.", "base_counter");
            }
        }
    }

    /// <summary>header(5): base time HH:MM:SS[.sss] (hours may be one digit), base date DD/MM/YYYY. The CinC 2017 challenge
    /// writes "YYYY-MM-DD HH:MM:SS" in these two fields (date first); that order is accepted too. Anything else is named.</summary>
    private static void ValidateBaseTimeAndDate(string? time, string? date, Context ctx)
    {
        if (time is null)
        {
            return;
        }

        if (IsIsoDate(time))
        {
            if (date is not null && !IsTime(date))
            {
                throw ctx.Error($"expected a base time HH:MM:SS after the ISO date '{time}' but got '{date}'.", "base_time");
            }

            return;
        }

        if (!IsTime(time))
        {
            throw ctx.Error($"expected a base time HH:MM:SS[.sss] (00–23, 00–59, 00–59) but got '{time}'.", "base_time");
        }

        if (date is not null && !IsDate(date))
        {
            throw ctx.Error($"expected a base date DD/MM/YYYY that exists in the calendar but got '{date}'.", "base_date");
        }
    }

    private static bool IsTime(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var secondsText = parts[^1];
        if (!double.TryParse(secondsText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || seconds >= 60)
        {
            return false;
        }

        if (!int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes > 59)
        {
            return false;
        }

        return parts.Length == 2 || (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours <= 23);
    }

    private static bool IsDate(string text) =>
        DateTime.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsIsoDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static WfdbSignalSpec ParseSignalLine(string line, Context ctx)
    {
        var f = Fields(line, maxFields: 9);
        if (f.Length < 2)
        {
            throw ctx.Error($"expected 'file_name format ...' but got '{line}'.", "format");
        }

        var (format, spf, skew, offset) = ParseFormatField(f[1], ctx);
        var info = format == 0 ? NullSignal : WfdbFormatTable.Find(format)
            ?? throw ctx.Error(WfdbFormatTable.Unreadable(format), "format");

        double gain = 0;
        int? baseline = null;
        var units = "mV";
        if (f.Length > 2)
        {
            (gain, baseline, units) = ParseGainField(f[2], ctx);
        }

        if (gain == 0)
        {
            gain = DefaultGain;
        }

        var adcRes = f.Length > 3 ? ParseInt(f[3], ctx, "adc_res") : 0;
        if (adcRes == 0)
        {
            adcRes = info.BitsPerSample;
        }

        var adcZero = f.Length > 4 ? ParseInt(f[4], ctx, "adc_zero") : 0;
        int? init = f.Length > 5 ? ParseInt(f[5], ctx, "init_value") : null;
        int? checksum = f.Length > 6 ? ParseInt(f[6], ctx, "checksum") : null;
        var block = f.Length > 7 ? ParseInt(f[7], ctx, "block_size") : 0;
        var description = f.Length > 8 ? f[8].Trim() : string.Empty;
        return new WfdbSignalSpec(f[0], format, spf, skew, offset, gain, baseline ?? adcZero, units, adcRes, adcZero, init, checksum, block, description);
    }

    // format ['x' spf] [':' skew] ['+' offset], e.g. "212", "16+24", "16x2:3+512".
    private static (int Format, int Spf, int Skew, long Offset) ParseFormatField(string text, Context ctx)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == 0)
        {
            throw ctx.Error($"expected a numeric format code but got '{text}'.", "format");
        }

        var format = ParseInt(text[..end], ctx, "format");
        int spf = 1, skew = 0;
        long offset = 0;
        var rest = text[end..];
        while (rest.Length > 0)
        {
            var tag = rest[0];
            var j = 1;
            while (j < rest.Length && char.IsAsciiDigit(rest[j]))
            {
                j++;
            }

            var number = rest[1..j];
            switch (tag)
            {
                case 'x': spf = ParseInt(number, ctx, "samps_per_frame"); break;
                case ':': skew = ParseInt(number, ctx, "skew"); break;
                case '+': offset = ParseLong(number, ctx, "byte_offset"); break;
                default: throw ctx.Error($"expected 'x', ':' or '+' after the format code but got '{rest}' in '{text}'.", "format");
            }

            rest = rest[j..];
        }

        if (spf < 1)
        {
            throw ctx.Error($"expected samps_per_frame ≥ 1 but got {spf}.", "samps_per_frame");
        }

        return (format, spf, skew, offset);
    }

    // adc_gain ['(' baseline ')'] ['/' units], e.g. "200", "1000.0(0)/mV", "1000/mV".
    private static (double Gain, int? Baseline, string Units) ParseGainField(string text, Context ctx)
    {
        var units = "mV";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var gainPart = text;
        if (slash >= 0)
        {
            units = text[(slash + 1)..];
            gainPart = text[..slash];
        }

        int? baseline = null;
        var open = gainPart.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = gainPart.IndexOf(')', open);
            if (close < 0)
            {
                throw ctx.Error($"expected 'gain(baseline)' with a closing parenthesis but got '{text}'.", "baseline");
            }

            baseline = ParseInt(gainPart[(open + 1)..close], ctx, "baseline");
            gainPart = gainPart[..open];
        }

        // WFDB allows a negative gain (an inverted signal); 0 means "not given" (200 is used).
        var gain = ParseDouble(gainPart, ctx, "adc_gain");
        if (!double.IsFinite(gain) || (gain != 0 && !double.IsFinite(1 / gain)))
        {
            throw ctx.Error($"expected a finite, non-subnormal adc_gain (samples are divided by it) but got '{gainPart}'.", "adc_gain");
        }

        return (gain, baseline, units);
    }

    private static string[] Fields(string line, int maxFields = int.MaxValue)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= maxFields)
        {
            return parts;
        }

        // The last field (description) is the rest of the line, spaces included.
        var head = parts[..(maxFields - 1)];
        var pos = 0;
        foreach (var p in head)
        {
            pos = line.IndexOf(p, pos, StringComparison.Ordinal) + p.Length;
        }

        return [.. head, line[pos..].Trim()];
    }

    private static int ParseInt(string s, Context ctx, string field) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw ctx.Error($"expected an integer but got '{s}'.", field);

    private static long ParseLong(string s, Context ctx, string field) =>
        long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw ctx.Error($"expected an integer but got '{s}'.", field);

    private static double ParseDouble(string s, Context ctx, string field) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw ctx.Error($"expected a number but got '{s}'.", field);
}

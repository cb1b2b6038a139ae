// SPDX-License-Identifier: MIT
using System.Buffers;

namespace MedNet.Signals.Wfdb;

/// <summary>Reads a range of samples from a WFDB record's signal files, seeking to the range instead of loading the file.</summary>
/// <remarks>
/// Source: WFDB signal(5), https://physionet.org/physiotools/wag/signal-5.htm. Signals that share a file are interleaved by
/// frame (one sample of each, in header order); the reader seeks to the packing block that holds the first requested sample
/// and decodes in chunks of about 48 kB, so memory is the output plus one chunk. Only one sample per frame and zero skew are
/// supported; other layouts are rejected with a <see cref="WfdbFormatException"/>. A read of a whole record checks every signal
/// against the checksum its header states (header(5): the sum of all samples modulo 2^16), so a random, byte-swapped or
/// otherwise corrupted signal file is refused instead of decoded; a partial read cannot be checked. Signal files reached
/// through symbolic links are measured and read at their final target.
/// </remarks>
public static class WfdbReader
{
    private const int ChunkBlocks = 16_384;

    /// <summary>Reads samples of a record given by path.</summary>
    /// <param name="recordPath">Record path without extension (e.g. <c>data/mitdb/100</c>) or the <c>.hea</c> path.</param>
    /// <param name="start">First frame to read, ≥ 0. Default: 0.</param>
    /// <param name="count">Frames to read, ≥ 0. Default: to the end of the record.</param>
    /// <param name="signals">Header indices of the signals to read. Default: all.</param>
    /// <param name="verifyChecksums">Check a whole-record read against the header's checksums (default); turn off only for
    /// records known to state wrong ones.</param>
    /// <returns>The decoded ADC values with the header.</returns>
    /// <exception cref="WfdbFormatException">Missing or truncated file, unsupported layout, checksum mismatch; the message names record, file and field.</exception>
    public static WfdbRecord Read(string recordPath, long start = 0, long? count = null, IReadOnlyList<int>? signals = null, bool verifyChecksums = true) =>
        Read(WfdbHeader.Load(recordPath), start, count, signals, verifyChecksums);

    /// <summary>Reads samples of a record whose header is already parsed.</summary>
    /// <param name="header">A parsed header; its <see cref="WfdbHeader.Directory"/> locates the signal files.</param>
    /// <param name="start">First frame to read, ≥ 0. Default: 0.</param>
    /// <param name="count">Frames to read, ≥ 0. Default: to the end of the record.</param>
    /// <param name="signals">Header indices of the signals to read. Default: all.</param>
    /// <param name="verifyChecksums">Check a whole-record read against the header's checksums (default).</param>
    /// <returns>The decoded ADC values with the header.</returns>
    /// <exception cref="WfdbFormatException">Missing or truncated file, unsupported layout, checksum mismatch; the message names record, file and field.</exception>
    public static WfdbRecord Read(WfdbHeader header, long start = 0, long? count = null, IReadOnlyList<int>? signals = null, bool verifyChecksums = true)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Segments is not null)
        {
            return ReadSegments(header, start, count, signals, verifyChecksums);
        }

        var selected = signals ?? Enumerable.Range(0, header.Signals.Count).ToArray();
        foreach (var s in selected)
        {
            if (s < 0 || s >= header.Signals.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(signals), s, $"WfdbReader.Read: expected signal indices in [0, {header.Signals.Count}) for record {header.RecordName} but got {s}.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(start);
        // header(5): a sig_len of 0 (or none) leaves the length unspecified, so it comes from the file and checksums go unchecked.
        var stated = header.SampleCount is > 0;
        var length = stated ? header.SampleCount!.Value : SampleCountFromFile(header);
        if (start > length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"WfdbReader.Read: expected start ≤ {length} (record {header.RecordName} length) but got {start}.");
        }

        var n = count ?? (length - start);
        if (n < 0 || start + n > length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"WfdbReader.Read: expected 0 ≤ count and start + count ≤ {length} (record {header.RecordName} length) but got {start} + {n}.");
        }

        if (n > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                $"WfdbReader.Read: expected to read at most {Array.MaxLength} frames at once but record {header.RecordName} has {n} from frame {start}; read it in parts with start and count.");
        }

        // Lay out and check every file once, before allocating for its frames (a huge sig_len must not allocate first).
        var layouts = new Dictionary<string, FileLayout>(StringComparer.Ordinal);
        foreach (var s in selected)
        {
            var file = header.Signals[s].FileName;
            if (!layouts.ContainsKey(file))
            {
                var checkedLayout = FileLayout.Of(header, file);
                EnsureFileHolds(header, checkedLayout, start, n);
                layouts[file] = checkedLayout;
            }
        }

        var digital = new int[selected.Count][];
        for (var i = 0; i < digital.Length; i++)
        {
            var spec = header.Signals[selected[i]];
            if ((long)n * spec.SamplesPerFrame > Array.MaxLength)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count,
                    $"WfdbReader.Read: expected at most {Array.MaxLength} samples per signal but {n} frames × {spec.SamplesPerFrame} samples per frame of signal {selected[i]} exceed it.");
            }

            digital[i] = new int[n * spec.SamplesPerFrame];
            if (spec.Skew > 0)
            {
                // samples past the file's last frame (the last `skew` ones) stay WFDB's invalid sample
                Array.Fill(digital[i], layouts[spec.FileName].Format.MinValue);
            }
        }

        // Read each file once for all selected signals stored in it.
        var done = new bool[selected.Count];
        for (var i = 0; i < selected.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            var file = header.Signals[selected[i]].FileName;
            var layout = layouts[file];
            var rows = new int[layout.SignalIndices.Length];
            Array.Fill(rows, -1);
            for (var j = i; j < selected.Count; j++)
            {
                var pos = Array.IndexOf(layout.SignalIndices, selected[j]);
                if (pos >= 0 && header.Signals[selected[j]].FileName == file)
                {
                    rows[pos] = j;
                    done[j] = true;
                }
            }

            ReadFile(header, layout, start, n, rows, digital);
        }

        if (verifyChecksums && stated && start == 0 && n == length)
        {
            VerifyChecksums(header, selected, digital); // skewed signals are skipped there: their first `skew` stored samples are not part of the read
        }

        return new WfdbRecord(header, start, selected.ToArray(), digital);
    }

    /// <summary>
    /// A multi-segment record (header(5)): the signals are those of the layout header (a first segment of length 0;
    /// variable layout, segments matched by signal description) or of the first segment (fixed layout, matched by index);
    /// segments are read in turn and laid end to end; a null segment (<c>~</c>) or a signal a segment lacks reads as the
    /// format's invalid sample. A segment whose gain or baseline for a signal differs from the layout's is refused by name
    /// (the digital values would not share one scale). Each segment read whole has its checksums verified.
    /// </summary>
    private static WfdbRecord ReadSegments(WfdbHeader header, long start, long? count, IReadOnlyList<int>? signals, bool verifyChecksums)
    {
        var segments = header.Segments!;
        var variable = segments[0].Length == 0;
        var first = variable ? segments[0] : FirstRealSegment(header);
        var layout = WfdbHeader.Load(SegmentPath(header, first));
        if (layout.Segments is not null)
        {
            throw new WfdbFormatException($"WfdbReader.Read: expected segment '{first.Name}' of {header.RecordName} to be an ordinary record but it is multi-segment itself.",
                header.RecordName, header.HeaderPath, field: "segment");
        }

        var specs = layout.Signals;
        if (specs.Count != header.Signals.Count && header.Signals.Count != 0)
        {
            throw new WfdbFormatException($"WfdbReader.Read: expected the layout of {header.RecordName} to list its {header.Signals.Count} signals but it lists {specs.Count}.",
                header.RecordName, header.HeaderPath, field: "n_sig");
        }

        var selected = signals ?? Enumerable.Range(0, specs.Count).ToArray();
        foreach (var s in selected)
        {
            if (s < 0 || s >= specs.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(signals), s, $"WfdbReader.Read: expected signal indices in [0, {specs.Count}) for record {header.RecordName} but got {s}.");
            }

            if (specs[s].SamplesPerFrame != 1)
            {
                throw new WfdbFormatException(
                    $"WfdbReader.Read: expected 1 sample per frame in the multi-segment record {header.RecordName} but signal {s} has {specs[s].SamplesPerFrame}; multi-frequency segments are not joined.",
                    header.RecordName, header.HeaderPath, field: "samps_per_frame");
            }
        }

        long total = 0;
        foreach (var seg in segments)
        {
            total += seg.Length;
        }

        var length = header.SampleCount is > 0 ? header.SampleCount.Value : total;
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var n = count ?? (length - start);
        if (start > length || n < 0 || start + n > length || n > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"WfdbReader.Read: expected start + count ≤ {length} (record {header.RecordName} length) but got {start} + {n}.");
        }

        var digital = new int[selected.Count][];
        for (var i = 0; i < digital.Length; i++)
        {
            digital[i] = new int[n];
            Array.Fill(digital[i], InvalidSample(specs[selected[i]]));
        }

        long offset = 0;
        foreach (var seg in segments)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + n, offset + seg.Length);
            if (seg.Length > 0 && !seg.IsNull && from < to)
            {
                var segment = WfdbHeader.Load(SegmentPath(header, seg));
                if (segment.SampleCount is { } stated && stated != seg.Length)
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected segment '{seg.Name}' to hold {seg.Length} frames as {header.HeaderPath} says but its header states {stated}.",
                        header.RecordName, segment.HeaderPath, field: "sig_len");
                }

                var rows = new List<int>();
                var sources = new List<int>();
                for (var i = 0; i < selected.Count; i++)
                {
                    var want = specs[selected[i]];
                    var j = variable ? segment.IndexOf(want.Description) : selected[i];
                    if (j < 0 || j >= segment.Signals.Count)
                    {
                        continue; // this segment lacks the signal: its samples stay invalid
                    }

                    var have = segment.Signals[j];
                    if (have.Gain != want.Gain || have.Baseline != want.Baseline)
                    {
                        throw new WfdbFormatException(
                            $"WfdbReader.Read: expected signal '{want.Description}' of segment '{seg.Name}' to use the layout's gain {want.Gain} and baseline {want.Baseline} " +
                            $"but it uses {have.Gain} and {have.Baseline}; segments with different scales are not joined.",
                            header.RecordName, segment.HeaderPath, field: "adc_gain");
                    }

                    rows.Add(i);
                    sources.Add(j);
                }

                if (rows.Count > 0)
                {
                    var whole = from == offset && to == offset + seg.Length;
                    var part = Read(segment, from - offset, to - from, sources, verifyChecksums && whole);
                    for (var k = 0; k < rows.Count; k++)
                    {
                        part.Digital[k].CopyTo(digital[rows[k]].AsSpan((int)(from - start)));
                    }
                }
            }

            offset += seg.Length;
        }

        return new WfdbRecord(header with { Signals = specs }, start, selected.ToArray(), digital);
    }

    private static WfdbSegment FirstRealSegment(WfdbHeader header)
    {
        foreach (var seg in header.Segments!)
        {
            if (!seg.IsNull)
            {
                return seg;
            }
        }

        throw new WfdbFormatException($"WfdbReader.Read: expected at least one segment with signals in {header.RecordName} but every segment is null ('~').",
            header.RecordName, header.HeaderPath, field: "segment");
    }

    private static string SegmentPath(WfdbHeader header, WfdbSegment segment) => System.IO.Path.Combine(header.Directory, segment.Name);

    /// <summary>WFDB's invalid-sample value for a signal: its format's most negative value (−32768 for format 0).</summary>
    internal static int InvalidSample(WfdbSignalSpec spec) => WfdbFormatTable.Find(spec.Format)?.MinValue ?? short.MinValue;

    private static void VerifyChecksums(WfdbHeader header, IReadOnlyList<int> selected, int[][] digital)
    {
        for (var i = 0; i < selected.Count; i++)
        {
            var spec = header.Signals[selected[i]];
            if (spec.Skew == 0 && spec.Checksum is int stated && !WfdbChecksum.Matches(stated, digital[i]))
            {
                throw new WfdbFormatException(
                    $"WfdbReader.Read: expected the samples of signal {selected[i]} ({spec.Description}) to sum to the header's checksum {stated} " +
                    $"(modulo 65536) but they sum to {WfdbChecksum.Compute(digital[i])}: the signal file is corrupted or not this record's. " +
                    "Re-download the record, or pass verifyChecksums: false for a record known to state a wrong checksum.",
                    header.RecordName, System.IO.Path.Combine(header.Directory, spec.FileName), field: "checksum");
            }
        }
    }

    private static long SampleCountFromFile(WfdbHeader header)
    {
        if (header.Signals.Count == 0)
        {
            return 0;
        }

        var layout = FileLayout.Of(header, header.Signals[0].FileName);
        var bytes = new FileInfo(layout.Path).Length - layout.ByteOffset;
        if (bytes < 0)
        {
            throw new WfdbFormatException(
                $"WfdbReader.Read: expected the signal file to be longer than its byte offset {layout.ByteOffset} but it has {new FileInfo(layout.Path).Length} bytes.",
                header.RecordName, layout.Path, field: "byte_offset");
        }

        return bytes / layout.Format.BytesPerBlock * layout.Format.SamplesPerBlock / layout.FrameWidth;
    }

    // Read has checked, with EnsureFileHolds, that the file holds frames [start, start + count).
    private static void ReadFile(WfdbHeader header, FileLayout layout, long start, long count, int[] rows, int[][] digital)
    {
        if (layout.Format.Code == 8)
        {
            ReadFirstDifferences(header, layout, start, count, rows, digital);
            return;
        }

        var f = layout.Format;
        var perFrame = layout.FrameWidth;
        var firstSample = start * perFrame;
        var endSample = (start + count) * perFrame;
        if (layout.MaxSkew > 0)
        {
            // a skewed signal's frame t is stored in frame t + skew: read on past the range as far as the file goes
            var fileFrames = (new FileInfo(layout.Path).Length - layout.ByteOffset) / f.BytesPerBlock * f.SamplesPerBlock / perFrame;
            endSample = Math.Max(endSample, Math.Min(start + count + layout.MaxSkew, fileFrames) * perFrame);
        }

        var firstBlock = firstSample / f.SamplesPerBlock;
        var endBlock = (endSample + f.SamplesPerBlock - 1) / f.SamplesPerBlock;
        using var stream = new FileStream(layout.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

        stream.Seek(layout.ByteOffset + (firstBlock * f.BytesPerBlock), SeekOrigin.Begin);
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBlocks * f.BytesPerBlock);
        var samples = ArrayPool<int>.Shared.Rent(ChunkBlocks * f.SamplesPerBlock);
        try
        {
            var sampleIndex = firstBlock * f.SamplesPerBlock; // index in the file's interleaved sample stream
            for (var block = firstBlock; block < endBlock; block += ChunkBlocks)
            {
                var blocks = (int)Math.Min(ChunkBlocks, endBlock - block);
                var byteCount = blocks * f.BytesPerBlock;
                var available = (int)Math.Min(byteCount, stream.Length - stream.Position);
                stream.ReadExactly(bytes, 0, available);
                bytes.AsSpan(available, byteCount - available).Clear();
                var decoded = samples.AsSpan(0, blocks * f.SamplesPerBlock);
                WfdbFormatTable.Decode(f.Code, bytes.AsSpan(0, byteCount), decoded);
                if (layout.IsSimple)
                {
                    Scatter(decoded, sampleIndex, firstSample, endSample, perFrame, rows, digital, start);
                }
                else
                {
                    ScatterFrames(decoded, sampleIndex, firstSample, endSample, layout, rows, digital, start, count);
                }

                sampleIndex += decoded.Length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<int>.Shared.Return(samples);
        }
    }

    /// <summary>Format 8: every signal of the file is the running sum of its differences from its initial value, so frames
    /// [0, start + count) are decoded and summed and the wanted frames kept.</summary>
    private static void ReadFirstDifferences(WfdbHeader header, FileLayout layout, long start, long count, int[] rows, int[][] digital)
    {
        var perFrame = layout.SignalIndices.Length;
        var sums = new long[perFrame];
        for (var k = 0; k < perFrame; k++)
        {
            sums[k] = header.Signals[layout.SignalIndices[k]].InitialValue ?? 0;
        }

        var end = start + count;
        using var stream = new FileStream(layout.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        stream.Seek(layout.ByteOffset, SeekOrigin.Begin);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBlocks * perFrame);
        try
        {
            for (long frame = 0; frame < end;)
            {
                var frames = (int)Math.Min(ChunkBlocks, end - frame);
                stream.ReadExactly(buffer, 0, frames * perFrame);
                for (var i = 0; i < frames; i++, frame++)
                {
                    for (var k = 0; k < perFrame; k++)
                    {
                        sums[k] += (sbyte)buffer[(i * perFrame) + k];
                        if (frame >= start && rows[k] >= 0)
                        {
                            digital[rows[k]][frame - start] = (int)sums[k];
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Bytes from the start of the data needed to decode samples [0, sampleEnd) of a file's interleaved stream.
    /// <summary>
    /// Throws a named error unless the file holds frames [start, start + count); sizes in 128 bits so no header value overflows.
    /// The last block may be cut short: WFDB writes only the bytes a final odd 212 sample needs (2 of 3).
    /// </summary>
    private static void EnsureFileHolds(WfdbHeader header, FileLayout layout, long start, long count)
    {
        var f = layout.Format;
        var perFrame = layout.FrameWidth;
        var fileLength = new FileInfo(layout.Path).Length;
        var endSample = ((Int128)start + count) * perFrame;
        var partial = (int)(endSample % f.SamplesPerBlock);
        var need = layout.ByteOffset + (endSample / f.SamplesPerBlock * f.BytesPerBlock)
            + (partial == 0 ? 0 : WfdbFormatTable.PartialBlockBytes(f, partial));
        if (fileLength >= need)
        {
            return;
        }

        if (layout.ByteOffset > fileLength)
        {
            throw new WfdbFormatException(
                $"WfdbReader.Read: expected a byte offset within the signal file's {fileLength} bytes but the header gives {layout.ByteOffset}.",
                header.RecordName, layout.Path, field: "byte_offset");
        }

        var whole = (fileLength - layout.ByteOffset) / f.BytesPerBlock * f.SamplesPerBlock / perFrame;
        throw new WfdbFormatException(
            $"WfdbReader.Read: expected at least {need} bytes for frames [{start}, {(Int128)start + count}) but the file has {fileLength} "
            + $"(truncated, or sig_len too large: {whole} whole frames). Re-download the record (mednet data download).",
            header.RecordName, layout.Path, field: "sig_len");
    }

    /// <summary>Multi-frequency and skewed layouts: slot k of a frame holds sample <c>Sub[k]</c> of signal position <c>Pos[k]</c>;
    /// stored frame F of a signal with skew s is its frame F − s.</summary>
    private static void ScatterFrames(ReadOnlySpan<int> decoded, long firstIndex, long wantFrom, long wantTo, FileLayout layout, int[] rows, int[][] digital, long startFrame, long count)
    {
        var width = layout.FrameWidth;
        var from = (int)Math.Max(0, wantFrom - firstIndex);
        var to = (int)Math.Min(decoded.Length, wantTo - firstIndex);
        for (var k = from; k < to; k++)
        {
            var global = firstIndex + k;
            var slot = (int)(global % width);
            var pos = layout.SlotPosition[slot];
            var row = rows[pos];
            if (row < 0)
            {
                continue;
            }

            var t = (global / width) - startFrame - layout.Skews[pos];
            if (t >= 0 && t < count)
            {
                digital[row][(t * layout.Spfs[pos]) + layout.SlotSub[slot]] = decoded[k];
            }
        }
    }

    private static void Scatter(ReadOnlySpan<int> decoded, long firstIndex, long wantFrom, long wantTo, int perFrame, int[] rows, int[][] digital, long startFrame)
    {
        var from = (int)Math.Max(0, wantFrom - firstIndex);
        var to = (int)Math.Min(decoded.Length, wantTo - firstIndex);
        if (perFrame == 1)
        {
            if (rows[0] >= 0 && to > from)
            {
                decoded[from..to].CopyTo(digital[rows[0]].AsSpan((int)(firstIndex + from - startFrame)));
            }

            return;
        }

        for (var k = from; k < to; k++)
        {
            var global = firstIndex + k;
            var row = rows[(int)(global % perFrame)];
            if (row >= 0)
            {
                digital[row][(global / perFrame) - startFrame] = decoded[k];
            }
        }
    }

    private sealed record FileLayout(string Path, int[] SignalIndices, WfdbFormatInfo Format, long ByteOffset, int[] Spfs, int[] Skews)
    {
        /// <summary>Samples per frame of the file: the sum of its signals' samples per frame.</summary>
        public int FrameWidth { get; } = Sum(Spfs);

        /// <summary>Largest skew of the file's signals.</summary>
        public int MaxSkew { get; } = Max(Skews);

        /// <summary>One sample per signal per frame and no skew: the fast path.</summary>
        public bool IsSimple => FrameWidth == SignalIndices.Length && MaxSkew == 0;

        /// <summary>Signal position (index into <see cref="SignalIndices"/>) of each slot of a frame.</summary>
        public int[] SlotPosition { get; } = Slots(Spfs, position: true);

        /// <summary>Sample number within its signal's frame of each slot.</summary>
        public int[] SlotSub { get; } = Slots(Spfs, position: false);

        private static int Sum(int[] values)
        {
            var total = 0;
            foreach (var v in values)
            {
                total += v;
            }

            return total;
        }

        private static int Max(int[] values)
        {
            var max = 0;
            foreach (var v in values)
            {
                max = Math.Max(max, v);
            }

            return max;
        }

        private static int[] Slots(int[] spfs, bool position)
        {
            var slots = new int[Sum(spfs)];
            var k = 0;
            for (var p = 0; p < spfs.Length; p++)
            {
                for (var j = 0; j < spfs[p]; j++)
                {
                    slots[k++] = position ? p : j;
                }
            }

            return slots;
        }

        public static FileLayout Of(WfdbHeader header, string fileName)
        {
            var indices = new List<int>();
            var spfs = new List<int>();
            var skews = new List<int>();
            WfdbFormatInfo? format = null;
            long offset = 0;
            for (var s = 0; s < header.Signals.Count; s++)
            {
                var spec = header.Signals[s];
                if (spec.FileName != fileName)
                {
                    continue;
                }

                var info = WfdbFormatTable.Find(spec.Format)
                    ?? throw new WfdbFormatException("WfdbReader.Read: " + WfdbFormatTable.Unreadable(spec.Format), header.RecordName, header.HeaderPath, field: "format");
                if (spec.SamplesPerFrame < 1)
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected ≥ 1 sample per frame but signal {s} ({spec.Description}) has {spec.SamplesPerFrame}.",
                        header.RecordName, header.HeaderPath, field: "samps_per_frame");
                }

                if (spec.Skew < 0)
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected a skew ≥ 0 but signal {s} ({spec.Description}) has {spec.Skew}.",
                        header.RecordName, header.HeaderPath, field: "skew");
                }

                if (info.Code == 8 && (spec.SamplesPerFrame != 1 || spec.Skew != 0))
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected 1 sample per frame and no skew for format 8 (first differences) but signal {s} has {spec.SamplesPerFrame} and skew {spec.Skew}; " +
                        "this combination is not read: convert the record to format 16 with WFDB's xform.",
                        header.RecordName, header.HeaderPath, field: spec.Skew != 0 ? "skew" : "samps_per_frame");
                }

                if (format is null)
                {
                    format = info;
                    offset = spec.ByteOffset;
                }
                else if (format.Code != info.Code)
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected one format per signal file but {fileName} has {format.Code} and {info.Code}.",
                        header.RecordName, header.HeaderPath, field: "format");
                }

                indices.Add(s);
                spfs.Add(spec.SamplesPerFrame);
                skews.Add(spec.Skew);
            }

            var path = System.IO.Path.Combine(header.Directory, fileName);
            if (!File.Exists(path))
            {
                throw new WfdbFormatException(
                    $"WfdbReader.Read: expected the signal file named by the header to exist but {fileName} is missing. Check the header's file_name field or re-download the record.",
                    header.RecordName, path, field: "file_name");
            }

            // Measure and read the file itself, not a symbolic link to it.
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                if (!target.Exists)
                {
                    throw new WfdbFormatException(
                        $"WfdbReader.Read: expected the signal file {fileName} to exist but it is a symbolic link to the missing {target.FullName}.",
                        header.RecordName, path, field: "file_name");
                }

                path = target.FullName;
            }

            return new FileLayout(path, indices.ToArray(), format!, offset, spfs.ToArray(), skews.ToArray());
        }
    }
}

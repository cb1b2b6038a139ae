using System.Text;
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

/// <summary>
/// Issue 18, point 1: formats 8, 310 and 311, multi-frequency records, skew and multi-segment records read; FLAC and format 0 refused by name;
/// annotation header notes, custom types, time resolution and 8-bit channels as WFDB reads them.
/// </summary>
/// <remarks>
/// The fixtures are encoded here by the writer-side inverse of signal(5)'s layouts (bit for bit as WFDB's signal.c packs
/// them). The WFDB software itself cannot be installed on this machine (no package, no network), so these are not files
/// written by WFDB; the decoders were written from signal(5) and checked against these encoders, including partial
/// last blocks.
/// </remarks>
public class WfdbFeatureTests
{
    // Values spanning the 10-bit range, both signs, and the bit patterns that cross word boundaries.
    private static readonly int[] TenBit = [0, 1, -1, 511, -512, 300, -300, 0x155, -0x156, 42, -7, 200, 0x1F, -0x20, 0x3E0 - 1024, 5, 6];

    private static byte[] Encode310(int[] samples)
    {
        var bytes = new List<byte>();
        for (var k = 0; k < samples.Length; k += 3)
        {
            int s0 = samples[k] & 0x3FF;
            int s1 = k + 1 < samples.Length ? samples[k + 1] & 0x3FF : 0;
            int s2 = k + 2 < samples.Length ? samples[k + 2] & 0x3FF : 0;
            var a = (s0 << 1) | ((s2 & 0x1F) << 11);
            var b = (s1 << 1) | (((s2 >> 5) & 0x1F) << 11);
            var left = samples.Length - k;
            bytes.Add((byte)a);
            bytes.Add((byte)(a >> 8));
            if (left >= 2)
            {
                bytes.Add((byte)b);
                bytes.Add((byte)(b >> 8));
            }
        }

        return [.. bytes];
    }

    private static byte[] Encode311(int[] samples)
    {
        var bytes = new List<byte>();
        for (var k = 0; k < samples.Length; k += 3)
        {
            uint w = (uint)(samples[k] & 0x3FF);
            if (k + 1 < samples.Length)
            {
                w |= (uint)(samples[k + 1] & 0x3FF) << 10;
            }

            if (k + 2 < samples.Length)
            {
                w |= (uint)(samples[k + 2] & 0x3FF) << 20;
            }

            var keep = Math.Min(samples.Length - k, 3) switch { 1 => 2, 2 => 3, _ => 4 };
            for (var b = 0; b < keep; b++)
            {
                bytes.Add((byte)(w >> (8 * b)));
            }
        }

        return [.. bytes];
    }

    private static string Write(TempFolder tmp, string name, int format, byte[] dat, int samples, int signals = 1, string extra = "", int[]? init = null, int[][]? checksumOf = null)
    {
        var header = new StringBuilder($"{name} {signals} 250 {samples / signals}\n");
        for (var s = 0; s < signals; s++)
        {
            var checksum = checksumOf is null ? string.Empty : $" {WfdbChecksum.Compute(checksumOf[s])}";
            var initText = init is null ? "0" : init[s].ToString(System.Globalization.CultureInfo.InvariantCulture);
            header.Append($"{name}.dat {format}{extra} 200 10 0 {initText}{(checksum.Length > 0 ? checksum : " 0")} 0 sig{s}\n");
        }

        File.WriteAllText(Path.Combine(tmp.Path, name + ".hea"), header.ToString());
        File.WriteAllBytes(Path.Combine(tmp.Path, name + ".dat"), dat);
        return Path.Combine(tmp.Path, name);
    }

    [Theory]
    [InlineData(310, 17)]
    [InlineData(310, 16)] // last block of one sample (2 bytes)
    [InlineData(310, 15)]
    [InlineData(311, 17)] // last block of two samples (3 bytes)
    [InlineData(311, 16)]
    [InlineData(311, 15)]
    public void Format310And311_DecodeEveryValueIncludingAPartialLastBlock(int format, int count)
    {
        using var tmp = new TempFolder();
        var samples = TenBit[..count];
        var dat = format == 310 ? Encode310(samples) : Encode311(samples);
        var record = WfdbReader.Read(Write(tmp, "r", format, dat, count, checksumOf: [samples]));
        Assert.Equal(samples, record.Digital[0]);
        var middle = WfdbReader.Read(Write(tmp, "r", format, dat, count), start: 4, count: 7); // a read that starts inside a block
        Assert.Equal(samples[4..11], middle.Digital[0]);
    }

    [Fact]
    public void Format311_TwoInterleavedSignals_AreSeparated()
    {
        using var tmp = new TempFolder();
        int[] a = [1, -2, 3, -4, 5, -6], b = [100, 200, -300, 400, -500, 511];
        var interleaved = new int[12];
        for (var i = 0; i < 6; i++)
        {
            interleaved[2 * i] = a[i];
            interleaved[(2 * i) + 1] = b[i];
        }

        var record = WfdbReader.Read(Write(tmp, "r", 311, Encode311(interleaved), 12, signals: 2, checksumOf: [a, b]));
        Assert.Equal(a, record.Digital[0]);
        Assert.Equal(b, record.Digital[1]);
    }

    [Fact]
    public void Format8_SumsFirstDifferencesFromEachSignalsInitialValue()
    {
        using var tmp = new TempFolder();
        int[] a = [100, 101, 99, 99, 226, 100], b = [-5, -133, -6, 0, 127, -1];
        var dat = new byte[12];
        int pa = 100, pb = -5; // the initial values: the first difference is 0
        for (var i = 0; i < 6; i++)
        {
            dat[2 * i] = (byte)(sbyte)(a[i] - pa);
            dat[(2 * i) + 1] = (byte)(sbyte)(b[i] - pb);
            pa = a[i];
            pb = b[i];
        }

        var path = Write(tmp, "r", 8, dat, 12, signals: 2, init: [100, -5], checksumOf: [a, b]);
        var record = WfdbReader.Read(path);
        Assert.Equal(a, record.Digital[0]);
        Assert.Equal(b, record.Digital[1]);
        Assert.Equal(a[3..], WfdbReader.Read(path, start: 3).Digital[0]); // summed from frame 0 even when the read starts later
    }

    [Theory]
    [InlineData("508", "FLAC-compressed", "format")]
    [InlineData("524", "FLAC-compressed", "format")]
    [InlineData("0", "null (absent) signal", "format")]
    public void UnreadFormats_AreRefusedNamingTheFeature(string format, string expected, string field)
    {
        using var tmp = new TempFolder();
        File.WriteAllText(Path.Combine(tmp.Path, "r.hea"), $"r 1 250 10\nr.dat {format} 200 16 0 0 0 0 sig\n");
        File.WriteAllBytes(Path.Combine(tmp.Path, "r.dat"), new byte[20]);
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(Path.Combine(tmp.Path, "r")));
        Assert.Contains(expected, ex.Message);
        Assert.Equal(field, ex.Field);
    }

    private static byte[] Int16s(IEnumerable<int> values)
    {
        var bytes = new List<byte>();
        foreach (var v in values)
        {
            bytes.Add((byte)v);
            bytes.Add((byte)(v >> 8));
        }

        return [.. bytes];
    }

    [Fact]
    public void MultiFrequencyRecord_GivesEachSignalAllItsSamplesAtItsOwnRate()
    {
        // header(5): "x2" stores two samples of signal 0 per frame; frames are [a(2f), a(2f+1), b(f)].
        using var tmp = new TempFolder();
        int[] a = [1, 2, 3, 4, 5, 6, 7, 8], b = [-10, -20, -30, -40];
        var stored = new List<int>();
        for (var f = 0; f < 4; f++)
        {
            stored.AddRange([a[2 * f], a[(2 * f) + 1], b[f]]);
        }

        File.WriteAllText(Path.Combine(tmp.Path, "r.hea"),
            $"r 2 250 4\nr.dat 16x2 200 16 0 1 {WfdbChecksum.Compute(a)} 0 fast\nr.dat 16 200 16 0 -10 {WfdbChecksum.Compute(b)} 0 slow\n");
        File.WriteAllBytes(Path.Combine(tmp.Path, "r.dat"), Int16s(stored));
        var record = WfdbReader.Read(Path.Combine(tmp.Path, "r"));
        Assert.Equal(a, record.Digital[0]);
        Assert.Equal(b, record.Digital[1]);
        Assert.Equal(500, record.SamplingFrequencyOf(0));
        Assert.Equal(250, record.SamplingFrequencyOf(1));
        Assert.Equal(8, record.Physical(0).Length);
        var part = WfdbReader.Read(Path.Combine(tmp.Path, "r"), start: 1, count: 2, signals: [0]);
        Assert.Equal(a[2..6], part.Digital[0]);
    }

    [Fact]
    public void SkewedSignal_IsReadFromLaterFrames_AndItsMissingTailIsInvalid()
    {
        // header(5) skew: sample t of signal 1 is stored in frame t + 2.
        using var tmp = new TempFolder();
        int[] a = [1, 2, 3, 4, 5], stored1 = [99, 98, 10, 20, 30];
        var frames = new List<int>();
        for (var f = 0; f < 5; f++)
        {
            frames.AddRange([a[f], stored1[f]]);
        }

        File.WriteAllText(Path.Combine(tmp.Path, "r.hea"), "r 2 250 5\nr.dat 16 200 16 0 1 0 0 a\nr.dat 16:2 200 16 0 10 0 0 b\n");
        File.WriteAllBytes(Path.Combine(tmp.Path, "r.dat"), Int16s(frames));
        var record = WfdbReader.Read(Path.Combine(tmp.Path, "r"), verifyChecksums: false);
        Assert.Equal(a, record.Digital[0]);
        Assert.Equal([10, 20, 30, -32768, -32768], record.Digital[1]);
        Assert.Equal(2, record.InvalidSampleCount(1));
        Assert.Equal([20, 30], WfdbReader.Read(Path.Combine(tmp.Path, "r"), start: 1, count: 2, signals: [1]).Digital[0]);
    }

    private static void Segment(TempFolder tmp, string name, (string Name, int[] Values)[] signals, int gain = 200)
    {
        var n = signals[0].Values.Length;
        var header = new StringBuilder($"{name} {signals.Length} 250 {n}\n");
        var frames = new List<int>();
        for (var t = 0; t < n; t++)
        {
            foreach (var (_, values) in signals)
            {
                frames.Add(values[t]);
            }
        }

        foreach (var (signal, values) in signals)
        {
            header.Append($"{name}.dat 16 {gain} 16 0 {values[0]} {WfdbChecksum.Compute(values)} 0 {signal}\n");
        }

        File.WriteAllText(Path.Combine(tmp.Path, name + ".hea"), header.ToString());
        File.WriteAllBytes(Path.Combine(tmp.Path, name + ".dat"), Int16s(frames));
    }

    [Fact]
    public void FixedLayoutMultiSegmentRecord_JoinsItsSegmentsAndAGap()
    {
        using var tmp = new TempFolder();
        Segment(tmp, "s1", [("I", [1, 2, 3]), ("II", [10, 20, 30])]);
        Segment(tmp, "s2", [("I", [4, 5]), ("II", [40, 50])]);
        File.WriteAllText(Path.Combine(tmp.Path, "m.hea"), "m/3 2 250 7\ns1 3\n~ 2\ns2 2\n");
        var record = WfdbReader.Read(Path.Combine(tmp.Path, "m"));
        Assert.Equal([1, 2, 3, -32768, -32768, 4, 5], record.Digital[0]);
        Assert.Equal([10, 20, 30, -32768, -32768, 40, 50], record.Digital[1]);
        Assert.Equal(2, record.InvalidSampleCount(0));
        Assert.Equal([3, -32768, -32768, 4], WfdbReader.Read(Path.Combine(tmp.Path, "m"), start: 2, count: 4, signals: [0]).Digital[0]);
    }

    [Fact]
    public void VariableLayoutMultiSegmentRecord_MatchesSignalsByNameAndMarksMissingOnesInvalid()
    {
        using var tmp = new TempFolder();
        File.WriteAllText(Path.Combine(tmp.Path, "m_layout.hea"), "m_layout 2 250 0\n~ 0 200 16 0 0 0 0 II\n~ 0 200 16 0 0 0 0 V\n");
        Segment(tmp, "s1", [("V", [7, 8]), ("II", [1, 2])]); // other order than the layout
        Segment(tmp, "s2", [("II", [3, 4, 5])]);             // V absent here
        File.WriteAllText(Path.Combine(tmp.Path, "m.hea"), "m/3 2 250 5\nm_layout 0\ns1 2\ns2 3\n");
        var record = WfdbReader.Read(Path.Combine(tmp.Path, "m"));
        Assert.Equal("II", record.Spec(0).Description);
        Assert.Equal([1, 2, 3, 4, 5], record.Digital[0]);
        Assert.Equal([7, 8, -32768, -32768, -32768], record.Digital[1]);
    }

    [Fact]
    public void MultiSegmentRecord_WithASegmentOnAnotherScale_IsRefusedByName()
    {
        using var tmp = new TempFolder();
        Segment(tmp, "s1", [("I", [1, 2])]);
        Segment(tmp, "s2", [("I", [3, 4])], gain: 1000);
        File.WriteAllText(Path.Combine(tmp.Path, "m.hea"), "m/2 1 250 4\ns1 2\ns2 2\n");
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(Path.Combine(tmp.Path, "m")));
        Assert.Equal("adc_gain", ex.Field);
    }

    [Fact]
    public void MultiSegmentHeader_WithTheWrongNumberOfSegmentLines_IsNamed()
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeaderParser.Parse("m/3 1 250 4\ns1 2\ns2 2\n", "m.hea"));
        Assert.Equal("n_seg", ex.Field);
    }

    private static byte[] Annotation(params (int Code, int Value)[] words) => Words(words);

    private static byte[] Words(IEnumerable<(int Code, int Value)> words)
    {
        var bytes = new List<byte>();
        foreach (var (code, value) in words)
        {
            var w = (code << 10) | (value & 0x3FF);
            bytes.Add((byte)w);
            bytes.Add((byte)(w >> 8));
        }

        return [.. bytes];
    }

    private static IEnumerable<(int, int)> Aux(string text)
    {
        var b = Encoding.ASCII.GetBytes(text);
        yield return (63, b.Length);
        var padded = b.Length % 2 == 0 ? b : [.. b, 0];
        for (var i = 0; i < padded.Length; i += 2)
        {
            var w = padded[i] | (padded[i + 1] << 8);
            yield return (w >> 10, w & 0x3FF);
        }
    }

    [Fact]
    public void AnnotationHeaderNotes_AreReadAsDeclarationsNotAnnotations()
    {
        // NOTE (22) at sample 0 with "## time resolution: 1000", "## 42 XYZ custom beat", "## wrann -r x -a y"; then
        // a normal beat N (1) at 10, the custom type 42 at 15 with a 10-bit channel 1023, and the end word.
        var words = new List<(int, int)> { (22, 0) };
        words.AddRange(Aux("## time resolution: 1000"));
        words.Add((22, 0));
        words.AddRange(Aux("## 42 XYZ custom beat"));
        words.Add((22, 0));
        words.AddRange(Aux("## wrann -r x -a y"));
        words.Add((1, 10));
        words.Add((42, 5));
        words.Add((62, 1023));
        words.Add((0, 0));
        var file = MitAnnotationReader.ParseFile(Words(words), "x.atr");
        Assert.Equal(2, file.Annotations.Count);
        Assert.Equal(1000, file.TimeResolution);
        Assert.Equal(["time resolution: 1000", "42 XYZ custom beat", "wrann -r x -a y"], file.HeaderLines);
        Assert.Equal("XYZ", file.SymbolOf(file.Annotations[1]));
        Assert.Equal("N", file.SymbolOf(file.Annotations[0]));
        Assert.Equal(255, file.Annotations[1].Channel); // WFDB keeps CHN in an unsigned char
        Assert.Equal(2, MitAnnotationReader.Parse(Words(words), "x.atr").Length); // Read/Parse drop the notes too
    }

    [Fact]
    public void AnnotationHeaderNote_WithABadCustomCode_IsNamed()
    {
        var words = new List<(int, int)> { (22, 0) };
        words.AddRange(Aux("## 77 BAD out of range"));
        words.Add((0, 0));
        var ex = Assert.Throws<WfdbFormatException>(() => MitAnnotationReader.ParseFile(Words(words), "x.atr"));
        Assert.Equal("annotation type", ex.Field);
    }

    [Fact]
    public void ANoteLaterInTheFile_IsAnAnnotation()
    {
        var words = new List<(int, int)> { (1, 5), (22, 3) };
        words.AddRange(Aux("## looks like a header but is not at sample 0"));
        words.Add((0, 0));
        var file = MitAnnotationReader.ParseFile(Words(words), "x.atr");
        Assert.Equal(2, file.Annotations.Count);
        Assert.Empty(file.HeaderLines);
    }
}

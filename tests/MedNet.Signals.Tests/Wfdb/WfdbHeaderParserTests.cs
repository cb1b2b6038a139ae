// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

public class WfdbHeaderParserTests
{
    [Fact]
    public void Load_Record100_ReadsRecordAndSignalLines()
    {
        var h = WfdbHeader.Load(Fixtures.Record100);

        Assert.Equal("100", h.RecordName);
        Assert.Equal(360, h.SamplingFrequency);
        Assert.Equal(650_000, h.SampleCount);
        Assert.Equal(2, h.Signals.Count);
        var s0 = h.Signals[0];
        Assert.Equal(("100.dat", 212, 200.0, 11, 1024, 1024), (s0.FileName, s0.Format, s0.Gain, s0.AdcResolution, s0.AdcZero, s0.Baseline));
        Assert.Equal((995, -22131, "MLII", "mV"), (s0.InitialValue!.Value, s0.Checksum!.Value, s0.Description, s0.Units));
        Assert.Equal("V5", h.Signals[1].Description);
        Assert.Equal(["69 M 1085 1629 x1", "Aldomet, Inderal"], h.Comments);
        Assert.Equal(1, h.IndexOf("v5"));
    }

    [Fact]
    public void Parse_GainWithBaselineAndUnits_SplitsTheField()
    {
        var h = WfdbHeaderParser.Parse("r 1 500 5000\nr.dat 16 1000.0(-3)/uV 16 0 -119 1508 0 I\n", "r.hea");

        var s = h.Signals[0];
        Assert.Equal((1000.0, -3, "uV", -119, 1508), (s.Gain, s.Baseline, s.Units, s.InitialValue!.Value, s.Checksum!.Value));
    }

    [Fact]
    public void Parse_FormatWithByteOffset_ReadsOffsetAndBaseTime()
    {
        var h = WfdbHeaderParser.Parse("A00001 1 300 9000 2014-05-08 05:05:15\nA00001.mat 16+24 1000/mV 16 0 -127 0 0 ECG\n", "A00001.hea");

        Assert.Equal((16, 24L), (h.Signals[0].Format, h.Signals[0].ByteOffset));
        // CinC 2017 headers write the date before the time; the parser keeps fields 5 and 6 as written.
        Assert.Equal(("2014-05-08", "05:05:15"), (h.BaseTime, h.BaseDate));
    }

    [Fact]
    public void Load_CrlfTabsAndNoFs_AppliesWfdbDefaults()
    {
        var h = WfdbHeader.Load(Fixtures.Odd("crlf-comments.hea"));

        Assert.Equal(WfdbHeaderParser.DefaultSamplingFrequency, h.SamplingFrequency);
        Assert.Null(h.SampleCount);
        var s = h.Signals[0];
        Assert.Equal((212, WfdbHeaderParser.DefaultGain, 12, 0), (s.Format, s.Gain, s.AdcResolution, s.Baseline));
        Assert.Equal(3, h.Comments.Count);
    }

    [Fact]
    public void Load_UnknownFormatCode_NamesFileLineAndField()
    {
        var path = Fixtures.Odd("unknown-format.hea");

        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeader.Load(path));

        Assert.Equal((path, 3, "format", "unknown-format"), (ex.File, ex.Line, ex.Field, ex.Record));
        Assert.Contains("999", ex.Message);
        Assert.Contains("212", ex.Message); // lists the supported codes
    }

    [Fact]
    public void Load_MissingHeader_NamesTheFile()
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeader.Load(Fixtures.Odd("no-such-record")));

        Assert.EndsWith("no-such-record.hea", ex.File);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Theory]
    [InlineData("r 2 360 10\nr.dat 212 200 11 1024 0 0 0 MLII\n", null, "n_sig")]
    [InlineData("r 1 fast 10\nr.dat 212\n", 1, "fs")]
    [InlineData("r 1 360 10\nr.dat 212 abc\n", 2, "adc_gain")]
    [InlineData("r 1 360 10\nr.dat 212 200(x)\n", 2, "baseline")]
    [InlineData("r 1 360 10\nr.dat 212?\n", 2, "format")]
    [InlineData("r/2 1 360 10\n", 1, "n_seg")]
    public void Parse_BrokenField_NamesLineAndField(string text, int? line, string field)
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeaderParser.Parse(text, "r.hea"));

        Assert.Equal((line, field), (ex.Line, ex.Field));
    }
}

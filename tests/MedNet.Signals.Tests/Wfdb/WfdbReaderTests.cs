// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

public class WfdbReaderTests
{
    /// <summary>float32 rounding of a millivolt value near 1 mV.</summary>
    private const float MillivoltTolerance = 1e-6f;

    [Fact]
    public void Read_Record100_FirstSampleIs995AndMinus0145Millivolt()
    {
        var r = WfdbReader.Read(Fixtures.Record100, 0, 10);

        Assert.Equal(995, r.Digital[0][0]);
        Assert.Equal(1011, r.Digital[1][0]);
        Assert.Equal(-0.145f, r.Physical(0)[0], MillivoltTolerance);
    }

    [Fact]
    public void Read_Record100Whole_ChecksumAndInitialValueMatchHeader()
    {
        var r = WfdbReader.Read(Fixtures.Record100);

        Assert.Equal(650_000, r.Length);
        for (var s = 0; s < 2; s++)
        {
            Assert.Equal(r.Spec(s).InitialValue, r.Digital[s][0]);
            Assert.True(WfdbChecksum.Matches(r.Spec(s).Checksum!.Value, r.Digital[s]), $"checksum of signal {s}");
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 7)]
    [InlineData(123_457, 1001)]
    [InlineData(649_999, 1)]
    public void Read_Range_EqualsSliceOfWholeRecord(long start, int count)
    {
        var whole = WfdbReader.Read(Fixtures.Record100);

        var part = WfdbReader.Read(Fixtures.Record100, start, count, [1]);

        Assert.Equal(whole.Digital[1].AsSpan((int)start, count).ToArray(), part.Digital[0]);
        Assert.Equal([1], part.SignalIndices);
    }

    [Fact]
    public void Read_Format80_DecodesOffsetBinaryAndBaseline()
    {
        var r = WfdbReader.Read(Fixtures.Odd("fmt80"));

        Assert.Equal([0, 1, -1, 100, -100, 127, -128, 42], r.Digital[0]);
        Assert.Equal(-0.5f, r.Physical(0)[0], MillivoltTolerance); // (0 - 5) / 10
        Assert.True(WfdbChecksum.Matches(r.Spec(0).Checksum!.Value, r.Digital[0]));
    }

    [Fact]
    public void Read_Format61_DecodesBigEndian()
    {
        var r = WfdbReader.Read(Fixtures.Odd("fmt61"));

        Assert.Equal([0, 1, -1, 1000, -1000, 32767, -32768, 12345], r.Digital[0]);
        Assert.Equal("uV", r.Spec(0).Units);
    }

    [Fact]
    public void Read_Format16WithByteOffsetAndNoLength_SkipsPrefixAndInfersLength()
    {
        var r = WfdbReader.Read(Fixtures.Odd("fmt16-offset"), 1, 3);

        Assert.Equal([2, 3, 4], r.Digital[0]);
        Assert.Equal([-2, -3, -4], r.Digital[1]);
        Assert.Equal("lead B", r.Spec(1).Description);
    }

    [Fact]
    public void Read_TruncatedDat_NamesFileAndWholeFrames()
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(Fixtures.Odd("truncated-212")));

        Assert.EndsWith("truncated-212.dat", ex.File);
        Assert.Equal("sig_len", ex.Field);
        Assert.Contains("500 whole frames", ex.Message);
    }

    [Fact]
    public void Read_TruncatedDatRangeInsideFile_Succeeds()
    {
        var r = WfdbReader.Read(Fixtures.Odd("truncated-212"), 0, 500);

        Assert.Equal(995, r.Digital[0][0]);
    }

    [Fact]
    public void Read_HeaderNamesMissingFile_NamesTheMissingFile()
    {
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(Fixtures.Odd("missing-dat")));

        Assert.EndsWith("no-such-file.dat", ex.File);
        Assert.Equal("file_name", ex.Field);
    }

    [Fact]
    public void Read_RangePastEnd_ThrowsWithRecordLength()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WfdbReader.Read(Fixtures.Record100, 649_990, 20));

        Assert.Contains("650000", ex.Message);
    }

    [Fact]
    public void Read_Format212OddCountWithShortLastGroup_DecodesAllSamples()
    {
        var r = WfdbReader.Read(Fixtures.Odd("odd-212"));

        Assert.Equal([100, -2048, -5], r.Digital[0]);
        Assert.Equal(1, r.InvalidSampleCount(0));
        Assert.True(WfdbChecksum.Matches(r.Spec(0).Checksum!.Value, r.Digital[0]));
    }

    [Fact]
    public void Load_Latin1Comment_KeepsTheCharacters()
    {
        var h = WfdbHeader.Load(Fixtures.Odd("latin1-comment"));

        Assert.Contains("Patient: Müller, résumé", h.Comments);
    }

    [Fact]
    public void Read_SignalsInReverseOrder_RowsFollowTheRequest()
    {
        var r = WfdbReader.Read(Fixtures.Record100, 0, 3, [1, 0]);

        Assert.Equal([1, 0], r.SignalIndices);
        Assert.Equal(1011, r.Digital[0][0]);
        Assert.Equal(995, r.Digital[1][0]);
        Assert.Equal("V5", r.Spec(0).Description);
    }
}

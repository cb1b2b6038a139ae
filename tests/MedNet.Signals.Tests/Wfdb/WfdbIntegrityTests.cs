// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

/// <summary>Corrupted or implausible records are refused by name instead of decoded (issue 18, point 2).</summary>
public sealed class WfdbIntegrityTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mednet-wfdb-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Copy100(Func<byte[], byte[]>? dat = null, Func<string, string>? hea = null)
    {
        var source = Path.ChangeExtension(Fixtures.Record100, null);
        File.WriteAllText(Path.Combine(_dir.FullName, "100.hea"), (hea ?? (h => h))(File.ReadAllText(source + ".hea")));
        File.WriteAllBytes(Path.Combine(_dir.FullName, "100.dat"), (dat ?? (d => d))(File.ReadAllBytes(source + ".dat")));
        return Path.Combine(_dir.FullName, "100");
    }

    [Fact]
    public void Read_ByteSwappedSignalFile_FailsTheHeaderChecksum()
    {
        var path = Copy100(dat: d =>
        {
            for (var i = 0; i + 1 < d.Length; i += 2)
            {
                (d[i], d[i + 1]) = (d[i + 1], d[i]);
            }

            return d;
        });

        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(path));
        Assert.Equal("checksum", ex.Field);
        Assert.Contains("-22131", ex.Message);
    }

    [Fact]
    public void Read_RandomSignalFile_FailsTheChecksum_UnlessTurnedOff()
    {
        var path = Copy100(dat: d =>
        {
            new Random(7).NextBytes(d);
            return d;
        });

        Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(path));
        Assert.Equal(650_000, WfdbReader.Read(path, verifyChecksums: false).Length);
        Assert.Equal(10, WfdbReader.Read(path, 0, 10).Length); // a partial read cannot be checked
    }

    [Fact]
    public void Read_SignalFileThroughASymbolicLink_MeasuresTheTarget()
    {
        var path = Copy100();
        var real = Path.Combine(_dir.FullName, "real.dat");
        File.Move(path + ".dat", real);
        File.CreateSymbolicLink(path + ".dat", real);
        File.WriteAllText(path + ".hea", File.ReadAllText(path + ".hea").Replace(" 650000", string.Empty, StringComparison.Ordinal));

        Assert.Null(WfdbHeader.Load(path).SampleCount);
        Assert.Equal(650_000, WfdbReader.Read(path).Length);
    }

    [Theory]
    [InlineData("100 2 1e999 650000", "fs")]
    [InlineData("100 2 Infinity 650000", "fs")]
    public void Load_NonFiniteSamplingFrequency_IsRefusedByName(string recordLine, string field)
    {
        var path = Copy100(hea: h => h.Replace("100 2 360 650000", recordLine, StringComparison.Ordinal));
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeader.Load(path));
        Assert.Equal(field, ex.Field);
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("1e-320")]
    public void Load_GainThatMakesEveryValueInfinite_IsRefusedByName(string gain)
    {
        var path = Copy100(hea: h => h.Replace("212 200 11", $"212 {gain} 11", StringComparison.Ordinal));
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbHeader.Load(path));
        Assert.Equal("adc_gain", ex.Field);
    }

    [Fact]
    public void Read_NegativeGain_IsAValidInvertedSignal()
    {
        var path = Copy100(hea: h => h.Replace("212 200 11", "212 -200 11", StringComparison.Ordinal));
        var r = WfdbReader.Read(path, 0, 1);
        Assert.Equal(0.145f, r.Physical(0)[0], 1e-6f);
    }

    [Fact]
    public void Read_SigLenZero_LeavesTheLengthToTheFile()
    {
        var path = Copy100(hea: h => h.Replace("100 2 360 650000", "100 2 360 0", StringComparison.Ordinal));
        Assert.Equal(650_000, WfdbReader.Read(path).Length);
    }

    [Fact]
    public void Read_HugeSigLen_IsRefusedBeforeAllocating()
    {
        var path = Copy100(hea: h => h.Replace("100 2 360 650000", "100 2 360 2000000000", StringComparison.Ordinal));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(path));
        Assert.Equal("sig_len", ex.Field);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64L << 20, "allocated the record before checking the file size");
    }

    [Fact]
    public void Read_ByteOffsetOfInt64Max_IsRefusedByName()
    {
        var path = Copy100(hea: h => h.Replace("100.dat 212 ", "100.dat 212+9223372036854775807 ", StringComparison.Ordinal));
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(path, 0, 10));
        Assert.Equal("byte_offset", ex.Field);
    }
}

using System.Buffers.Binary;
using MedNet.Signals.Datasets;
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Datasets;

/// <summary>Issue 18: CinC 2017 MAT files are checked (both level-4 byte orders read, level 5 refused by name) and REFERENCE duplicates named.</summary>
public class CinC2017MatTests
{
    private static readonly short[] Samples = [-127, -162, 0, 1000, 32767, -32768];

    private static string WriteRecord(TempFolder tmp, bool bigEndian, int? headerLength = null, int type = 30, int rows = 1, short[]? samples = null)
    {
        samples ??= Samples;
        var bytes = new byte[20 + 4 + (2 * samples.Length)];
        void Int(int offset, int value)
        {
            if (bigEndian)
            {
                BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(offset), value);
            }
            else
            {
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), value);
            }
        }

        Int(0, bigEndian ? 1000 + type : type);
        Int(4, rows);
        Int(8, samples.Length / rows);
        Int(12, 0);
        Int(16, 4);
        "val\0"u8.CopyTo(bytes.AsSpan(20));
        for (var i = 0; i < samples.Length; i++)
        {
            if (bigEndian)
            {
                BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(24 + (2 * i)), samples[i]);
            }
            else
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(24 + (2 * i)), samples[i]);
            }
        }

        File.WriteAllBytes(Path.Combine(tmp.Path, "A09999.mat"), bytes);
        tmp.Write("A09999.hea", $"A09999 1 300 {headerLength ?? samples.Length} 2014-05-08 05:05:15\nA09999.mat 16+24 1000/mV 16 0 -127 0 0 ECG\n");
        return tmp.Path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadSignal_BothLevel4ByteOrders_GiveTheSameMillivolts(bool bigEndian)
    {
        using var tmp = new TempFolder();
        var signal = CinC2017.ReadSignal(WriteRecord(tmp, bigEndian), "A09999");
        Assert.Equal(Samples.Length, signal.Length);
        for (var i = 0; i < Samples.Length; i++)
        {
            Assert.Equal(Samples[i] / 1000f, signal[i], 6);
        }
    }

    [Fact]
    public void ReadSignal_Level5File_IsRefusedByName()
    {
        using var tmp = new TempFolder();
        var folder = WriteRecord(tmp, false);
        var bytes = new byte[200];
        "MATLAB 5.0 MAT-file, Platform: GLNXA64"u8.CopyTo(bytes);
        File.WriteAllBytes(Path.Combine(folder, "A09999.mat"), bytes);
        var ex = Assert.Throws<WfdbFormatException>(() => CinC2017.ReadSignal(folder, "A09999"));
        Assert.Contains("level-5", ex.Message);
        Assert.Equal("version", ex.Field);
    }

    [Theory]
    [InlineData(10, "ncols")]   // header states 10 samples, the matrix holds 6
    public void ReadSignal_HeaderAndMatrixDisagree_NamesTheField(int headerLength, string field)
    {
        using var tmp = new TempFolder();
        var ex = Assert.Throws<WfdbFormatException>(() => CinC2017.ReadSignal(WriteRecord(tmp, false, headerLength), "A09999"));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void ReadSignal_TruncatedMatFile_NamesTheSizes()
    {
        using var tmp = new TempFolder();
        var folder = WriteRecord(tmp, false);
        var mat = Path.Combine(folder, "A09999.mat");
        var bytes = File.ReadAllBytes(mat);
        File.WriteAllBytes(mat, bytes[..^3]);
        var ex = Assert.Throws<WfdbFormatException>(() => CinC2017.ReadSignal(folder, "A09999"));
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void ReadSignal_DoublePrecisionMatrix_IsNamed()
    {
        using var tmp = new TempFolder();
        var ex = Assert.Throws<WfdbFormatException>(() => CinC2017.ReadSignal(WriteRecord(tmp, false, type: 0), "A09999"));
        Assert.Contains("int16", ex.Message);
        Assert.Equal("type", ex.Field);
    }

    [Fact]
    public void ReadSignal_TwoRowMatrix_IsNamed()
    {
        using var tmp = new TempFolder();
        var ex = Assert.Throws<WfdbFormatException>(() => CinC2017.ReadSignal(WriteRecord(tmp, false, headerLength: 3, rows: 2), "A09999"));
        Assert.Equal("mrows", ex.Field);
    }

    [Fact]
    public void ReadReference_DuplicatedRecord_NamesBothLines()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("REFERENCE.csv", "A00001,N\nA00002,A\nA00001,O\n");
        var ex = Assert.Throws<FormatException>(() => CinC2017.ReadReference(path));
        Assert.Contains(":3:", ex.Message);
        Assert.Contains("line 1", ex.Message);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

/// <summary>Empty, truncated, byte-swapped or out-of-range annotation files are refused by name (issue 18).</summary>
public sealed class MitAnnotationIntegrityTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mednet-atr-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static byte[] Atr100() => File.ReadAllBytes(Fixtures.Record100 + ".atr");

    [Fact]
    public void Parse_Record100_EndsWithItsMarkerAndIsInTimeOrder()
    {
        var annotations = MitAnnotationReader.Parse(Atr100(), "100.atr");
        Assert.Equal(2274, annotations.Length);
    }

    [Fact]
    public void Parse_EmptyFile_IsRefused()
    {
        var ex = Assert.Throws<WfdbFormatException>(() => MitAnnotationReader.Parse([], "100.atr"));
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public void Parse_TruncatedFile_IsRefusedInsteadOfReturningAPrefix()
    {
        var data = Atr100();
        var ex = Assert.Throws<WfdbFormatException>(() => MitAnnotationReader.Parse(data.AsSpan(0, data.Length / 2), "100.atr"));
        Assert.Equal("annotations", ex.Field);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void Parse_NegativeSkip_BeforeSampleZero_IsRefused()
    {
        // SKIP (code 59) of −5, then an N beat one sample later (sample −4), then the end-of-file word.
        byte[] data = [0x00, 0xEC, 0xFF, 0xFF, 0xFB, 0xFF, 0x01, 0x04, 0x00, 0x00];
        var ex = Assert.Throws<WfdbFormatException>(() => MitAnnotationReader.Parse(data, "100.atr"));
        Assert.Equal("time", ex.Field);
        Assert.Contains("sample -4", ex.Message);
    }

    [Fact]
    public void Load_AnnotationsBeyondTheRecordEnd_AreRefusedNamingTheFile()
    {
        var source = Path.ChangeExtension(Fixtures.Record100, null);
        // A record of 1,000 samples (checksums dropped, since they cover all 650,000) with record 100's whole annotation file.
        var header = File.ReadAllText(source + ".hea").Replace("100 2 360 650000", "100 2 360 1000", StringComparison.Ordinal)
            .Replace(" 995 -22131 0 MLII", string.Empty, StringComparison.Ordinal).Replace(" 1011 20052 0 V5", string.Empty, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir.FullName, "100.hea"), header);
        File.Copy(source + ".dat", Path.Combine(_dir.FullName, "100.dat"));
        File.Copy(source + ".atr", Path.Combine(_dir.FullName, "100.atr"));

        var ex = Assert.Throws<WfdbFormatException>(() => MitBih.Load(_dir.FullName, "100"));
        Assert.Equal("time", ex.Field);
        Assert.EndsWith("100.atr", ex.File);
    }
}

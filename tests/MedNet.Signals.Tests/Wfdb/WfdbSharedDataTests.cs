// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

/// <summary>Checks the readers on every record of the real datasets in ../shared/data (skipped on a fresh clone).</summary>
public class WfdbSharedDataTests
{
    [SharedDataFact("mitdb")]
    public void Read_All48MitdbRecords_ChecksumsAndBeatCountsMatchReadme()
    {
        var root = SharedData.Find("mitdb")!;
        var names = File.ReadAllLines(Path.Combine(root, "RECORDS"));
        var counts = new Dictionary<string, int>();
        var beats = 0;
        foreach (var name in names)
        {
            var r = WfdbReader.Read(Path.Combine(root, name));
            for (var s = 0; s < r.Digital.Length; s++)
            {
                Assert.True(WfdbChecksum.Matches(r.Spec(s).Checksum!.Value, r.Digital[s]), $"{name} signal {s} checksum");
                Assert.Equal(r.Spec(s).InitialValue, r.Digital[s][0]);
            }

            foreach (var a in MitAnnotationReader.Read(Path.Combine(root, name + ".atr")))
            {
                counts[a.Symbol] = counts.GetValueOrDefault(a.Symbol) + 1;
                beats += a.IsBeat ? 1 : 0;
            }
        }

        // Expected values: ../shared/data/mitdb/README.md, "Format facts".
        Assert.Equal(48, names.Length);
        Assert.Equal(109_494, beats);
        var expected = new Dictionary<string, int>
        {
            ["N"] = 75_052,
            ["L"] = 8_075,
            ["R"] = 7_259,
            ["V"] = 7_130,
            ["/"] = 7_028,
            ["A"] = 2_546,
            ["f"] = 982,
            ["F"] = 803,
            ["j"] = 229,
            ["a"] = 150,
            ["E"] = 106,
            ["J"] = 83,
            ["Q"] = 33,
            ["e"] = 16,
            ["S"] = 2,
            ["+"] = 1_291,
            ["~"] = 616,
            ["!"] = 472,
            ["\""] = 437,
            ["x"] = 193,
            ["|"] = 132,
            ["["] = 6,
            ["]"] = 6,
        };
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), counts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [SharedDataFact("ptbxl")]
    public void Read_PtbxlFormat16_ChecksumsAndMillivoltsMatchHeader()
    {
        var root = SharedData.Find("ptbxl")!;
        var headers = Directory.GetFiles(root, "*.hea", SearchOption.AllDirectories);
        foreach (var path in headers)
        {
            var r = WfdbReader.Read(path);
            Assert.Equal(12, r.Digital.Length);
            Assert.Equal(r.Header.SamplingFrequency == 500 ? 5000 : 1000, r.Length);
            for (var s = 0; s < 12; s++)
            {
                Assert.True(WfdbChecksum.Matches(r.Spec(s).Checksum!.Value, r.Digital[s]), $"{path} signal {s}");
                Assert.Equal(r.Spec(s).InitialValue, r.Digital[s][0]);
            }

            Assert.Equal(r.Digital[0][0] / 1000f, r.Physical(0)[0]); // gain 1000, baseline 0
        }

        Assert.Equal(400, headers.Length);
    }

    [SharedDataFact("cinc2017")]
    public void Read_Cinc2017Mat_Format16Plus24MatchesMatV4Header()
    {
        var root = Path.Combine(SharedData.Find("cinc2017")!, "validation");
        foreach (var name in File.ReadAllLines(Path.Combine(root, "RECORDS")))
        {
            var path = Path.Combine(root, name.Trim());
            var r = WfdbReader.Read(path, verifyChecksums: false); // the challenge's headers state checksum 0 (see CinC2017.ReadSignal)
            var mat = File.ReadAllBytes(path + ".mat");

            // MAT v4 header: int32 type, mrows, ncols, imagf, namlen; then "val\0"; then int16 samples.
            Assert.Equal(r.Length, BinaryPrimitives.ReadInt32LittleEndian(mat.AsSpan(8)));
            Assert.Equal(BinaryPrimitives.ReadInt16LittleEndian(mat.AsSpan(24)), r.Digital[0][0]);
            Assert.Equal(BinaryPrimitives.ReadInt16LittleEndian(mat.AsSpan(mat.Length - 2)), r.Digital[0][^1]);
        }
    }

    [SharedDataFact("cinc2017")]
    public void Read_Cinc2017WithChecksums_IsRefusedBecauseTheHeadersStateZero()
    {
        var path = Path.Combine(SharedData.Find("cinc2017")!, "validation", "A00001");
        var ex = Assert.Throws<WfdbFormatException>(() => WfdbReader.Read(path));
        Assert.Equal("checksum", ex.Field);
    }

    [SharedDataFact("mitdb")]
    public void Read_EveryMitdbRecord_PassesItsHeaderChecksums()
    {
        var root = SharedData.Find("mitdb")!;
        foreach (var name in File.ReadAllLines(Path.Combine(root, "RECORDS")))
        {
            Assert.True(WfdbReader.Read(Path.Combine(root, name.Trim())).Length > 0, name);
        }
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Tests.Wfdb;

public class MitAnnotationReaderTests
{
    [Fact]
    public void Read_Record100_CountsBeatsBySymbol()
    {
        var annotations = MitAnnotationReader.Read(Fixtures.Record100 + ".atr");

        var counts = new Dictionary<string, int>();
        foreach (var a in annotations)
        {
            counts[a.Symbol] = counts.GetValueOrDefault(a.Symbol) + 1;
        }

        Assert.Equal(2274, annotations.Length);
        Assert.Equal((2239, 33, 1, 1), (counts["N"], counts["A"], counts["V"], counts["+"]));
        Assert.Equal(2273, Array.FindAll(annotations, a => a.IsBeat).Length);
    }

    [Fact]
    public void Read_Record100_FirstIsRhythmWithAuxText()
    {
        var first = MitAnnotationReader.Read(Fixtures.Record100 + ".atr")[0];

        Assert.Equal(("+", "(N", 18L), (first.Symbol, first.Aux, first.Sample));
    }

    [Fact]
    public void Parse_AllPseudoCodes_AppliesThemAsTheWfdbLibraryDoes()
    {
        byte[] data =
        [
            .. Word(1, 10),            // N at 10
            .. Word(61, 3),            // SUB 3 → previous
            .. Word(62, 2),            // CHN 2 → previous, persists
            .. Word(60, 7),            // NUM 7 → previous, persists
            .. Word(59, 0), 0x01, 0x00, 0x00, 0x00, // SKIP 65536 (high word first)
            .. Word(5, 4),             // V at 10 + 65536 + 4
            .. Word(63, 3), (byte)'(', (byte)'B', 0, 0, // AUX "(B" + NUL, padded to 4
            .. Word(0, 0),             // end
            .. Word(1, 1),             // ignored after the end
        ];

        var a = MitAnnotationReader.Parse(data, "synthetic.atr");

        Assert.Equal(2, a.Length);
        Assert.Equal(new WfdbAnnotation(10, 1, 3, 2, 7, null), a[0]);
        Assert.Equal(new WfdbAnnotation(65_550, 5, 0, 2, 7, "(B"), a[1]);
    }

    [Fact]
    public void Parse_AuxPastEnd_ThrowsNamingField()
    {
        byte[] data = [.. Word(1, 1), .. Word(63, 9), (byte)'x'];

        var ex = Assert.Throws<WfdbFormatException>(() => MitAnnotationReader.Parse(data, "cut.atr"));

        Assert.Equal(("AUX", "cut.atr"), (ex.Field, ex.File));
    }

    private static byte[] Word(int code, int value)
    {
        var w = (code << 10) | value;
        return [(byte)(w & 0xFF), (byte)(w >> 8)];
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Datasets;

/// <summary>Bad MBA-style input: short files and non-finite cells give a named error or a documented result.</summary>
public class MbaDatasetBadInputTests
{
    private const string Header = "sample,ECG1,ECG2\n";
    private const string Annotations = "Time,Sample,#,Type,Sub,Chan,Num,Aux\n00:00:00.016,2,V,0,0,0,,\n";

    internal static string ShortFolder(TempFolder tmp, int rows)
    {
        var body = string.Concat(Enumerable.Range(0, rows).Select(i => FormattableString.Invariant($"{i},{0.1 * i},{-0.2 * i}\n")));
        tmp.Write("train.csv", Header + body);
        tmp.Write("test.csv", Header + body);
        tmp.Write("labels.csv", Annotations);
        return tmp.Path;
    }

    [Fact]
    public void Load_FewerRowsThanOneWindow_LoadsAndClipsTheLabelSpan()
    {
        using var tmp = new TempFolder();
        var mba = MbaDataset.Load(ShortFolder(tmp, 5));
        Assert.Equal(5, mba.Train.Rows);
        Assert.Equal(10, mba.Labels!.Values.Length);
        Assert.All(mba.Labels.Values, v => Assert.Equal(1, v)); // ±20 samples around sample 2 cover all five rows
    }

    [Fact]
    public void SlidingWindows_FewerRowsThanOneWindow_SkipThrowsNamingRowsAndWindow()
    {
        using var tmp = new TempFolder();
        var mba = MbaDataset.Load(ShortFolder(tmp, 5));
        var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(mba.Train, WindowSpec.Sliding(10)));
        Assert.Contains("expected at least W = 10 rows but got T = 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlidingWindows_FewerRowsThanOneWindow_DtaadPaddingGivesOneWindowPerRow()
    {
        using var tmp = new TempFolder();
        var mba = MbaDataset.Load(ShortFolder(tmp, 5));
        var w = WindowCutter.Cut(mba.Train, WindowSpec.Dtaad(10));
        Assert.Equal((5, 10, 2), w.Shape);
        Assert.Equal(0, w.DroppedTailRows);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("inf")]
    [InlineData("-Infinity")]
    [InlineData("")]
    public void ReadSignalsCsv_NonFiniteCellInTestFile_NamesFileLineAndColumn(string cell)
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("test.csv", Header + "0,0.1,0.2\n1,0.2,0.3\n2,0.3," + cell + "\n");
        var ex = Assert.Throws<TabularFormatException>(() => MbaDataset.ReadSignalsCsv(file));
        Assert.Equal(4, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("test.csv line 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ECG2'", ex.Message, StringComparison.Ordinal);
    }
}

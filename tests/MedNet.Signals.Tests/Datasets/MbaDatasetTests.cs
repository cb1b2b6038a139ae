using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;

namespace MedNet.Signals.Tests.Datasets;

public class MbaDatasetTests
{
    private static string Shipped => SharedData.Shipped("mba");

    [Fact]
    public void Load_ShippedCsv_Gives7680x2At128Hz()
    {
        var ds = MbaDataset.Load(Shipped);
        Assert.Equal((7680, 2), ds.Train.Shape);
        Assert.Equal((7680, 2), ds.Test.Shape);
        Assert.Equal(["ECG1", "ECG2"], ds.ColumnNames);
        Assert.Equal(128.0, ds.SamplingRate);
        Assert.Equal(-0.02, ds.Train[0, 0]);
        Assert.Equal(-0.16, ds.Train[0, 1]);
        Assert.Contains(ds.Diagnostics.Notes, n => n.Contains("identical", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShippedCsv_ValueRangesMatchReadme()
    {
        var ds = MbaDataset.Load(Shipped);
        var ecg1 = ds.Train.Column(0);
        var ecg2 = ds.Train.Column(1);
        Assert.Equal(-4.61, ecg1.Min());
        Assert.Equal(2.77, ecg1.Max());
        Assert.Equal(-2.37, ecg2.Min());
        Assert.Equal(2.58, ecg2.Max());
    }

    [Fact]
    public void Load_AllBeatsRule_Gives2600RowsPerChannelEqualToTranAdFile()
    {
        var ds = MbaDataset.Load(Shipped);
        var labels = ds.Labels!;
        Assert.Equal((7680, 2), labels.Shape);
        Assert.Equal(2600, labels.Column(0).Count(v => v == 1));
        Assert.Equal(2600, labels.Column(1).Count(v => v == 1));

        var reference = MbaDataset.ReadSignalsCsv(Path.Combine(Shipped, "labels_pointwise_tranad.csv"));
        Assert.Equal(reference.Values, labels.Values);
    }

    [Fact]
    public void Load_VentricularAndFusionOnly_Gives960Rows()
    {
        var ds = MbaDataset.Load(Shipped, rule: MbaLabelRule.VentricularAndFusionOnly);
        Assert.Equal(960, ds.Labels!.Column(0).Count(v => v == 1));
    }

    [Fact]
    public void ReadAnnotationsCsv_ShiftedHeader_ReadsSampleAndSymbol()
    {
        var annotations = MbaDataset.ReadAnnotationsCsv(Path.Combine(Shipped, "labels.csv"));
        Assert.Equal(65, annotations.Count);
        Assert.Equal(new MbaAnnotation(47, "F"), annotations[0]);
        Assert.Equal(41, annotations.Count(a => a.Symbol == "N"));
        Assert.Equal(18, annotations.Count(a => a.Symbol == "V"));
        Assert.Equal(6, annotations.Count(a => a.Symbol == "F"));
        Assert.Equal(7605, annotations.Max(a => a.Sample));
    }

    [SharedDataFact("mba")]
    public void Load_OriginalXlsx_GivesSameMatrixAndLabelsAsCsv()
    {
        var folder = SharedData.Find("mba")!;
        var csv = MbaDataset.Load(folder, MbaSource.Csv);
        var xlsx = MbaDataset.Load(folder, MbaSource.Xlsx);
        Assert.Equal((7680, 2), xlsx.Train.Shape);
        Assert.Equal(csv.Train.Values, xlsx.Train.Values);
        Assert.Equal(csv.Test.Values, xlsx.Test.Values);
        Assert.Equal(csv.Labels!.Values, xlsx.Labels!.Values);
        Assert.Equal(["ECG1", "ECG2"], xlsx.ColumnNames);
        Assert.Contains(xlsx.Diagnostics.Notes, n => n.Contains("(mV), (mV)", StringComparison.Ordinal));
    }

    [SharedDataFact("mba")]
    public void ReadAnnotationsXlsx_EqualsCsvAnnotations()
    {
        var folder = SharedData.Find("mba")!;
        Assert.Equal(
            MbaDataset.ReadAnnotationsCsv(Path.Combine(folder, "labels.csv")),
            MbaDataset.ReadAnnotationsXlsx(Path.Combine(folder, "labels.xlsx")));
    }

    [Fact]
    public void ReadSignalsCsv_TextInNumericColumn_NamesFileLineAndColumn()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("train.csv", "sample,ECG1,ECG2\n0,0.1,0.2\n1,abc,0.3\n");
        var ex = Assert.Throws<TabularFormatException>(() => MbaDataset.ReadSignalsCsv(file));
        Assert.Equal(3, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.Contains("train.csv line 3", ex.Message);
        Assert.Contains("'ECG1'", ex.Message);
        Assert.Contains("'abc'", ex.Message);
    }

    [Fact]
    public void ReadAnnotationsCsv_UnshiftedHeader_Throws()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("labels.csv", "Time,Sample #,Type\n00:00:00.367,47,F\n");
        var ex = Assert.Throws<TabularFormatException>(() => MbaDataset.ReadAnnotationsCsv(file));
        Assert.Contains("Time,Sample,#", ex.Message);
    }

    [Fact]
    public void MbaLabels_SpanAtEdges_ClipsAndCounts()
    {
        var result = MbaLabels.Build([new MbaAnnotation(5, "V"), new MbaAnnotation(98, "N")], 100, ["a"]);
        Assert.Equal(15 + 18, result.ClippedRows); // 15 rows below 0, 18 rows at or above 100 (offsets −20…19)
        Assert.Equal(25 + 22, result.AnomalousRows);
        Assert.Equal(1, result.Labels[0, 0]);
        Assert.Equal(0, result.Labels[25, 0]);
        Assert.Equal(1, result.Labels[24, 0]);
    }

    [Fact]
    public void Load_NoFolder_FindsMbaThroughTheDataRoot()
    {
        var ds = MbaDataset.Load();
        Assert.Equal((7680, 2), ds.Train.Shape);
    }
}

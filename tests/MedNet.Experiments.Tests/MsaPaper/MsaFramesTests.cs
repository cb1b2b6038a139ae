using MedNet.Experiments.MsaPaper;
using MedNet.Models.Classification;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>The [MSA] notebook tables: sizes beside the registry's, per-component counts, per-class figures and confusion cells.</summary>
public class MsaFramesTests
{
    [Fact]
    public void LadderSizes_PaperWidthRows_CountsBesideTheRegistrysParameters()
    {
        var rows = MsaTable2.Rows();

        var frame = MsaFrames.LadderSizes([rows[0], rows[6]]);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("Baseline CNN-LSTM", frame.Columns["row"][0]);
        Assert.Equal(8.47, (double)frame.Columns["paper_parameters_m"][0]!);
        Assert.Equal(3.56, (double)frame.Columns["paper_parameters_m"][1]!);
        var ours = (double)frame.Columns["parameters_m"][0]!;
        Assert.Equal(new MsaClassifier((MsaClassifierConfig)rows[0].Architecture).parameter_count() / 1e6, ours, 9);
        Assert.Equal(ours / 8.47, (double)frame.Columns["ratio"][0]!, 9);
        Assert.True((double)frame.Columns["gflops"][1]! > 0);
    }

    [Fact]
    public void Components_FullNetwork_PartsSumToTheTotal()
    {
        var spec = MsaTable2.Rows()[5] with { Architecture = new MsaClassifierConfig { StemChannels = 8, BranchChannels = 4, BlockChannels = 12, LstmHidden = 4, HeadHidden = 8 } };
        var model = spec.Build();

        var frame = MsaFrames.Components(model, spec.Flops(model, 360));

        var n = (int)frame.Rows.Count;
        Assert.Equal("total", frame.Columns["component"][n - 1]);
        Assert.Equal("stem", frame.Columns["component"][0]);
        long parameters = 0;
        double mflops = 0;
        for (var i = 0; i < n - 1; i++)
        {
            parameters += (long)frame.Columns["parameters"][i]!;
            mflops += (double)frame.Columns["mflops"][i]!;
        }

        Assert.Equal(model.parameter_count(), parameters);
        Assert.Equal((double)frame.Columns["mflops"][n - 1]!, mflops, 6);
    }

    [Fact]
    public void PerClassAndConfusion_FromMsaMetrics_MatchTheCountsAndTheRegistrysAurocs()
    {
        var metrics = new Dictionary<string, double>();
        int[] actual = [0, 0, 1, 2, 2, 2];
        int[] predicted = [0, 1, 1, 2, 2, 0];
        var probabilities = new float[actual.Length * 5];
        for (var i = 0; i < actual.Length; i++)
        {
            probabilities[(i * 5) + predicted[i]] = 1;
        }

        MsaMetrics.Add(metrics, "hf", actual, predicted, probabilities);

        var confusion = MsaFrames.Confusion(metrics, "hf");
        Assert.Equal(1, confusion[0, 1]);
        Assert.Equal(2, confusion[2, 2]);
        Assert.Equal(1, confusion[2, 0]);
        var frame = MsaFrames.PerClass(metrics, "hf");
        Assert.Equal(3.0, (double)frame.Columns["support"][2]!);
        Assert.Equal(2.0 / 3, (double)frame.Columns["sensitivity"][2]!, 9);
        Assert.Equal(0.997, (double)frame.Columns["paper_auroc"][0]!);
        Assert.Equal(0.968, (double)frame.Columns["paper_auroc"][4]!);
        var ex = Assert.Throws<ArgumentException>(() => MsaFrames.PerClass(metrics, "dsc"));
        Assert.Contains("'dsc.<class>.support'", ex.Message);
    }

    [Fact]
    public void ClassCounts_Record100_ColumnsSumToTheLoadedBeats()
    {
        var data = MsaBeatData.Load(SharedData.Shipped("mitdb"), new MsaDataOptions { Records = ["100"], RecordSeconds = 120 });
        var all = Enumerable.Range(0, data.Count).ToArray();

        var frame = MsaFrames.ClassCounts(data, [new SubjectFold(0, all[..10], all[10..], ["100"])]);

        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal((long)data.Count, (long)frame.Columns["all"][5]!);
        Assert.Equal(10L, (long)frame.Columns["fold0_train"][5]!);
        Assert.Equal((long)data.Count - 10, (long)frame.Columns["fold0_test"][5]!);
    }
}

using MedNet.Experiments.MsaPaper;
using MedNet.Signals.Balancing;
using MedNet.Signals.Splits;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>The [MSA] data pipeline on the shipped record 100 and, when present, on ../shared/data/mitdb.</summary>
public class MsaDataTests
{
    private static readonly Lazy<MsaBeatData> Record100 = new(() =>
        MsaBeatData.Load(SharedData.Shipped("mitdb"), new MsaDataOptions { Records = ["100"] }));

    [Fact]
    public void Load_Record100_GivesItsAamiBeatsInNineHundredSampleWindows()
    {
        var data = Record100.Value;
        Assert.Equal(900, data.WindowLength);
        var counts = data.ClassCounts();
        // Record 100: 2239 N, 33 A (→ S), 1 V; beats within 1.25 s of either end have no full window.
        Assert.InRange(counts[0], 2230, 2239);
        Assert.Equal(33, counts[1]);
        Assert.Equal(1, counts[2]);
        Assert.Equal(0, counts[3] + counts[4]);
        var samples = data.Samples([0, 1, 2]);
        Assert.Equal(3 * 900, samples.FeatureCount);
        Assert.Equal(["100", "100", "100"], samples.Subjects);
    }

    [Fact]
    public void Fill_CentreBeat_LeadIsZScoredAndPriorsMarkItsQrsAndStT()
    {
        var data = Record100.Value;
        var row = new float[3 * 900];
        data.Fill(10, row);
        var lead = row.AsSpan(0, 900).ToArray();
        Assert.Equal(0, lead.Average(), 4);
        Assert.Equal(1, Math.Sqrt(lead.Select(v => (double)v * v).Average()), 3);
        Assert.Equal(1f, row[900 + 450]); // QRS prior at R
        Assert.Equal(0f, row[900 + 450 + 19]); // R + 53 ms is outside ±50 ms
        Assert.Equal(1f, row[1800 + 450 + 72]); // ST-T prior at R + 200 ms
        Assert.Equal(0f, row[1800 + 450 + 20]); // R + 56 ms is before the ST-T window
    }

    [Fact]
    public void SpectralCheck_Record100_PreservingKeepsTheBandConventionalRemovesIt()
    {
        var record = Signals.Datasets.MitBih.Load(SharedData.Shipped("mitdb"), "100");
        var check = MsaPreprocessing.SpectralCheck("100", record.Signal.AsSpan(0, 360 * 300), 360);
        Assert.InRange(check.PreservingShare, 0.85, 1.05);
        Assert.InRange(check.ConventionalShare, 0.0, 0.2);
        Assert.True(check.RawPower > 0);
    }

    [Fact]
    public void SpectralCheck_BandAboveNyquist_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MsaPreprocessing.SpectralCheck("x", new float[4096], 250));
        Assert.Equal("highHz", ex.ParamName);
    }

    [Fact]
    public void Options_BadWindow_ListsTheProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => MsaBeatData.Load(SharedData.Shipped("mitdb"), new MsaDataOptions { Records = ["100"], WindowSeconds = 0 }));
        Assert.Contains("WindowSeconds", ex.Message);
    }

    private static MsaBeatData Smoke() =>
        MsaBeatData.Load(SharedData.Find("mitdb")!, new MsaDataOptions { Records = MsaSettings.SmokeRecords, MaxBeatsPerClassPerRecord = 12, WindowSeconds = 1, RecordSeconds = 600 });

    [SharedDataFact("mitdb")]
    public void Folds_BothProtocols_KeepEverySubjectOnOneSide()
    {
        var data = Smoke();
        var ds = Assert.Single(MsaSplits.Folds(data, MsaProtocol.InterPatient, 10, 0));
        Assert.All(ds.TrainIndices, i => Assert.Contains(data.RecordOf(i), DeChazalSplit.DS1));
        Assert.All(ds.TestIndices, i => Assert.Contains(data.RecordOf(i), DeChazalSplit.DS2));
        foreach (var fold in MsaSplits.Folds(data, MsaProtocol.SubjectKFold, 3, 0))
        {
            var test = fold.TestIndices.Select(data.SubjectOf).ToHashSet();
            Assert.DoesNotContain(fold.TrainIndices, i => test.Contains(data.SubjectOf(i)));
        }
    }

    [SharedDataFact("mitdb")]
    public void TrainingSet_SmoteTomekAndAugmentation_NeverTouchATestBeatOrItsNeighbours()
    {
        var data = Smoke();
        var fold = Assert.Single(MsaSplits.Folds(data, MsaProtocol.InterPatient, 10, 0));
        var plain = MsaTrainingSet.Build(data, fold, new SmoteTomekOptions { MaxGrowth = 4 }, MsaAugmentation.None, 0);
        var test = data.Samples(fold.TestIndices);
        var original = data.Samples(fold.TrainIndices);
        Assert.True(plain.Balance!.SyntheticPerClass.Sum() > 0);

        // No training row comes from a held-out record, synthetic rows included.
        var held = fold.TestSubjects.ToHashSet();
        Assert.DoesNotContain(plain.Train.Subjects, s => held.Contains(s.Replace("synthetic:", "", StringComparison.Ordinal)));

        // Each synthetic row lies on a segment between two training rows, so it is nearer to a training row than to any test row.
        for (var i = 0; i < plain.Train.Count; i++)
        {
            if (!plain.Train.Subjects[i].StartsWith("synthetic:", StringComparison.Ordinal))
            {
                continue;
            }

            var row = plain.Train.Row(i).ToArray();
            var toTrain = Enumerable.Range(0, original.Count).Min(j => Distance(row, original.Row(j)));
            var toTest = Enumerable.Range(0, test.Count).Min(j => Distance(row, test.Row(j)));
            Assert.True(toTrain < toTest, $"synthetic row {i} is nearer a test beat ({toTest}) than any training beat ({toTrain})");
        }

        // The test side is exactly the data's test beats, never resampled or perturbed, whatever the augmentation.
        var augmented = MsaTrainingSet.Build(data, fold, new SmoteTomekOptions { MaxGrowth = 4 }, new MsaAugmentation { Probability = 1 }, 0);
        Assert.Equal(augmented.Train.Count, augmented.Augmented);
        Assert.Equal(test.Features, augmented.Test.Features);
        Assert.Equal(test.Labels, augmented.Test.Labels);
        var testRows = Enumerable.Range(0, test.Count).Select(j => test.Row(j).ToArray()).ToList();
        for (var i = 0; i < augmented.Train.Count; i++)
        {
            var row = augmented.Train.Row(i).ToArray();
            Assert.DoesNotContain(testRows, t => t.AsSpan().SequenceEqual(row));
        }
    }

    private static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Distance(a, b);
}

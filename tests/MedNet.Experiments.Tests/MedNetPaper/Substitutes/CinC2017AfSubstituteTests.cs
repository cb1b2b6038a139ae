// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Signals.Windowing;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

public class CinC2017AfSubstituteTests
{
    /// <summary>Scaling is float32 arithmetic on values of order 1.</summary>
    private const float ScaleTolerance = 1e-5f;

    private static readonly CinC2017AfSubstituteOptions Unscaled = CinC2017AfSubstituteOptions.Default with { Scaling = RecordingScaling.None };

    /// <summary>10 N (lengths 400–490), 5 A (lengths 300–440), 2 O, 1 ~.</summary>
    private static TempFolder SyntheticRoot()
    {
        var folder = new TempFolder();
        var records = new List<(string, int)>();
        for (var i = 0; i < 10; i++)
        {
            records.Add(("N", 400 + (10 * i)));
        }

        for (var i = 0; i < 5; i++)
        {
            records.Add(("A", 300 + (35 * i)));
        }

        records.AddRange([("O", 500), ("O", 500), ("~", 500)]);
        CinC2017Fixture.Write(folder.Path, records);
        return folder;
    }

    private static string[] Ids(IReadOnlyList<LabelledRecording> list) => list.Select(r => r.Id).ToArray();

    [Fact]
    public void Build_Synthetic_FixedLengthDropsShorterAndCountsExcluded()
    {
        using var root = SyntheticRoot();

        var set = CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 400 }, seed: 1);

        Assert.All(set.Train.Concat(set.Test), r => Assert.Equal(400, r.Length));
        Assert.Equal(10 + 2, set.Train.Count + set.Test.Count); // A lengths 300, 335, 370 dropped
        Assert.Contains(set.Notes, n => n.Contains("dropped as shorter: N 0, A 3", StringComparison.Ordinal));
        Assert.Contains(set.Notes, n => n.Contains("excluded O (other rhythm) 2 and ~ (noisy) 1", StringComparison.Ordinal));
        Assert.Equal(300.0, set.SampleRateHz);
    }

    [Fact]
    public void Build_Synthetic_StratifiedAndDisjoint()
    {
        using var root = SyntheticRoot();

        var set = CinC2017AfSubstitute.Build(root.Path, Unscaled with { LengthRule = CinC2017LengthRule.CropToShortest }, seed: 3);

        Assert.Equal((2, 1), (set.Test.Count(r => r.Label == 0), set.TestAnomalies)); // round(0.2·10), round(0.2·5)
        Assert.Equal((8, 4), (set.Train.Count(r => r.Label == 0), set.TrainAnomalies));
        Assert.Empty(Ids(set.Train).Intersect(Ids(set.Test)));
        Assert.All(set.Train.Concat(set.Test), r => Assert.Equal(300, r.Length));
    }

    [Fact]
    public void Build_Synthetic_SameSeedSameSetOtherSeedOtherSplit()
    {
        using var root = SyntheticRoot();

        var a = CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 300 }, seed: 5);
        var b = CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 300 }, seed: 5);
        var differs = Enumerable.Range(6, 10).Any(s => !Ids(CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 300 }, seed: s).Test).Order().SequenceEqual(Ids(a.Test).Order()));

        Assert.Equal(Ids(a.Train), Ids(b.Train));
        Assert.Equal(Ids(a.Test), Ids(b.Test));
        Assert.Equal(a.Test[0].Samples, b.Test[0].Samples);
        Assert.True(differs);
    }

    [Fact]
    public void Build_Synthetic_ReadsMillivolts()
    {
        using var root = SyntheticRoot();

        var set = CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 300 }, seed: 0);
        var first = set.Train.Concat(set.Test).Single(r => r.Id == "A00002");

        Assert.Equal(0.010f, first.Samples[0], ScaleTolerance); // int16 10 / 1000
        Assert.Equal(0.011f, first.Samples[1], ScaleTolerance);
    }

    [Fact]
    public void Build_NormalOnlyTraining_DropsTrainingAfAndKeepsTest()
    {
        using var root = SyntheticRoot();
        var options = Unscaled with { FixedLength = 300 };

        var mixed = CinC2017AfSubstitute.Build(root.Path, options, seed: 2);
        var clean = CinC2017AfSubstitute.Build(root.Path, options with { NormalOnlyTraining = true }, seed: 2);

        Assert.Equal(0, clean.TrainAnomalies);
        Assert.Equal(Ids(mixed.Test), Ids(clean.Test));
        Assert.Equal(mixed.Train.Count - mixed.TrainAnomalies, clean.Train.Count);
    }

    [Fact]
    public void Build_PerTimeStepMinMax_UsesTrainingStatisticsOnly()
    {
        using var root = SyntheticRoot();
        var options = Unscaled with { FixedLength = 300 };
        static bool SameValues(IReadOnlyList<LabelledRecording> a, IReadOnlyList<LabelledRecording> b) =>
            a.Zip(b).All(p => p.First.Samples.SequenceEqual(p.Second.Samples));

        // A seed whose test rows would change min_t or max_t if they fed the statistics (record i is offset by 10·i).
        var seed = Enumerable.Range(0, 30).First(s =>
        {
            var r = CinC2017AfSubstitute.Build(root.Path, options, s);
            var all = RecordingScaler.Fit([.. r.Train, .. r.Test], RecordingScaling.PerTimeStepMinMax).Apply(r.Test);
            return !SameValues(all, RecordingScaler.Fit(r.Train, RecordingScaling.PerTimeStepMinMax).Apply(r.Test));
        });
        var raw = CinC2017AfSubstitute.Build(root.Path, options, seed);

        var scaled = CinC2017AfSubstitute.Build(root.Path, options with { Scaling = RecordingScaling.PerTimeStepMinMax }, seed);

        Assert.True(SameValues(RecordingScaler.Fit(raw.Train, RecordingScaling.PerTimeStepMinMax).Apply(raw.Test), scaled.Test));
        Assert.True(SameValues(RecordingScaler.Fit(raw.Train, RecordingScaling.PerTimeStepMinMax).Apply(raw.Train), scaled.Train));
    }

    [Fact]
    public void Build_EveryRecordingTooShort_NamedErrorWithCounts()
    {
        using var root = SyntheticRoot();

        var ex = Assert.Throws<InvalidDataException>(() => CinC2017AfSubstitute.Build(root.Path, Unscaled with { FixedLength = 480 }, seed: 0));

        Assert.Contains("got N 2, A 0", ex.Message); // N lengths 480 and 490 reach 480
        Assert.Contains("N 8, A 5", ex.Message);
    }

    [Fact]
    public void Build_InvalidOptions_ListsEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => CinC2017AfSubstitute.Build("/nonexistent", new CinC2017AfSubstituteOptions { FixedLength = 0, TestFraction = 1.5 }));

        Assert.Contains("FixedLength", ex.Message);
        Assert.Contains("TestFraction", ex.Message);
    }

    [Fact]
    public void Build_MissingDataRoot_NamesFolder()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CinC2017AfSubstitute.Build("/nonexistent/data"));

        Assert.Contains("'/nonexistent/data'", ex.Message);
    }

    [SharedDataFact("cinc2017")]
    public void Build_RealDefaults_CountsAndLengths()
    {
        var set = CinC2017AfSubstitute.Build(Path.GetDirectoryName(SharedData.Find("cinc2017")!), seed: 0);

        // Validation folder: N 150, A 50; 16 N and 7 A are shorter than 9000 samples → N 134, A 43; test round(0.2·n).
        Assert.Equal((107, 34), (set.Train.Count - set.TrainAnomalies, set.TrainAnomalies));
        Assert.Equal((27, 9), (set.Test.Count - set.TestAnomalies, set.TestAnomalies));
        Assert.All(set.Train.Concat(set.Test), r => Assert.Equal(9000, r.Length));
        Assert.Empty(Ids(set.Train).Intersect(Ids(set.Test)));
        Assert.All(set.Train.Concat(set.Test), r => Assert.Matches("^A0\\d{4}$", r.Id));
        var windows = RecordingWindows.Create(set.Test, WindowSpec.NonOverlapping(10));
        Assert.Equal(36 * 900, windows.Count);
    }

    [SharedDataFact("cinc2017")]
    public void Build_RealCropToShortest_KeepsAll200At3002()
    {
        var options = CinC2017AfSubstituteOptions.Default with { LengthRule = CinC2017LengthRule.CropToShortest };

        var set = CinC2017AfSubstitute.Build(SharedData.Find("cinc2017"), options, seed: 7);

        Assert.Equal((200, 50), (set.Train.Count + set.Test.Count, set.TrainAnomalies + set.TestAnomalies));
        Assert.Equal((30, 10), (set.Test.Count - set.TestAnomalies, set.TestAnomalies));
        Assert.All(set.Train, r => Assert.Equal(3002, r.Length));
    }

    [SharedDataFact("cinc2017")]
    public void Build_RealSameSeed_Deterministic()
    {
        var root = SharedData.Find("cinc2017");

        var a = CinC2017AfSubstitute.Build(root, seed: 11);
        var b = CinC2017AfSubstitute.Build(root, seed: 11);
        var c = CinC2017AfSubstitute.Build(root, seed: 12);

        Assert.Equal(Ids(a.Test), Ids(b.Test));
        Assert.Equal(a.Train[5].Samples, b.Train[5].Samples);
        Assert.NotEqual(Ids(a.Test).Order(), Ids(c.Test).Order());
    }

    [SharedDataFact("cinc2017")]
    public void Build_RealPerTimeStepMinMax_TrainingInUnitRange()
    {
        var set = CinC2017AfSubstitute.Build(SharedData.Find("cinc2017"), seed: 0);

        Assert.All(set.Train, r => Assert.InRange(r.Samples.Min(), 0f, 1f));
        Assert.All(set.Train, r => Assert.InRange(r.Samples.Max(), 0f, 1f));
        Assert.Contains(set.Notes, n => n.Contains("training recordings only", StringComparison.Ordinal));
    }

    [Fact]
    public void DetectBeats_SyntheticSpikes_FindsEachRPeakAsDetectedBeat()
    {
        // 20 s at 300 Hz, a 40 ms triangular QRS every 0.8 s on a flat line.
        var signal = new float[6000];
        var truth = new List<int>();
        for (var r = 150; r < signal.Length - 20; r += 240)
        {
            truth.Add(r);
            for (var k = -6; k <= 6; k++)
            {
                signal[r + k] = 1.5f * (1 - (Math.Abs(k) / 6f));
            }
        }

        var beats = CinC2017AfSubstitute.DetectBeats(signal);

        Assert.All(beats, b => Assert.True(b.IsDetected));
        Assert.InRange(beats.Length, truth.Count - 2, truth.Count); // the detector's learning phase may skip the first beats
        Assert.All(beats, b => Assert.Contains(truth, r => Math.Abs(r - b.Sample) <= 6));
    }

    [Fact]
    public void Build_CropToShortest_DetectedBeatsStayInsideCroppedRecordings()
    {
        using var root = SyntheticRoot();

        var set = CinC2017AfSubstitute.Build(root.Path, Unscaled with { LengthRule = CinC2017LengthRule.CropToShortest }, seed: 1);

        Assert.All(set.Train.Concat(set.Test), r =>
        {
            Assert.NotNull(r.Beats);
            Assert.All(r.Beats!, b => Assert.True(b.IsDetected && b.Sample < r.Length));
        });
    }
}

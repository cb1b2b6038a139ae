// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Signals.Datasets;
using MedNet.Signals.Wfdb;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

public class MitBihBeatSubstituteTests
{
    private static MitBihRecord Record100() => MitBih.Load(SharedData.Shipped("mitdb"), "100");

    private static string[] Ids(IReadOnlyList<LabelledRecording> list) => list.Select(r => r.Id).ToArray();

    private static string RecordOf(LabelledRecording segment) => segment.Id[..segment.Id.IndexOf('@', StringComparison.Ordinal)];

    [Theory]
    [InlineData("N", false)]
    [InlineData("L", false)]
    [InlineData("R", false)]
    [InlineData("e", false)]
    [InlineData("j", false)]
    [InlineData("A", true)]
    [InlineData("V", true)]
    [InlineData("F", true)]
    [InlineData("/", true)]
    [InlineData("Q", true)]
    [InlineData("+", false)]
    [InlineData("~", false)]
    public void IsNonNormalBeat_Symbol_FollowsAamiRule(string symbol, bool expected)
    {
        var code = Enumerable.Range(0, 50).First(c => AnnotationCodes.Symbol(c) == symbol);

        Assert.Equal(expected, MitBihBeatSubstitute.IsNonNormalBeat(new WfdbAnnotation(0, code, 0, 0, 0, null)));
    }

    [Fact]
    public void PatientOf_202_Is201()
    {
        Assert.Equal(("201", "201", "203"), (MitBihBeatSubstitute.PatientOf("202"), MitBihBeatSubstitute.PatientOf("201"), MitBihBeatSubstitute.PatientOf("203")));
    }

    [Fact]
    public void Segment_Record100Default_180SegmentsAt128Hz()
    {
        var record = Record100();

        var segments = MitBihBeatSubstitute.Segment(record);

        Assert.Equal(180, segments.Count); // 650,000 / 360 Hz = 1805.6 s → 180 × 10 s
        Assert.All(segments, s => Assert.Equal(1280, s.Length));
        Assert.Equal(34, record.Annotations.Count(MitBihBeatSubstitute.IsNonNormalBeat)); // 33 A + 1 V
        Assert.Equal("100@0", segments[0].Id);
    }

    [Fact]
    public void Segment_Record100_LabelIsMaxOfPointLabelsAndMatchesBeats()
    {
        var record = Record100();
        var options = MitBihBeatSubstituteOptions.Default with { TargetRateHz = null };

        var segments = MitBihBeatSubstitute.Segment(record, options);

        var expected = new HashSet<long>(record.Annotations.Where(MitBihBeatSubstitute.IsNonNormalBeat).Select(a => a.Sample / 3600));
        for (var k = 0; k < segments.Count; k++)
        {
            Assert.Equal(expected.Contains(k) ? 1 : 0, segments[k].Label);
            Assert.Equal(segments[k].Label, segments[k].PointLabels!.Max());
        }

        Assert.InRange(segments.Count(s => s.Label == 1), 1, 34);
    }

    [Fact]
    public void Segment_NativeRate_PointLabelsMarkFortySamplesAroundBeat()
    {
        var record = Record100();
        var beat = record.Annotations.First(a => MitBihBeatSubstitute.IsNonNormalBeat(a) && a.Sample % 3600 is > 100 and < 3500);
        var options = MitBihBeatSubstituteOptions.Default with { TargetRateHz = null };

        var segment = MitBihBeatSubstitute.Segment(record, options)[(int)(beat.Sample / 3600)];

        var s = (int)(beat.Sample % 3600);
        Assert.Equal(1, segment.PointLabels![s - 20]);
        Assert.Equal(1, segment.PointLabels[s + 19]);
        Assert.Equal(3600, segment.Length);
        Assert.Equal(record.Signal[(int)beat.Sample], segment.Samples[s]);
    }

    [Fact]
    public void Segment_MaxSegmentsPerRecord_TakesFirst()
    {
        var segments = MitBihBeatSubstitute.Segment(Record100(), MitBihBeatSubstituteOptions.Default with { MaxSegmentsPerRecord = 3, SegmentSeconds = 2 });

        Assert.Equal(["100@0", "100@1", "100@2"], Ids(segments));
        Assert.All(segments, s => Assert.Equal(256, s.Length));
    }

    [Fact]
    public void Build_ShippedSingleRecord_NamedErrorNeedsTwoPatients()
    {
        var ex = Assert.Throws<InvalidDataException>(() =>
            MitBihBeatSubstitute.Build(SharedData.Shipped("mitdb"), MitBihBeatSubstituteOptions.Default with { Records = ["100"] }, seed: 0));

        Assert.Contains("at least 2 patients", ex.Message);
        Assert.Contains("got 1 (100)", ex.Message);
    }

    [Fact]
    public void Build_ShippedOnlyNormalSegments_NamedErrorWithCounts()
    {
        // The first 4 s of record 100 hold only normal beats (its first A beat is at 5.7 s).
        var options = MitBihBeatSubstituteOptions.Default with { Records = ["100"], SegmentSeconds = 2, MaxSegmentsPerRecord = 2 };

        var ex = Assert.Throws<InvalidDataException>(() => MitBihBeatSubstitute.Build(SharedData.Shipped("mitdb"), options, seed: 0));

        Assert.Contains("normal 2, anomalous 0", ex.Message);
    }

    [Fact]
    public void Build_InvalidOptions_ListsEveryProblem()
    {
        var options = new MitBihBeatSubstituteOptions { Records = ["110", "100", "100"], SegmentSeconds = 0, TestFraction = 0 };

        var ex = Assert.Throws<ArgumentException>(() => MitBihBeatSubstitute.Build("/nonexistent", options));

        Assert.Contains("'110'", ex.Message);
        Assert.Contains("'100' is listed twice", ex.Message);
        Assert.Contains("SegmentSeconds", ex.Message);
        Assert.Contains("TestFraction", ex.Message);
    }

    [SharedDataFact("mitdb")]
    public void Build_Smoke_DeterministicAndSplitByPatient()
    {
        var root = SharedData.Find("mitdb");

        var a = MitBihBeatSubstitute.Build(root, MitBihBeatSubstituteOptions.Smoke, seed: 3);
        var b = MitBihBeatSubstitute.Build(root, MitBihBeatSubstituteOptions.Smoke, seed: 3);

        Assert.Equal(Ids(a.Train), Ids(b.Train));
        Assert.Equal(Ids(a.Test), Ids(b.Test));
        Assert.Equal(180, a.Train.Count + a.Test.Count); // 6 records × 30 segments
        Assert.Empty(a.Train.Select(RecordOf).Intersect(a.Test.Select(RecordOf)));
        Assert.True(a.TrainAnomalies > 0 && a.TestAnomalies > 0);
        Assert.Equal(128.0, a.SampleRateHz);
    }

    [SharedDataFact("mitdb")]
    public void Build_201And202_AlwaysSameSide()
    {
        var options = MitBihBeatSubstituteOptions.Default with { Records = ["100", "101", "201", "202", "203", "205"], MaxSegmentsPerRecord = 6 };

        for (var seed = 0; seed < 6; seed++)
        {
            var set = MitBihBeatSubstitute.Build(SharedData.Find("mitdb"), options, seed);
            var testRecords = set.Test.Select(RecordOf).ToHashSet();
            Assert.Equal(testRecords.Contains("201"), testRecords.Contains("202"));
            Assert.Empty(set.Train.Select(RecordOf).Intersect(testRecords));
        }
    }

    [SharedDataFact("mitdb")]
    public void Build_Default_44RecordsPacedExcludedScaledFromTraining()
    {
        var set = MitBihBeatSubstitute.Build(SharedData.Find("mitdb"), seed: 0);

        Assert.Equal(44 * 180, set.Train.Count + set.Test.Count);
        var records = set.Train.Concat(set.Test).Select(RecordOf).ToHashSet();
        Assert.Equal(44, records.Count);
        Assert.DoesNotContain("107", records);
        Assert.InRange(set.Test.Count, 0.15 * 7920, 0.25 * 7920);
        Assert.Equal(0f, set.Train.Min(r => r.Samples.Min()), 1e-6f); // global min-max fitted on training segments
        Assert.Contains(set.Notes, n => n.Contains("paced records left out: 102 104 107 217", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_Record100_BeatsAreEveryBeatAnnotationInsideWithSymbol()
    {
        var record = Record100();
        var options = MitBihBeatSubstituteOptions.Default with { TargetRateHz = null, MaxSegmentsPerRecord = 20 };

        var segments = MitBihBeatSubstitute.Segment(record, options);

        for (var k = 0; k < segments.Count; k++)
        {
            var expected = record.Annotations.Where(a => a.IsBeat && a.Sample / 3600 == k).Select(a => new BeatMark((int)(a.Sample - (3600L * k)), a.Symbol)).ToArray();
            Assert.Equal(expected, segments[k].Beats);
            Assert.Equal(segments[k].Label == 1, segments[k].Beats!.Any(b => MitBihBeatSubstitute.IsNonNormalSymbol(b.Symbol)));
        }

        Assert.Contains(segments, s => s.Beats!.Any(b => b.Symbol == "A"));
    }

    [Fact]
    public void Segment_Resampled_BeatsMapToTargetRate()
    {
        var record = Record100();

        var native = MitBihBeatSubstitute.Segment(record, MitBihBeatSubstituteOptions.Default with { TargetRateHz = null, MaxSegmentsPerRecord = 3 });
        var resampled = MitBihBeatSubstitute.Segment(record, MitBihBeatSubstituteOptions.Default with { MaxSegmentsPerRecord = 3 });

        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(native[k].Beats!.Select(b => b.Symbol), resampled[k].Beats!.Select(b => b.Symbol));
            Assert.All(native[k].Beats!.Zip(resampled[k].Beats!), p => Assert.InRange(p.Second.Sample - (p.First.Sample * 128.0 / 360), -1, 1));
        }
    }

    [Theory]
    [InlineData("N", false)]
    [InlineData("e", false)]
    [InlineData("V", true)]
    [InlineData("A", true)]
    [InlineData("*", true)]
    public void IsNonNormalSymbol_FollowsAamiRule(string symbol, bool expected)
    {
        Assert.Equal(expected, MitBihBeatSubstitute.IsNonNormalSymbol(symbol));
    }
}

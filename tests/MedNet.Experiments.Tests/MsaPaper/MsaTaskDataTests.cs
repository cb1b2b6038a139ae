using MedNet.Experiments.MsaPaper;
using MedNet.Signals.Datasets;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>The record-level task data of [MSA] Table 1: label rules, splits, segments (synthetic), and the builders on
/// ../shared/data/ptbxl and ../shared/data/cinc2017 when present.</summary>
public class MsaTaskDataTests
{
    private static PtbXlRecord Record(int id, long patient, int fold, PtbXlSuperclass super, params string[] codes) =>
        new(id, patient, 60, codes.ToDictionary(c => c, _ => 100.0), fold, $"records100/00000/{id:D5}_lr", $"records500/00000/{id:D5}_hr", super,
            PtbXlMiLocalisation.Walls(codes));

    [Fact]
    public void PtbXlLabel_DetectionKeepsPureNormAndAnyMi_DropsTheRest()
    {
        var detection = MsaRecordTask.PtbXlMiDetection;
        Assert.Equal(0, MsaPtbXlTasks.Label(Record(1, 1, 1, PtbXlSuperclass.Norm, "NORM", "SR"), detection));
        Assert.Equal(1, MsaPtbXlTasks.Label(Record(2, 2, 1, PtbXlSuperclass.MI, "IMI"), detection));
        Assert.Equal(1, MsaPtbXlTasks.Label(Record(3, 3, 1, PtbXlSuperclass.MI | PtbXlSuperclass.Sttc, "ASMI", "NDT"), detection));
        Assert.Null(MsaPtbXlTasks.Label(Record(4, 4, 1, PtbXlSuperclass.Norm | PtbXlSuperclass.CD, "NORM", "IRBBB"), detection));
        Assert.Null(MsaPtbXlTasks.Label(Record(5, 5, 1, PtbXlSuperclass.Sttc, "NDT"), detection));
        Assert.Null(MsaPtbXlTasks.Label(Record(6, 6, 1, PtbXlSuperclass.None), detection));
    }

    [Fact]
    public void PtbXlLabel_LocalisationKeepsSingleWallMi_DropsMultiWallAndPosteriorOnly()
    {
        var loc = MsaRecordTask.PtbXlMiLocalisation;
        Assert.Equal(0, MsaPtbXlTasks.Label(Record(1, 1, 1, PtbXlSuperclass.MI, "ASMI"), loc));
        Assert.Equal(1, MsaPtbXlTasks.Label(Record(2, 2, 1, PtbXlSuperclass.MI, "IMI"), loc));
        Assert.Equal(1, MsaPtbXlTasks.Label(Record(3, 3, 1, PtbXlSuperclass.MI, "IPMI"), loc)); // posterior ignored
        Assert.Equal(2, MsaPtbXlTasks.Label(Record(4, 4, 1, PtbXlSuperclass.MI, "LMI"), loc));
        Assert.Null(MsaPtbXlTasks.Label(Record(5, 5, 1, PtbXlSuperclass.MI, "ALMI"), loc)); // anterior + lateral
        Assert.Null(MsaPtbXlTasks.Label(Record(6, 6, 1, PtbXlSuperclass.MI, "ASMI", "IMI"), loc));
        Assert.Null(MsaPtbXlTasks.Label(Record(7, 7, 1, PtbXlSuperclass.MI, "PMI"), loc));
        Assert.Null(MsaPtbXlTasks.Label(Record(8, 8, 1, PtbXlSuperclass.Norm, "NORM"), loc));
    }

    [Fact]
    public void CinCSplit_StratifiedDisjointAndSeeded()
    {
        var labels = new[] { CinC2017Label.Normal, CinC2017Label.AtrialFibrillation, CinC2017Label.Other, CinC2017Label.Noisy };
        var counts = new[] { 50, 10, 20, 2 };
        var entries = new List<CinC2017Entry>();
        for (var c = 0; c < labels.Length; c++)
        {
            for (var i = 0; i < counts[c]; i++)
            {
                entries.Add(new CinC2017Entry($"A{c}{i:D4}", labels[c]));
            }
        }

        var a = MsaCinCTasks.Split(entries, 5);
        Assert.Equal(a, MsaCinCTasks.Split(entries, 5));
        Assert.NotEqual(a, MsaCinCTasks.Split(entries, 6));
        for (var c = 0; c < labels.Length; c++)
        {
            var sides = entries.Select((e, i) => (e, s: a[i])).Where(t => t.e.Label == labels[c]).Select(t => t.s).ToList();
            var n = counts[c];
            Assert.Equal(n < 2 ? 0 : (int)Math.Ceiling(0.2 * n), sides.Count(s => s == 2));
            Assert.Equal(n < 3 ? 0 : (int)Math.Ceiling(0.1 * n), sides.Count(s => s == 1));
        }
    }

    [Theory]
    [InlineData(9000, 3000, 1500, 5)] // 30 s at 300 Hz: starts 0, 5, 10, 15, 20 s
    [InlineData(9001, 3000, 1500, 5)]
    [InlineData(10500, 3000, 1500, 6)] // the 35 s tail 30–35 s is shorter than a segment and dropped
    [InlineData(3000, 3000, 1500, 1)]
    [InlineData(2714, 3000, 1500, 1)] // shorter than 10 s: one zero-padded segment
    public void Starts_TenSecondSegmentsWithHalfOverlap(int samples, int length, int step, int expected)
    {
        var starts = MsaRecordWindows.Starts(samples, length, step);
        Assert.Equal(expected, starts.Length);
        Assert.All(starts.Skip(1).Zip(starts), p => Assert.Equal(step, p.First - p.Second));
    }

    [Fact]
    public void Fill_ZScoresEachLead_PadsPastTheEnd_AndMarksPriors()
    {
        var rate = 100.0;
        var lead0 = Enumerable.Range(0, 800).Select(i => (float)Math.Sin(i / 7.0) * 3 + 5).ToArray();
        var lead1 = Enumerable.Range(0, 800).Select(i => (float)(i % 13)).ToArray();
        var row = new float[4 * 1000];
        MsaRecordWindows.Fill([lead0, lead1], 0, 1000, [100, 400, 900], rate, row);
        for (var c = 0; c < 2; c++)
        {
            var x = row.AsSpan(c * 1000, 800).ToArray();
            Assert.Equal(0, x.Average(), 4);
            Assert.Equal(1, Math.Sqrt(x.Select(v => v * v).Average()), 3);
            Assert.All(row.AsSpan((c * 1000) + 800, 200).ToArray(), v => Assert.Equal(0f, v));
        }

        var qrs = row.AsSpan(2000, 1000);
        Assert.Equal(1f, qrs[100]);
        Assert.Equal(1f, qrs[400]);
        Assert.Equal(0f, qrs[250]);
        Assert.Equal(1f, row[3000 + 400 + 20]); // ST-T: R + 100 … 300 ms
        Assert.Throws<ArgumentException>(() => MsaRecordWindows.Fill([lead0], 0, 1000, [], rate, new float[5]));
    }

    [Fact]
    public void TaskMetrics_BinaryUsesThePositiveClass_MultiClassTheMacroMean()
    {
        int[] actual = [0, 0, 0, 1, 1];
        int[] predicted = [0, 0, 1, 1, 0];
        float[] p = [0.9f, 0.1f, 0.8f, 0.2f, 0.4f, 0.6f, 0.3f, 0.7f, 0.6f, 0.4f];
        var m = new Dictionary<string, double>();
        MsaTaskMetrics.Add(m, "t", actual, predicted, p, ["neg", "pos"], 1, ["a", "a", "b", "c", "d"], 100, 0);
        Assert.Equal(0.6, m["t.accuracy"], 12);
        Assert.Equal(0.5, m["t.sensitivity"], 12); // 1 of 2 positives
        Assert.Equal(2.0 / 3, m["t.specificity"], 12);
        Assert.Equal(0.5, m["t.f1"], 12);
        Assert.Equal(4.0, m["t.test_records"]);
        Assert.True(m["t.accuracy.ci_low"] <= 0.6 && m["t.accuracy.ci_high"] >= 0.6);
        var macro = new Dictionary<string, double>();
        MsaTaskMetrics.Add(macro, "t", actual, predicted, p, ["neg", "pos"], null, ["a", "a", "b", "c", "d"], 0, 0);
        Assert.Equal((0.5 + (2.0 / 3)) / 2, macro["t.sensitivity"], 12);
        Assert.False(macro.ContainsKey("t.accuracy.ci_low"));
    }

    [Fact]
    public void PerRecord_AveragesSegmentProbabilities()
    {
        var (records, actual, predicted, p) = MsaTaskMetrics.PerRecord(["x", "x", "y"], [1, 1, 0], [0.2f, 0.8f, 0.6f, 0.4f, 0.9f, 0.1f], 2);
        Assert.Equal(["x", "y"], records);
        Assert.Equal([1, 0], actual);
        Assert.Equal([1, 0], predicted);
        Assert.Equal(0.6f, p[1], 5);
        Assert.Throws<ArgumentException>(() => MsaTaskMetrics.PerRecord(["x", "x"], [0, 1], [1, 0, 0, 1], 2));
    }

    [Fact]
    public void Scores_WriteRead_RoundTripsAndGivesRocCurves()
    {
        using var dir = new TempFolder();
        var scores = new MsaTaskScores(["NORM", "MI"], ["1", "2", "3"], [0, 1, 1], [0.9f, 0.1f, 0.3f, 0.7f, 0.6f, 0.4f]);
        var path = MsaTaskScores.PathOf(dir.Path, "msa-table1", 0, "ptbxl-mi");
        scores.Write(path);
        var back = MsaTaskScores.Read(path);
        Assert.Equal(scores.Records, back.Records);
        Assert.Equal(scores.Actual, back.Actual);
        Assert.Equal(scores.Probabilities, back.Probabilities);
        Assert.Equal(1.0, back.Roc(1)!.Auc, 12);
    }

    [SharedDataFact("ptbxl")]
    public void PtbXlBuild_StratFoldSplitIsPatientDisjoint_LabelsFollowTheRule()
    {
        var db = PtbXlDatabase.Load(SharedData.Find("ptbxl")!);
        var data = MsaPtbXlTasks.Build(db, MsaRecordTask.PtbXlMiDetection, 50);
        Assert.Equal(12, data.Leads);
        Assert.Equal(500, data.Length);
        Assert.Equal(14 * 500, data.Train.Samples.FeatureCount);
        var sides = new[] { data.Train, data.Validation, data.Test };
        var patients = sides.Select(s => s.Samples.Subjects.ToHashSet()).ToArray();
        Assert.Empty(patients[0].Intersect(patients[1]));
        Assert.Empty(patients[0].Intersect(patients[2]));
        Assert.Empty(patients[1].Intersect(patients[2]));
        var byId = db.Records.ToDictionary(r => r.EcgId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (side, split) in new[] { (data.Train, PtbXlSplit.Train), (data.Validation, PtbXlSplit.Validation), (data.Test, PtbXlSplit.Test) })
        {
            for (var i = 0; i < side.Count; i++)
            {
                var r = byId[side.Records[i]];
                Assert.Equal(split, r.Split);
                Assert.Equal(MsaPtbXlTasks.Label(r, MsaRecordTask.PtbXlMiDetection), side.Samples.Labels[i]);
            }
        }

        var labelled = db.Records.Where(r => r.EcgId <= 200).Count(r => MsaPtbXlTasks.Label(r, MsaRecordTask.PtbXlMiDetection) is not null);
        Assert.Equal(labelled, sides.Sum(s => s.Count));
    }

    [SharedDataFact("cinc2017")]
    public void CinCBuild_SegmentsPerRecordFollowTheHop_RecordsStayOnOneSide()
    {
        var folder = Path.Combine(SharedData.Find("cinc2017")!, "validation");
        var entries = CinC2017.ReadReference(Path.Combine(folder, "REFERENCE.csv")).Take(30).ToList();
        var data = MsaCinCTasks.Build(folder, entries, MsaRecordTask.CinCRhythm, 50, seed: 0);
        Assert.Equal(1, data.Leads);
        var all = new[] { data.Train, data.Validation, data.Test };
        var recordSets = all.Select(s => s.Records.ToHashSet()).ToArray();
        Assert.Empty(recordSets[0].Intersect(recordSets[2]));
        Assert.Empty(recordSets[0].Intersect(recordSets[1]));
        Assert.Empty(recordSets[1].Intersect(recordSets[2]));
        foreach (var e in entries)
        {
            var length = (CinC2017.ReadSignal(folder, e.Record).Length + 5) / 6; // 300 → 50 Hz, ⌈n / 6⌉ samples
            var expected = MsaRecordWindows.Starts(length, 500, 250).Length;
            var segments = all.Sum(s => s.Records.Count(r => r == e.Record));
            Assert.Equal(expected, segments);
            var side = all.Single(s => s.Records.Contains(e.Record));
            Assert.All(side.Samples.Labels.Where((_, i) => side.Records[i] == e.Record), l => Assert.Equal((int)e.Label, l));
        }
    }
}

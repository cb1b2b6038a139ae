using MedNet.Signals.Balancing;
using MedNet.Signals.Splits;

namespace MedNet.Signals.Tests.Balancing;

public class SmoteTomekTests
{
    /// <summary>float32 interpolation: collinearity holds to a few ulps.</summary>
    private const double Tolerance = 1e-4;

    private static LabelledSamples Samples(int seed)
    {
        var r = new Random(seed);
        var f = new List<float>();
        var l = new List<int>();
        var s = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            int label = i % 10 == 0 ? 1 : i % 25 == 0 ? 2 : 0; // imbalanced: ~270 / 30 / ~8
            f.Add((float)(r.NextDouble() + (label * 2)));
            f.Add((float)(r.NextDouble() - label));
            l.Add(label);
            s.Add($"p{i % 12}");
        }

        return new LabelledSamples([.. f], 2, [.. l], [.. s]);
    }

    [Fact]
    public void Resample_TrainingFold_NeverContainsHeldOutSamplesOrSubjects()
    {
        var all = Samples(1);
        var fold = SubjectStratifiedKFold.Split(all.Subjects, all.Labels, 4, 0)[0];
        var test = fold.Test(all);
        var balanced = SmoteTomek.Resample(fold.Training(all), new SmoteTomekOptions { Seed = 3 });

        var heldOut = test.Subjects.ToHashSet();
        Assert.DoesNotContain(balanced.Samples.Subjects, s => heldOut.Contains(s.Replace("synthetic:", string.Empty, StringComparison.Ordinal)));
        var testRows = Enumerable.Range(0, test.Count).Select(i => (test.Row(i)[0], test.Row(i)[1])).ToHashSet();
        Assert.DoesNotContain(Enumerable.Range(0, balanced.Samples.Count), i => testRows.Contains((balanced.Samples.Row(i)[0], balanced.Samples.Row(i)[1])));
    }

    [Fact]
    public void Resample_SyntheticSamples_LieBetweenTwoTrainingSamplesOfTheirClass()
    {
        var all = Samples(2);
        var fold = SubjectStratifiedKFold.Split(all.Subjects, all.Labels, 3, 0)[1];
        var train = fold.Training(all);
        var balanced = SmoteTomek.Resample(train, new SmoteTomekOptions { Seed = 5, Neighbours = 3 });
        Assert.True(balanced.SyntheticPerClass[1] > 0);
        var t = train.CopySamples();
        for (int i = 0; i < balanced.Samples.Count; i++)
        {
            if (!balanced.Samples.Subjects[i].StartsWith("synthetic:", StringComparison.Ordinal))
            {
                continue;
            }

            var p = balanced.Samples.Row(i);
            int c = balanced.Samples.Labels[i];
            bool onSegment = false;
            for (int a = 0; a < t.Count && !onSegment; a++)
            {
                for (int b = 0; b < t.Count && !onSegment; b++)
                {
                    if (t.Labels[a] != c || t.Labels[b] != c || a == b)
                    {
                        continue;
                    }

                    var xa = t.Row(a);
                    var xb = t.Row(b);
                    double cross = ((xb[0] - xa[0]) * (p[1] - xa[1])) - ((xb[1] - xa[1]) * (p[0] - xa[0]));
                    double dot = ((p[0] - xa[0]) * (xb[0] - xa[0])) + ((p[1] - xa[1]) * (xb[1] - xa[1]));
                    double len2 = ((xb[0] - xa[0]) * (xb[0] - xa[0])) + ((xb[1] - xa[1]) * (xb[1] - xa[1]));
                    onSegment = Math.Abs(cross) < Tolerance && dot >= -Tolerance && dot <= len2 + Tolerance;
                }
            }

            Assert.True(onSegment, $"synthetic sample {i} is not between two training samples of class {c}");
        }
    }

    [Fact]
    public void Resample_BalancesClassesUpToTomekRemovals()
    {
        var all = Samples(3);
        var train = SubjectStratifiedKFold.Split(all.Subjects, all.Labels, 4, 0)[2].Training(all);
        var b = SmoteTomek.Resample(train);
        int max = Enumerable.Range(0, 3).Max(c => train.Labels.Count(l => l == c));
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(max - b.RemovedPerClass[c], b.Samples.Labels.Count(l => l == c));
        }
    }

    [Fact]
    public void Resample_TomekLink_RemovesBothMembers()
    {
        // Two tight clusters plus an opposite-label pair that are each other's nearest neighbours.
        // Sample 8 (subject "z", far away) is the held-out side every fold needs.
        float[] f = [0, 0, 0.1f, 0, 0, 0.1f, 10, 10, 10.1f, 10, 10, 10.1f, 5, 5, 5.01f, 5, 99, 99];
        int[] labels = [0, 0, 0, 1, 1, 1, 0, 1, 0];
        string[] subjects = ["a", "a", "a", "b", "b", "b", "c", "d", "z"];
        var samples = new LabelledSamples(f, 2, labels, subjects);
        var fold = new SubjectFold(0, [0, 1, 2, 3, 4, 5, 6, 7], [8], ["z"]);
        var b = SmoteTomek.Resample(fold.Training(samples));
        Assert.Equal(1, b.RemovedPerClass[0]);
        Assert.Equal(1, b.RemovedPerClass[1]);
        Assert.Equal(6, b.Samples.Count);
    }

    [Fact]
    public void Resample_MaxGrowthFour_GrowsAMinorityClassToFourTimesItsCountAtMost()
    {
        // 40 samples of class 0 on a line, 5 of class 1 far away: full balance would add 35, "+300 %" adds 15.
        var f = new List<float>();
        var labels = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            f.AddRange([i, 0]);
            labels.Add(0);
        }

        for (var i = 0; i < 5; i++)
        {
            f.AddRange([1000 + i, 1000]);
            labels.Add(1);
        }

        f.AddRange([-1000, -1000]); // sample 45: the held-out side
        labels.Add(0);
        var samples = new LabelledSamples([.. f], 2, [.. labels], [.. Enumerable.Repeat("s", 45), "held"]);
        var fold = new SubjectFold(0, [.. Enumerable.Range(0, 45)], [45], ["held"]);
        Assert.Equal(15, SmoteTomek.Resample(fold.Training(samples), new SmoteTomekOptions { MaxGrowth = 4 }).SyntheticPerClass[1]);
        Assert.Equal(35, SmoteTomek.Resample(fold.Training(samples)).SyntheticPerClass[1]);
        Assert.Contains("MaxGrowth", Assert.Throws<ArgumentException>(() => SmoteTomek.Resample(fold.Training(samples), new SmoteTomekOptions { MaxGrowth = 0.5 })).Message);
    }

    [Fact]
    public void Resample_SameSeed_SameOutput()
    {
        var all = Samples(4);
        var fold = SubjectStratifiedKFold.Split(all.Subjects, all.Labels, 4, 0)[0];
        var a = SmoteTomek.Resample(fold.Training(all), new SmoteTomekOptions { Seed = 11 });
        var b = SmoteTomek.Resample(fold.Training(all), new SmoteTomekOptions { Seed = 11 });
        Assert.Equal(a.Samples.Features, b.Samples.Features);
    }

    [Fact]
    public void Training_FoldFromOtherSamples_Throws()
    {
        var all = Samples(5);
        var fold = new SubjectFold(0, [0, 1], [2], [all.Subjects[0]]);
        Assert.Throws<InvalidOperationException>(() => fold.Training(all));
    }
}

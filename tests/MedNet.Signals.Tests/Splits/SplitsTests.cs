using MedNet.Signals.Splits;

namespace MedNet.Signals.Tests.Splits;

public class SplitsTests
{
    [Fact]
    public void DeChazal_Ds1AndDs2_AreDisjoint22RecordsAndCoverMitdbWithPaced()
    {
        Assert.Equal(22, DeChazalSplit.DS1.Count);
        Assert.Equal(22, DeChazalSplit.DS2.Count);
        Assert.Empty(DeChazalSplit.DS1.Intersect(DeChazalSplit.DS2));
        var all = DeChazalSplit.DS1.Concat(DeChazalSplit.DS2).Concat(DeChazalSplit.Paced).Order().ToArray();
        string[] mitdb = ["100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "111", "112", "113", "114", "115", "116", "117", "118", "119",
            "121", "122", "123", "124", "200", "201", "202", "203", "205", "207", "208", "209", "210", "212", "213", "214", "215", "217", "219", "220",
            "221", "222", "223", "228", "230", "231", "232", "233", "234"];
        Assert.Equal(mitdb, all);
    }

    [Fact]
    public void DeChazal_AsFold_TrainsOnDs1Only()
    {
        string[] records = ["101", "100", "102", "106", "234"];
        var fold = DeChazalSplit.AsFold(records);
        Assert.Equal([0, 3], fold.TrainIndices);
        Assert.Equal([1, 4], fold.TestIndices);
    }

    internal static (string[] Subjects, int[] Labels) Synthetic(int subjects, int perSubject, int seed)
    {
        var r = new Random(seed);
        var s = new List<string>();
        var l = new List<int>();
        for (int g = 0; g < subjects; g++)
        {
            int dominant = r.Next(3);
            for (int i = 0; i < perSubject + r.Next(perSubject); i++)
            {
                s.Add($"p{g:D3}");
                l.Add(r.NextDouble() < 0.7 ? dominant : r.Next(3));
            }
        }

        return ([.. s], [.. l]);
    }

    [Fact]
    public void SubjectKFold_NoSubjectOnBothSides_AndEverySampleTestedOnce()
    {
        var (subjects, labels) = Synthetic(47, 20, 3);
        var folds = SubjectStratifiedKFold.Split(subjects, labels, 10, seed: 42);
        Assert.Equal(10, folds.Count);
        var tested = new int[labels.Length];
        foreach (var f in folds)
        {
            var train = f.TrainIndices.Select(i => subjects[i]).ToHashSet();
            var test = f.TestIndices.Select(i => subjects[i]).ToHashSet();
            Assert.Empty(train.Intersect(test));
            Assert.Equal(labels.Length, f.TrainIndices.Count + f.TestIndices.Count);
            foreach (var i in f.TestIndices)
            {
                tested[i]++;
            }
        }

        Assert.All(tested, n => Assert.Equal(1, n));
    }

    [Fact]
    public void SubjectKFold_ClassSharesAreBalancedAcrossFolds()
    {
        var (subjects, labels) = Synthetic(60, 20, 5);
        var folds = SubjectStratifiedKFold.Split(subjects, labels, 5, seed: 1);
        for (int c = 0; c < 3; c++)
        {
            double total = labels.Count(l => l == c);
            foreach (var f in folds)
            {
                // 60 subjects into 5 folds: each fold should hold roughly 1/5 of every class.
                Assert.InRange(f.TestIndices.Count(i => labels[i] == c) / total, 0.12, 0.28);
            }
        }
    }

    [Fact]
    public void SubjectKFold_SameSeed_SameFolds()
    {
        var (subjects, labels) = Synthetic(30, 10, 9);
        var a = SubjectStratifiedKFold.Split(subjects, labels, 5, 3);
        var b = SubjectStratifiedKFold.Split(subjects, labels, 5, 3);
        Assert.Equal(a.Select(f => f.TestSubjects), b.Select(f => f.TestSubjects));
    }

    [Fact]
    public void SubjectKFold_MoreFoldsThanSubjects_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SubjectStratifiedKFold.Split(["a", "b"], [0, 1], 3, 0));
}

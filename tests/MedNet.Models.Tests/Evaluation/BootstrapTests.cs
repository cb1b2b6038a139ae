using MedNet.Models.Evaluation;

namespace MedNet.Models.Tests.Evaluation;

public class BootstrapTests
{
    private static double Mean(IReadOnlyList<double> values, int[] idx)
    {
        double s = 0;
        foreach (var i in idx)
        {
            s += values[i];
        }

        return s / idx.Length;
    }

    [Fact]
    public void OverGroups_SameSeed_SameInterval_OtherSeed_Differs()
    {
        var values = Enumerable.Range(0, 40).Select(i => (double)((i * 37) % 11)).ToArray();
        var groups = Enumerable.Range(0, 40).Select(i => $"r{i / 4}").ToArray();
        Func<int[], double>[] stats = [idx => Mean(values, idx)];
        var a = Bootstrap.OverGroups(groups, stats, 500, 3)[0];
        var b = Bootstrap.OverGroups(groups, stats, 500, 3)[0];
        var c = Bootstrap.OverGroups(groups, stats, 500, 4)[0];
        Assert.Equal(a, b);
        Assert.NotEqual(a.Lower, c.Lower);
        Assert.Equal(values.Average(), a.Estimate, 12);
        Assert.True(a.Lower < a.Estimate && a.Estimate < a.Upper, $"{a.Lower} < {a.Estimate} < {a.Upper}");
        Assert.Equal(10, a.Groups);
        Assert.Equal(500, a.Valid);
    }

    [Fact]
    public void OverGroups_GroupsStayWhole_ConstantWithinGroupGivesOnlyGroupMeans()
    {
        // Group A: one sample of 0; group B: nine samples of 1. Drawing whole groups can only give the means
        // AA → 0, AB or BA → 9/10 = 0.9, BB → 1; a per-sample bootstrap would give many other values.
        var groups = new[] { "A" }.Concat(Enumerable.Repeat("B", 9)).ToArray();
        var values = new double[] { 0 }.Concat(Enumerable.Repeat(1.0, 9)).ToArray();
        var seen = new HashSet<double>();
        Func<int[], double>[] stats = [idx => { var m = Math.Round(Mean(values, idx), 9); seen.Add(m); return m; }];
        Bootstrap.OverGroups(groups, stats, 200, 0);
        Assert.Subset(new HashSet<double> { 1, 0.9, 0.0 }, seen);
    }

    [Fact]
    public void OverGroups_NaNResamplesAreCountedAndLeftOut()
    {
        var groups = new[] { "a", "b" };
        var i = 0;
        Func<int[], double>[] stats = [_ => i++ % 2 == 0 ? 1.0 : double.NaN];
        var r = Bootstrap.OverGroups(groups, stats, 10, 0)[0];
        Assert.Equal(5, r.Valid); // the estimate is call 0, then 10 resamples alternate NaN, 1
        Assert.Equal(1.0, r.Lower);
        Assert.Equal(1.0, r.Upper);
    }

    [Fact]
    public void Percentile_InterpolatesLinearlyAsNumPy()
    {
        double[] v = [1, 2, 3, 4];
        Assert.Equal(1.075, Bootstrap.Percentile(v, 0.025), 12); // numpy.percentile([1,2,3,4], 2.5) = 1.075
        Assert.Equal(3.925, Bootstrap.Percentile(v, 0.975), 12);
        Assert.Equal(2.5, Bootstrap.Percentile(v, 0.5), 12);
    }

    [Fact]
    public void OverGroups_BadInput_NamesTheArgument()
    {
        Func<int[], double>[] stats = [_ => 0];
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => Bootstrap.OverGroups([], stats, 10, 0)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => Bootstrap.OverGroups(["a", ""], stats, 10, 0)).ParamName);
        Assert.Equal("resamples", Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.OverGroups(["a"], stats, 0, 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.OverGroups(["a"], stats, 10, 0, 1.5)).ParamName);
    }
}

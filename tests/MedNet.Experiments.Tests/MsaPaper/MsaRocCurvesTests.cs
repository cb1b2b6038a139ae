// SPDX-License-Identifier: MIT
using MedNet.Experiments.MsaPaper;
using MedNet.Experiments.Runs;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.Tests.MsaPaper;

/// <summary>One-vs-rest ROC curves for the run record: exact areas, thinned points, absent classes, and the JSON round trip.</summary>
public class MsaRocCurvesTests
{
    [Fact]
    public void Compute_OneCurvePerPresentClass_WithTheExactArea()
    {
        // Four beats: N, N, V, S; class c's score is column c. V's score 0.6 is beaten by the second N beat's 0.7.
        int[] actual = [0, 0, 2, 1];
        float[] p =
        [
            0.9f, 0.05f, 0.05f, 0, 0,
            0.2f, 0.1f, 0.7f, 0, 0,
            0.3f, 0.1f, 0.6f, 0, 0,
            0.2f, 0.7f, 0.1f, 0, 0,
        ];
        var curves = MsaRocCurves.Compute("hf", actual, p);
        Assert.Equal(["hf.roc.N", "hf.roc.S", "hf.roc.V"], curves.Select(c => c.Name));
        Assert.Equal(RocCurve.Compute([0.9, 0.2, 0.3, 0.2], [true, true, false, false])!.Auc, curves[0].Area);
        Assert.Equal(2.0 / 3, curves[2].Area!.Value, 12);
        Assert.All(curves, c => Assert.Equal(c.X.Length, c.Y.Length));
    }

    [Fact]
    public void Compute_WrongProbabilityCount_NamesBothSizes()
    {
        var ex = Assert.Throws<ArgumentException>(() => MsaRocCurves.Compute("hf", [0, 1], new float[9]));
        Assert.Contains("2 × 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimate_KeepsEndsAndStepsOfAtLeastTheStep()
    {
        var x = Enumerable.Range(0, 1001).Select(i => i / 1000.0).ToArray();
        var y = x.Select(v => Math.Sqrt(v)).ToArray();
        var (dx, dy) = MsaRocCurves.Decimate(x, y, 0.01);
        Assert.Equal(0, dx[0]);
        Assert.Equal(1, dx[^1]);
        Assert.InRange(dx.Length, 60, 202);
        for (var i = 1; i < dx.Length - 1; i++)
        {
            Assert.True(Math.Max(dx[i] - dx[i - 1], dy[i] - dy[i - 1]) >= 0.01, $"point {i} moved less than the step");
        }
    }

    [Fact]
    public void RunRecord_Curves_SurviveTheJsonRoundTrip()
    {
        var ctx = new RunContext(MedNet.Experiments.Profiles.RunProfile.Smoke, 0, 1, null, "abc", Path.GetTempPath());
        var record = new RunRecord("msa-table2", ctx, [], "ff", "/data", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1, [], new Dictionary<string, double>(), [])
        {
            Curves = [new RunCurve("hf.roc.N", "false positive rate", "true positive rate", [0, 0.5, 1], [0, 0.9, 1], 0.95)],
        };
        var back = RunRecord.FromJson(record.ToJson());
        var curve = Assert.Single(back.Curves!);
        Assert.Equal("hf.roc.N", curve.Name);
        Assert.Equal([0, 0.9, 1], curve.Y);
        Assert.Equal(0.95, curve.Area);
    }
}

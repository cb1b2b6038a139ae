// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Models.Tests.Evaluation;

public class ClassificationMetricsTests
{
    /// <summary>Ratios of small integers: only double rounding separates the code from the exact fraction.</summary>
    private const double Exact = 1e-12;

    private static readonly string[] Abc = ["A", "B", "C"];

    // Worked example, rows = true class, columns = predicted:
    //
    //            pred A  pred B  pred C | support
    //   true A      5       1       0   |   6
    //   true B      1       2       1   |   4
    //   true C      0       3       7   |  10
    //   ------------------------------------------
    //   predicted   6       6       8   |  N = 20, correct = 14, accuracy = 14/20 = 0.7
    //
    //   class  TP  FN  FP  TN | sensitivity  specificity  precision  F1 = 2TP / (2TP + FP + FN)
    //   A       5   1   1  13 |   5/6          13/14        5/6        10/12 = 5/6
    //   B       2   2   4  12 |   2/4          12/16        2/6         4/10 = 2/5
    //   C       7   3   1   9 |   7/10          9/10        7/8        14/18 = 7/9
    //
    //   macro     = (A + B + C) / 3:        sens 61/90,   spec 361/420, prec 49/72,   F1 181/270
    //   weighted  = (6A + 4B + 10C) / 20:   sens 14/20,   spec 123/140, prec 181/240, F1 647/900
    private static readonly long[,] Worked = { { 5, 1, 0 }, { 1, 2, 1 }, { 0, 3, 7 } };

    [Fact]
    public void Compute_WorkedThreeClassExample_MatchesHandComputedPerClassValues()
    {
        var (actual, predicted) = Expand(Worked);
        var m = ClassificationMetrics.Compute(actual, predicted, Abc);

        Assert.Equal(Worked, m.Matrix.ToArray());
        Assert.Equal(0.7, m.Accuracy, Exact);
        Assert.Equal([6L, 4L, 10L], [m.PerClass[0].Support, m.PerClass[1].Support, m.PerClass[2].Support]);
        AssertClass(m.PerClass[0], "A", 5.0 / 6, 13.0 / 14, 5.0 / 6, 5.0 / 6);
        AssertClass(m.PerClass[1], "B", 2.0 / 4, 12.0 / 16, 2.0 / 6, 2.0 / 5);
        AssertClass(m.PerClass[2], "C", 7.0 / 10, 9.0 / 10, 7.0 / 8, 7.0 / 9);
    }

    [Fact]
    public void Compute_WorkedThreeClassExample_MatchesHandComputedAverages()
    {
        var (actual, predicted) = Expand(Worked);
        var m = ClassificationMetrics.Compute(actual, predicted, Abc);

        AssertAverages(m.Macro, 61.0 / 90, 361.0 / 420, 49.0 / 72, 181.0 / 270);
        AssertAverages(m.Weighted, 14.0 / 20, 123.0 / 140, 181.0 / 240, 647.0 / 900);
        Assert.Null(m.Macro.Auroc);
        Assert.Null(m.Weighted.Auroc);
    }

    [Fact]
    public void Macro_ImbalancedClasses_DiffersFromWeighted()
    {
        // The weak class B has the smallest support, so it pulls the macro average down more than the weighted one.
        var m = ClassificationMetrics.FromMatrix(ConfusionMatrix.FromCounts(Worked, Abc));
        Assert.True(m.Weighted.F1 - m.Macro.F1 > 0.04, $"weighted F1 {m.Weighted.F1} vs macro F1 {m.Macro.F1}");
        Assert.True(m.Weighted.Precision - m.Macro.Precision > 0.07);
        Assert.NotEqual(m.Macro.Sensitivity, m.Weighted.Sensitivity, Exact);
    }

    [Fact]
    public void FromMatrix_EqualsComputeOnExpandedLabels()
    {
        var (actual, predicted) = Expand(Worked);
        var fromLabels = ClassificationMetrics.Compute(actual, predicted, Abc);
        var fromMatrix = ClassificationMetrics.FromMatrix(ConfusionMatrix.FromCounts(Worked, Abc));
        Assert.Equal(fromLabels.Values(), fromMatrix.Values());
    }

    [Fact]
    public void Compute_ScikitLearnClassificationReportExample_MatchesReport()
    {
        // scikit-learn's classification_report docstring: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1] prints
        // precision 0.50 0.00 1.00, recall 1.00 0.00 0.67, f1 0.67 0.00 0.80, accuracy 0.60,
        // macro avg 0.50 0.56 0.49, weighted avg 0.70 0.60 0.61. Exact values: macro recall 5/9, macro F1 (2/3 + 4/5) / 3 = 22/45,
        // weighted F1 (2/3 + 3 · 4/5) / 5 = 46/75.
        var m = ClassificationMetrics.Compute([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], ["class 0", "class 1", "class 2"]);
        Assert.Equal([0.5, 0.0, 1.0], [m.PerClass[0].Precision, m.PerClass[1].Precision, m.PerClass[2].Precision]);
        Assert.Equal(2.0 / 3, m.PerClass[2].Sensitivity, Exact);
        Assert.Equal(2.0 / 3, m.PerClass[0].F1, Exact);
        Assert.Equal(0.6, m.Accuracy, Exact);
        Assert.Equal(0.5, m.Macro.Precision, Exact);
        Assert.Equal(5.0 / 9, m.Macro.Sensitivity, Exact);
        Assert.Equal(22.0 / 45, m.Macro.F1, Exact);
        Assert.Equal(0.7, m.Weighted.Precision, Exact);
        Assert.Equal(0.6, m.Weighted.Sensitivity, Exact);
        Assert.Equal(46.0 / 75, m.Weighted.F1, Exact);
    }

    [Fact]
    public void Compute_NothingPredictedAsClass_PrecisionIsZeroAsScikitLearnZeroDivision()
    {
        // scikit-learn's precision_score docstring: y_true = [0, 1, 2, 0, 1, 2], y_pred all 0 gives per-class precision
        // [1/3, 0, 0] with zero_division=0; the ill-defined classes still count in the macro mean (1/9).
        var m = ClassificationMetrics.Compute([0, 1, 2, 0, 1, 2], [0, 0, 0, 0, 0, 0], Abc);
        Assert.Equal(1.0 / 3, m.PerClass[0].Precision, Exact);
        Assert.Equal(0, m.PerClass[1].Precision);
        Assert.Equal(0, m.PerClass[2].Precision);
        Assert.Equal(0, m.PerClass[1].F1);
        Assert.Equal(1.0 / 9, m.Macro.Precision, Exact);
        Assert.False(double.IsNaN(m.Macro.F1));
    }

    [Fact]
    public void Compute_ClassWithoutSamples_SensitivityZeroAndCountsInMacro()
    {
        // Class C never occurs: its sensitivity is 0/0 → 0, its specificity 1; macro divides by K = 3, weighted ignores it.
        var m = ClassificationMetrics.Compute([0, 1, 0, 1], [0, 1, 0, 1], Abc);
        Assert.Equal(0, m.PerClass[2].Support);
        Assert.Equal(0, m.PerClass[2].Sensitivity);
        Assert.Equal(1, m.PerClass[2].Specificity);
        Assert.Equal(2.0 / 3, m.Macro.Sensitivity, Exact);
        Assert.Equal(1, m.Weighted.Sensitivity, Exact);
    }

    [Fact]
    public void Weighted_Sensitivity_EqualsAccuracy()
    {
        var rng = new Random(7);
        var actual = new int[200];
        var predicted = new int[200];
        for (var i = 0; i < actual.Length; i++)
        {
            actual[i] = rng.Next(5);
            predicted[i] = rng.Next(3) == 0 ? rng.Next(5) : actual[i];
        }

        var m = ClassificationMetrics.Compute(actual, predicted, ["N", "S", "V", "F", "Q"]);
        Assert.Equal(m.Accuracy, m.Weighted.Sensitivity, Exact);
    }

    [Fact]
    public void Compute_HandComputedScores_GivesOneVsRestAuroc()
    {
        // Class 0: positives score 0.7, 0.4 over negatives 0.3, 0.2 → 1. Class 1: positive 0.4 beats 0.2, 0.3 not 0.5 → 2/3.
        // Class 2: positive 0.5 beats 0.1, 0.3, 0.1 → 1. Macro (1 + 2/3 + 1) / 3 = 8/9; weighted (2 · 1 + 2/3 + 1) / 4 = 11/12.
        float[] p =
        [
            0.7f, 0.2f, 0.1f,
            0.3f, 0.4f, 0.3f,
            0.2f, 0.3f, 0.5f,
            0.4f, 0.5f, 0.1f,
        ];
        var m = ClassificationMetrics.Compute([0, 1, 2, 0], [0, 1, 2, 1], Abc, p);
        Assert.Equal(1, m.PerClass[0].Auroc!.Value, Exact);
        Assert.Equal(2.0 / 3, m.PerClass[1].Auroc!.Value, Exact);
        Assert.Equal(1, m.PerClass[2].Auroc!.Value, Exact);
        Assert.Equal(8.0 / 9, m.Macro.Auroc!.Value, Exact);
        Assert.Equal(11.0 / 12, m.Weighted.Auroc!.Value, Exact);
    }

    [Fact]
    public void Compute_RandomScores_AurocEqualsRocCurveOnBinarisedLabels()
    {
        const int n = 300, k = 4;
        var rng = new Random(11);
        var actual = new int[n];
        var predicted = new int[n];
        var p = new float[n * k];
        for (var i = 0; i < n; i++)
        {
            actual[i] = rng.Next(k);
            for (var c = 0; c < k; c++)
            {
                // Rounded to 0.05 so that ties occur; the true class gets a bonus so that the AUROCs differ from 0.5.
                p[(i * k) + c] = MathF.Round((float)rng.NextDouble() * 20f) / 20f + (c == actual[i] ? 0.3f : 0f);
            }

            predicted[i] = rng.Next(k);
        }

        var m = ClassificationMetrics.Compute(actual, predicted, ["N", "S", "V", "F"], p);
        for (var c = 0; c < k; c++)
        {
            var scores = new double[n];
            var positive = new bool[n];
            for (var i = 0; i < n; i++)
            {
                scores[i] = p[(i * k) + c];
                positive[i] = actual[i] == c;
            }

            var expected = RocCurve.Compute(scores, positive)!.Auc;
            Assert.Equal(expected, m.PerClass[c].Auroc!.Value, Exact);
            Assert.InRange(expected, 0.6, 1.0);
        }
    }

    [Fact]
    public void Compute_PerfectClassifier_EveryMetricIsOne()
    {
        int[] labels = [0, 1, 2, 0, 1, 2, 2];
        var p = new float[labels.Length * 3];
        for (var i = 0; i < labels.Length; i++)
        {
            p[(i * 3) + labels[i]] = 1f;
        }

        var m = ClassificationMetrics.Compute(labels, labels, Abc, p);
        Assert.Equal(1, m.Accuracy);
        foreach (var c in m.PerClass)
        {
            Assert.Equal([1.0, 1.0, 1.0, 1.0, 1.0], [c.Sensitivity, c.Specificity, c.Precision, c.F1, c.Auroc!.Value]);
        }

        foreach (var v in m.Values())
        {
            if (v.Metric != MetricName.Support)
            {
                Assert.True(Math.Abs(v.Value - 1) < Exact, $"{v.Scope}.{v.Metric} = {v.Value}");
            }
        }
    }

    [Fact]
    public void Compute_OnlyOneClassPresent_AurocIsNullAndNaNInValues()
    {
        var m = ClassificationMetrics.Compute([1, 1], [1, 0], Abc, [0.1f, 0.8f, 0.1f, 0.6f, 0.3f, 0.1f]);
        Assert.All(m.PerClass, c => Assert.Null(c.Auroc));
        Assert.Null(m.Macro.Auroc);
        Assert.Null(m.Weighted.Auroc);
        Assert.True(double.IsNaN(m.Values().Single(v => v.Metric == MetricName.Auroc && v.Scope == MetricScope.Macro).Value));
    }

    [Fact]
    public void Compute_OneClassAbsent_MacroAurocIsNull()
    {
        // Class C never occurs: its AUROC is undefined, so the averages are too (scikit-learn raises here).
        var m = ClassificationMetrics.Compute([0, 1, 0, 1], [0, 1, 0, 1], Abc, [0.9f, 0.1f, 0f, 0.2f, 0.8f, 0f, 0.7f, 0.3f, 0f, 0.4f, 0.6f, 0f]);
        Assert.Equal(1, m.PerClass[0].Auroc!.Value, Exact);
        Assert.Null(m.PerClass[2].Auroc);
        Assert.Null(m.Macro.Auroc);
        Assert.Null(m.Weighted.Auroc);
    }

    [Fact]
    public void Values_WorkedExample_ListsOverallAveragesThenClassesWithTheProperties()
    {
        var m = ClassificationMetrics.FromMatrix(ConfusionMatrix.FromCounts(Worked, Abc));
        var rows = m.Values();
        Assert.Equal(12 + (6 * 3), rows.Count);
        Assert.Equal(new MetricValue("accuracy", "overall", m.Accuracy), rows[0]);
        Assert.Equal(new MetricValue("support", "overall", 20), rows[1]);
        Assert.Equal(
            ["sensitivity", "specificity", "precision", "f1", "auroc"],
            rows.Where(r => r.Scope == "macro").Select(r => r.Metric));
        Assert.Equal(m.Weighted.F1, Get(rows, "f1", "weighted"));
        Assert.Equal(m.Macro.Specificity, Get(rows, "specificity", "macro"));
        Assert.Equal(4, Get(rows, "support", "B"));
        Assert.Equal(m.PerClass[1].Precision, Get(rows, "precision", "B"));
        Assert.Equal(m.PerClass[2].Sensitivity, Get(rows, "sensitivity", "C"));
        Assert.True(double.IsNaN(Get(rows, "auroc", "A")));
    }

    [Fact]
    public void Compute_ProbabilitiesWrongLength_ThrowsWithExpectedShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 1], [0, 1], Abc, [0.1f, 0.2f, 0.7f, 0.3f, 0.3f]));
        Assert.Contains("N × K = 2 × 3 = 6", ex.Message);
        Assert.Contains("got 5", ex.Message);
        Assert.Equal("probabilities", ex.ParamName);
    }

    [Fact]
    public void Compute_NaNProbability_ThrowsNamingRowAndClass()
    {
        float[] p = [0.1f, 0.2f, 0.7f, 0.3f, float.NaN, 0.3f];
        var ex = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 1], [0, 1], Abc, p));
        Assert.Contains("row 1, column 1 ('B')", ex.Message);
        Assert.Equal("probabilities", ex.ParamName);
    }

    [Fact]
    public void Compute_InfiniteProbability_Throws()
    {
        float[] p = [float.PositiveInfinity, 0.2f, 0.7f, 0.3f, 0.4f, 0.3f];
        var ex = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 1], [0, 1], Abc, p));
        Assert.Contains("row 0, column 0 ('A')", ex.Message);
    }

    [Fact]
    public void Compute_LengthMismatch_ThrowsWithBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 1, 2], [0, 1], Abc));
        Assert.Contains("3 and 2", ex.Message);
    }

    [Fact]
    public void Compute_LabelOutOfRange_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 5], [0, 1], Abc));
        Assert.Contains("actual[1] = 5", ex.Message);
    }

    private static double Get(IReadOnlyList<MetricValue> rows, string metric, string scope) =>
        rows.Single(r => r.Metric == metric && r.Scope == scope).Value;

    private static void AssertClass(ClassMetrics c, string name, double sensitivity, double specificity, double precision, double f1)
    {
        Assert.Equal(name, c.Class);
        Assert.Equal(sensitivity, c.Sensitivity, Exact);
        Assert.Equal(specificity, c.Specificity, Exact);
        Assert.Equal(precision, c.Precision, Exact);
        Assert.Equal(f1, c.F1, Exact);
        Assert.Null(c.Auroc);
    }

    private static void AssertAverages(AveragedMetrics a, double sensitivity, double specificity, double precision, double f1)
    {
        Assert.Equal(sensitivity, a.Sensitivity, Exact);
        Assert.Equal(specificity, a.Specificity, Exact);
        Assert.Equal(precision, a.Precision, Exact);
        Assert.Equal(f1, a.F1, Exact);
    }

    /// <summary>Labels that produce <paramref name="counts"/>, interleaved so that the classes are not sorted.</summary>
    private static (int[] Actual, int[] Predicted) Expand(long[,] counts)
    {
        var actual = new List<int>();
        var predicted = new List<int>();
        for (var i = 0; i < counts.GetLength(0); i++)
        {
            for (var j = 0; j < counts.GetLength(1); j++)
            {
                for (var r = 0; r < counts[i, j]; r++)
                {
                    var at = actual.Count == 0 ? 0 : (int)((actual.Count * 7L) % (actual.Count + 1));
                    actual.Insert(at, i);
                    predicted.Insert(at, j);
                }
            }
        }

        return ([.. actual], [.. predicted]);
    }
}

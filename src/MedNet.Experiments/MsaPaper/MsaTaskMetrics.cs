// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The metrics of one [MSA] Table 1 task with 95 % bootstrap intervals over records.</summary>
/// <remarks>
/// Source: [MSA] Table 1 (accuracy, sensitivity, specificity, F1, AUROC) — the paper states no averaging. Ours (D-MS-54):
/// a binary task (MI detection, AF detection) reports the positive class's sensitivity, specificity, F1 and AUROC; a
/// multi-class task reports the macro mean over the classes present in the test set (as part 1, D-MS-11). Per class and
/// weighted means are written too. Intervals: percentile bootstrap over records (<see cref="Bootstrap.OverGroups"/>),
/// <c>&lt;id&gt;.&lt;metric&gt;.ci_low|ci_high</c>; all values are fractions.
/// </remarks>
public static class MsaTaskMetrics
{
    /// <summary>The five headline metric names, in Table 1's column order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["accuracy", "sensitivity", "specificity", "f1", "auroc"];

    /// <summary>Coverage of the intervals.</summary>
    public const double Level = 0.95;

    /// <summary>The five headline values of computed metrics.</summary>
    /// <param name="m">The metrics.</param>
    /// <param name="positive">The positive class of a binary task, or null for a macro mean over the classes present.</param>
    /// <returns>Accuracy, sensitivity, specificity, F1, AUROC (NaN when undefined, e.g. no positive sample).</returns>
    public static double[] Headline(ClassificationMetrics m, int? positive)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (positive is { } p)
        {
            var c = m.PerClass[p];
            return c.Support == 0
                ? [m.Accuracy, double.NaN, c.Specificity, double.NaN, double.NaN]
                : [m.Accuracy, c.Sensitivity, c.Specificity, c.F1, c.Auroc ?? double.NaN];
        }

        double sens = 0, spec = 0, f1 = 0, auc = 0;
        int present = 0, withAuc = 0;
        foreach (var c in m.PerClass)
        {
            if (c.Support == 0)
            {
                continue;
            }

            present++;
            sens += c.Sensitivity;
            spec += c.Specificity;
            f1 += c.F1;
            if (c.Auroc is { } a)
            {
                auc += a;
                withAuc++;
            }
        }

        return present == 0
            ? [m.Accuracy, double.NaN, double.NaN, double.NaN, double.NaN]
            : [m.Accuracy, sens / present, spec / present, f1 / present, withAuc == 0 ? double.NaN : auc / withAuc];
    }

    /// <summary>Adds a task's metrics, per-class figures, confusion counts and bootstrap intervals.</summary>
    /// <param name="metrics">Receives the values.</param>
    /// <param name="id">Task prefix, e.g. <c>ptbxl-mi</c>.</param>
    /// <param name="actual">True classes (N).</param>
    /// <param name="predicted">Predicted classes (N).</param>
    /// <param name="probabilities">(N, K) softmax outputs.</param>
    /// <param name="classNames">The K class names.</param>
    /// <param name="positive">Positive class of a binary task, or null (macro).</param>
    /// <param name="records">Record of each sample (the bootstrap's unit).</param>
    /// <param name="resamples">Bootstrap resamples; 0 skips the intervals.</param>
    /// <param name="seed">Seed of the bootstrap.</param>
    /// <returns>The metrics on all test samples.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static ClassificationMetrics Add(
        IDictionary<string, double> metrics, string id, int[] actual, int[] predicted, float[] probabilities, IReadOnlyList<string> classNames,
        int? positive, IReadOnlyList<string> records, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count != actual.Length)
        {
            throw new ArgumentException($"MsaTaskMetrics.Add: expected one record per sample ({actual.Length}) but got {records.Count}.", nameof(records));
        }

        var k = classNames.Count;
        var m = ClassificationMetrics.Compute(actual, predicted, classNames, probabilities);
        var head = Headline(m, positive);
        for (var i = 0; i < Names.Count; i++)
        {
            metrics[$"{id}.{Names[i]}"] = head[i];
        }

        var weighted = m.Weighted;
        metrics[$"{id}.weighted_sensitivity"] = weighted.Sensitivity;
        metrics[$"{id}.weighted_f1"] = weighted.F1;
        metrics[$"{id}.test_samples"] = actual.Length;
        metrics[$"{id}.test_records"] = records.Distinct(StringComparer.Ordinal).Count();
        foreach (var c in m.PerClass)
        {
            metrics[$"{id}.{c.Class}.support"] = c.Support;
            metrics[$"{id}.{c.Class}.sensitivity"] = c.Sensitivity;
            metrics[$"{id}.{c.Class}.specificity"] = c.Specificity;
            metrics[$"{id}.{c.Class}.precision"] = c.Precision;
            metrics[$"{id}.{c.Class}.f1"] = c.F1;
            metrics[$"{id}.{c.Class}.auroc"] = c.Auroc ?? double.NaN;
        }

        for (var a = 0; a < k; a++)
        {
            for (var p = 0; p < k; p++)
            {
                metrics[$"{id}.confusion.{classNames[a]}.{classNames[p]}"] = m.Matrix[a, p];
            }
        }

        if (resamples > 0)
        {
            int[]? last = null;
            double[] cached = [];
            double[] Values(int[] sample)
            {
                if (!ReferenceEquals(sample, last))
                {
                    var ya = new int[sample.Length];
                    var yp = new int[sample.Length];
                    var pr = new float[sample.Length * k];
                    for (var j = 0; j < sample.Length; j++)
                    {
                        ya[j] = actual[sample[j]];
                        yp[j] = predicted[sample[j]];
                        probabilities.AsSpan(sample[j] * k, k).CopyTo(pr.AsSpan(j * k, k));
                    }

                    cached = Headline(ClassificationMetrics.Compute(ya, yp, classNames, pr), positive);
                    last = sample;
                }

                return cached;
            }

            var statistics = new Func<int[], double>[Names.Count];
            for (var i = 0; i < statistics.Length; i++)
            {
                var at = i;
                statistics[i] = s => Values(s)[at];
            }

            var intervals = Bootstrap.OverGroups(records, statistics, resamples, seed, Level);
            for (var i = 0; i < Names.Count; i++)
            {
                metrics[$"{id}.{Names[i]}.ci_low"] = intervals[i].Lower;
                metrics[$"{id}.{Names[i]}.ci_high"] = intervals[i].Upper;
                metrics[$"{id}.{Names[i]}.ci_valid"] = intervals[i].Valid;
            }

            metrics[$"{id}.bootstrap_resamples"] = resamples;
        }

        return m;
    }

    /// <summary>Record-level predictions from segment probabilities: the mean probability over a record's segments.</summary>
    /// <param name="records">Record of each segment (N).</param>
    /// <param name="actual">Class of each segment (a record's segments share it).</param>
    /// <param name="probabilities">(N, K).</param>
    /// <param name="k">K.</param>
    /// <returns>Per record, in order of first appearance: names, classes, arg-max predictions and mean probabilities (R, K).</returns>
    /// <exception cref="ArgumentException">Segments of one record carry different classes.</exception>
    public static (string[] Records, int[] Actual, int[] Predicted, float[] Probabilities) PerRecord(
        IReadOnlyList<string> records, int[] actual, float[] probabilities, int k)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(probabilities);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var labels = new List<int>();
        var sums = new List<double[]>();
        var counts = new List<int>();
        for (var i = 0; i < actual.Length; i++)
        {
            if (!order.TryGetValue(records[i], out var r))
            {
                r = names.Count;
                order[records[i]] = r;
                names.Add(records[i]);
                labels.Add(actual[i]);
                sums.Add(new double[k]);
                counts.Add(0);
            }
            else if (labels[r] != actual[i])
            {
                throw new ArgumentException($"MsaTaskMetrics.PerRecord: record {records[i]} has segments of classes {labels[r]} and {actual[i]}.", nameof(actual));
            }

            counts[r]++;
            for (var c = 0; c < k; c++)
            {
                sums[r][c] += probabilities[(i * k) + c];
            }
        }

        var p = new float[names.Count * k];
        var predicted = new int[names.Count];
        for (var r = 0; r < names.Count; r++)
        {
            var best = 0;
            for (var c = 0; c < k; c++)
            {
                p[(r * k) + c] = (float)(sums[r][c] / counts[r]);
                if (p[(r * k) + c] > p[(r * k) + best])
                {
                    best = c;
                }
            }

            predicted[r] = best;
        }

        return ([.. names], [.. labels], predicted, p);
    }
}

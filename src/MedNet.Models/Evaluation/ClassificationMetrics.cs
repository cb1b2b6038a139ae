// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>
/// Multi-class classification metrics: the confusion matrix, one-vs-rest metrics per class, accuracy, and macro and
/// support-weighted averages, as [MSA] Table 1 reports them.
/// </summary>
/// <param name="Matrix">The K × K confusion matrix (rows = true class).</param>
/// <param name="PerClass">One entry per class, in class-index order.</param>
/// <remarks>
/// Source: [MSA] §3.1, Table 1 (accuracy, sensitivity, specificity, F1-score and AUROC per task). The table does not
/// say whether a multi-class row averages its classes by macro or by support, so both are given.
/// <para>
/// Zero division: a ratio whose denominator is 0 is 0, as in <see cref="ConfusionCounts"/> and scikit-learn's
/// <c>zero_division=0</c>. Per class, precision is 0 when nothing is predicted as the class, sensitivity is 0 when the
/// class has no samples, specificity is 0 when every sample is of the class, and F1 is 0 when precision + sensitivity
/// = 0. Accuracy and the weighted averages are 0 when N = 0.
/// </para>
/// <para>
/// Averages: macro = (1/K) Σ_k value_k over all K classes, including classes with no samples (as scikit-learn does when
/// the labels are given); weighted = Σ_k (n_k / N) value_k with n_k the support of class k. Macro and weighted F1
/// average the per-class F1 scores. Weighted sensitivity always equals accuracy.
/// </para>
/// <para>
/// AUROC: class k's AUROC is <see cref="RocCurve.Compute"/> of score column k against "true class is k" (one-vs-rest),
/// which equals scikit-learn's <c>roc_auc_score</c> on the binarised labels. It is null without scores, or when the
/// class is absent or the only class present. The macro and weighted AUROC are null when any class's AUROC is null;
/// scikit-learn's <c>roc_auc_score(multi_class="ovr")</c> raises in that case.
/// </para>
/// </remarks>
public sealed record ClassificationMetrics(ConfusionMatrix Matrix, IReadOnlyList<ClassMetrics> PerClass) : IMetricSet
{
    /// <summary>Accuracy: correct predictions / N; 0 when N = 0.</summary>
    public double Accuracy => Matrix.Total == 0 ? 0 : (double)Matrix.Correct / Matrix.Total;

    /// <summary>Unweighted means over the K classes.</summary>
    public AveragedMetrics Macro => Average(weighted: false);

    /// <summary>Means over the classes weighted by support n_k / N; all 0 when N = 0.</summary>
    public AveragedMetrics Weighted => Average(weighted: true);

    /// <summary>Computes the metrics of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    /// <param name="actual">True class index of each sample, (N), each in [0, K).</param>
    /// <param name="predicted">Predicted class index of each sample, (N), each in [0, K).</param>
    /// <param name="classNames">The K ≥ 2 class names, index = label (e.g. <c>["N", "S", "V", "F", "Q"]</c>); non-empty,
    /// distinct and not a <see cref="MetricScope"/> name.</param>
    /// <param name="probabilities">Class scores, (N, K) row-major (e.g. softmax outputs), for the AUROC; each column is
    /// ranked on its own, so rows need not sum to 1. Default: <see langword="null"/> (every AUROC is null).</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classNames"/> is null.</exception>
    /// <exception cref="ArgumentException">The label lengths differ, a label is outside [0, K), the class names are
    /// invalid (see <see cref="ConfusionMatrix.From"/>), <paramref name="probabilities"/> is not N × K long, or a score is
    /// NaN or infinite (the message gives the row and column).</exception>
    public static ClassificationMetrics Compute(
        ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, IReadOnlyList<string> classNames, float[]? probabilities = null)
    {
        var matrix = ConfusionMatrix.From(actual, predicted, classNames);
        var auroc = probabilities is null ? null : OneVsRestAuroc(actual, matrix.ClassNames, probabilities);
        return Build(matrix, auroc);
    }

    /// <summary>The metrics of a confusion matrix already tabulated; without scores, every AUROC is null.</summary>
    /// <param name="matrix">The confusion matrix.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static ClassificationMetrics FromMatrix(ConfusionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Build(matrix, null);
    }

    /// <summary>
    /// Lists the metrics: <c>overall</c> accuracy and support; <c>macro</c> and <c>weighted</c> sensitivity, specificity,
    /// precision, f1 and auroc; then, under each class name, support, sensitivity, specificity, precision, f1 and auroc.
    /// </summary>
    /// <returns>12 + 6K rows for K classes; an undefined AUROC is NaN.</returns>
    public IReadOnlyList<MetricValue> Values()
    {
        var rows = new List<MetricValue>(12 + (6 * PerClass.Count))
        {
            new(MetricName.Accuracy, MetricScope.Overall, Accuracy),
            new(MetricName.Support, MetricScope.Overall, Matrix.Total),
        };
        AddAverages(rows, MetricScope.Macro, Macro);
        AddAverages(rows, MetricScope.Weighted, Weighted);
        for (var c = 0; c < PerClass.Count; c++)
        {
            var m = PerClass[c];
            rows.Add(new(MetricName.Support, m.Class, m.Support));
            rows.Add(new(MetricName.Sensitivity, m.Class, m.Sensitivity));
            rows.Add(new(MetricName.Specificity, m.Class, m.Specificity));
            rows.Add(new(MetricName.Precision, m.Class, m.Precision));
            rows.Add(new(MetricName.F1, m.Class, m.F1));
            rows.Add(new(MetricName.Auroc, m.Class, m.Auroc ?? double.NaN));
        }

        return rows;
    }

    private static void AddAverages(List<MetricValue> rows, string scope, AveragedMetrics a)
    {
        rows.Add(new(MetricName.Sensitivity, scope, a.Sensitivity));
        rows.Add(new(MetricName.Specificity, scope, a.Specificity));
        rows.Add(new(MetricName.Precision, scope, a.Precision));
        rows.Add(new(MetricName.F1, scope, a.F1));
        rows.Add(new(MetricName.Auroc, scope, a.Auroc ?? double.NaN));
    }

    private static ClassificationMetrics Build(ConfusionMatrix matrix, double?[]? auroc)
    {
        var perClass = new ClassMetrics[matrix.ClassCount];
        for (var c = 0; c < perClass.Length; c++)
        {
            perClass[c] = new ClassMetrics(matrix.ClassNames[c], matrix.OneVsRest(c), auroc?[c]);
        }

        return new ClassificationMetrics(matrix, perClass);
    }

    private static double?[] OneVsRestAuroc(ReadOnlySpan<int> actual, IReadOnlyList<string> classNames, float[] probabilities)
    {
        var n = actual.Length;
        var k = classNames.Count;
        if (probabilities.LongLength != (long)n * k)
        {
            throw new ArgumentException(
                $"ClassificationMetrics: expected probabilities of length N × K = {n} × {k} = {(long)n * k} (row-major (N, K)) " +
                $"but got {probabilities.LongLength}.", nameof(probabilities));
        }

        for (var i = 0; i < probabilities.Length; i++)
        {
            if (!float.IsFinite(probabilities[i]))
            {
                throw new ArgumentException(
                    $"ClassificationMetrics: expected finite probabilities but row {i / k}, column {i % k} ('{classNames[i % k]}') = " +
                    $"{probabilities[i]}.", nameof(probabilities));
            }
        }

        var auroc = new double?[k];
        var scores = new double[n];
        var positive = new bool[n];
        for (var c = 0; c < k; c++)
        {
            for (var i = 0; i < n; i++)
            {
                scores[i] = probabilities[(i * k) + c];
                positive[i] = actual[i] == c;
            }

            auroc[c] = RocCurve.Compute(scores, positive)?.Auc;
        }

        return auroc;
    }

    private AveragedMetrics Average(bool weighted)
    {
        // Σ_k w_k value_k / Σ_k w_k with w_k = 1 (macro) or n_k (weighted); Σ_k n_k = N.
        var k = PerClass.Count;
        double denominator = weighted ? Matrix.Total : k;
        double sensitivity = 0, specificity = 0, precision = 0, f1 = 0, auroc = 0;
        var aurocDefined = true;
        for (var c = 0; c < k; c++)
        {
            var m = PerClass[c];
            double w = weighted ? m.Support : 1;
            sensitivity += w * m.Sensitivity;
            specificity += w * m.Specificity;
            precision += w * m.Precision;
            f1 += w * m.F1;
            if (m.Auroc is { } a)
            {
                auroc += w * a;
            }
            else
            {
                aurocDefined = false;
            }
        }

        if (denominator == 0)
        {
            return new AveragedMetrics(0, 0, 0, 0, null);
        }

        return new AveragedMetrics(
            sensitivity / denominator, specificity / denominator, precision / denominator, f1 / denominator,
            aurocDefined ? auroc / denominator : null);
    }
}

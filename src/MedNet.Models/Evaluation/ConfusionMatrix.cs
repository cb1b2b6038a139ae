// SPDX-License-Identifier: MIT
using System.Collections.ObjectModel;

namespace MedNet.Models.Evaluation;

/// <summary>A K × K multi-class confusion matrix: rows are the true class, columns the predicted class.</summary>
/// <remarks>
/// Source: [MSA] §3.1, Table 1 (the per-class and overall metrics are read off this matrix). Entry (i, j) counts the
/// samples of true class i predicted as class j, as scikit-learn's <c>confusion_matrix(y_true, y_pred)</c>, so the
/// diagonal holds the correct predictions. Labels are class indices 0 … K − 1 into <see cref="ClassNames"/>.
/// </remarks>
public sealed class ConfusionMatrix
{
    private readonly long[] _counts; // (K, K) row-major: [actual * K + predicted]

    private ConfusionMatrix(long[] counts, string[] classNames)
    {
        _counts = counts;
        ClassNames = new ReadOnlyCollection<string>(classNames);
        long total = 0, correct = 0;
        var k = classNames.Length;
        for (var i = 0; i < counts.Length; i++)
        {
            total += counts[i];
        }

        for (var c = 0; c < k; c++)
        {
            correct += counts[(c * k) + c];
        }

        Total = total;
        Correct = correct;
    }

    /// <summary>Number of classes K (≥ 2).</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>Class names; index = label.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Number of samples N (sum of all entries).</summary>
    public long Total { get; }

    /// <summary>Number of correct predictions (the trace).</summary>
    public long Correct { get; }

    /// <summary>Number of samples of true class <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    /// <param name="actual">True class index (row), in [0, K).</param>
    /// <param name="predicted">Predicted class index (column), in [0, K).</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, K).</exception>
    public long this[int actual, int predicted]
    {
        get
        {
            CheckClass(actual, nameof(actual));
            CheckClass(predicted, nameof(predicted));
            return _counts[(actual * ClassCount) + predicted];
        }
    }

    /// <summary>Support of class <paramref name="classIndex"/>: the number of samples whose true class it is (row sum).</summary>
    /// <param name="classIndex">Class index, in [0, K).</param>
    /// <returns>The row sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, K).</exception>
    public long Support(int classIndex)
    {
        CheckClass(classIndex, nameof(classIndex));
        long sum = 0;
        for (var j = 0; j < ClassCount; j++)
        {
            sum += _counts[(classIndex * ClassCount) + j];
        }

        return sum;
    }

    /// <summary>Number of samples predicted as class <paramref name="classIndex"/> (column sum).</summary>
    /// <param name="classIndex">Class index, in [0, K).</param>
    /// <returns>The column sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, K).</exception>
    public long PredictedCount(int classIndex)
    {
        CheckClass(classIndex, nameof(classIndex));
        long sum = 0;
        for (var i = 0; i < ClassCount; i++)
        {
            sum += _counts[(i * ClassCount) + classIndex];
        }

        return sum;
    }

    /// <summary>The binary counts of class <paramref name="classIndex"/> against all other classes (one-vs-rest).</summary>
    /// <param name="classIndex">Class index, in [0, K); that class is the positive one.</param>
    /// <returns>TP = M[k, k], FN = row k − TP, FP = column k − TP, TN = N − TP − FN − FP.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, K).</exception>
    public ConfusionCounts OneVsRest(int classIndex)
    {
        var tp = this[classIndex, classIndex];
        var fn = Support(classIndex) - tp;
        var fp = PredictedCount(classIndex) - tp;
        return new ConfusionCounts(tp, Total - tp - fn - fp, fp, fn);
    }

    /// <summary>A copy of the counts as a (K, K) array, rows = true class, columns = predicted class.</summary>
    /// <returns>A new array; changing it does not change this matrix.</returns>
    public long[,] ToArray()
    {
        var k = ClassCount;
        var result = new long[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                result[i, j] = _counts[(i * k) + j];
            }
        }

        return result;
    }

    /// <summary>Counts the confusion matrix of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    /// <param name="actual">True class index of each sample, (N), each in [0, K).</param>
    /// <param name="predicted">Predicted class index of each sample, (N), each in [0, K).</param>
    /// <param name="classNames">The K ≥ 2 class names, index = label; non-empty, distinct and not a
    /// <see cref="MetricScope"/> name (e.g. <c>["N", "S", "V", "F", "Q"]</c>).</param>
    /// <returns>The matrix; all zeros when N = 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classNames"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a label is outside [0, K) (the message gives the index),
    /// or the class names are fewer than 2, empty, repeated or reserved.</exception>
    /// <remarks>The argument order is scikit-learn's (<c>y_true, y_pred</c>), unlike <see cref="ConfusionCounts.From"/>.</remarks>
    public static ConfusionMatrix From(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, IReadOnlyList<string> classNames)
    {
        var names = CheckClassNames(classNames, "ConfusionMatrix.From");
        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException(
                $"ConfusionMatrix.From: expected actual and predicted labels of equal length but got {actual.Length} and {predicted.Length}.",
                nameof(predicted));
        }

        var k = names.Length;
        var counts = new long[k * k];
        for (var i = 0; i < actual.Length; i++)
        {
            var a = actual[i];
            var p = predicted[i];
            if ((uint)a >= (uint)k)
            {
                throw LabelOutOfRange(nameof(actual), i, a, k);
            }

            if ((uint)p >= (uint)k)
            {
                throw LabelOutOfRange(nameof(predicted), i, p, k);
            }

            counts[(a * k) + p]++;
        }

        return new ConfusionMatrix(counts, names);
    }

    /// <summary>Wraps counts already tabulated, e.g. a confusion matrix printed in a paper.</summary>
    /// <param name="counts">(K, K) non-negative counts, rows = true class, columns = predicted class; copied.</param>
    /// <param name="classNames">The K ≥ 2 class names, with the same rules as in <see cref="From"/>.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The array is not (K, K) for K class names, or a count is negative.</exception>
    public static ConfusionMatrix FromCounts(long[,] counts, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var names = CheckClassNames(classNames, "ConfusionMatrix.FromCounts");
        var k = names.Length;
        if (counts.GetLength(0) != k || counts.GetLength(1) != k)
        {
            throw new ArgumentException(
                $"ConfusionMatrix.FromCounts: expected counts of shape ({k}, {k}) (one row and column per class name) but got " +
                $"({counts.GetLength(0)}, {counts.GetLength(1)}).", nameof(counts));
        }

        var flat = new long[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (counts[i, j] < 0)
                {
                    throw new ArgumentException(
                        $"ConfusionMatrix.FromCounts: expected non-negative counts but counts[{i}, {j}] = {counts[i, j]}.", nameof(counts));
                }

                flat[(i * k) + j] = counts[i, j];
            }
        }

        return new ConfusionMatrix(flat, names);
    }

    private static ArgumentException LabelOutOfRange(string parameter, int index, int label, int k) => new(
        $"ConfusionMatrix.From: expected {parameter} labels in [0, {k}) (one per class name) but {parameter}[{index}] = {label}.",
        parameter);

    private static string[] CheckClassNames(IReadOnlyList<string> classNames, string op)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        if (classNames.Count < 2)
        {
            throw new ArgumentException(
                $"{op}: expected at least 2 class names (K ≥ 2) but got {classNames.Count}. A binary task has two, e.g. [\"normal\", \"AF\"].",
                nameof(classNames));
        }

        var names = new string[classNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var name = classNames[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"{op}: expected non-empty class names but classNames[{i}] is empty.", nameof(classNames));
            }

            if (MetricScope.IsReserved(name))
            {
                throw new ArgumentException(
                    $"{op}: expected class names other than the scope names overall, macro, weighted, adjusted, raw but classNames[{i}] = '{name}'.",
                    nameof(classNames));
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[j], name, StringComparison.Ordinal))
                {
                    throw new ArgumentException(
                        $"{op}: expected distinct class names but classNames[{j}] and classNames[{i}] are both '{name}'.", nameof(classNames));
                }
            }

            names[i] = name;
        }

        return names;
    }

    private void CheckClass(int classIndex, string parameter)
    {
        if ((uint)classIndex >= (uint)ClassCount)
        {
            throw new ArgumentOutOfRangeException(
                parameter, classIndex, $"ConfusionMatrix: expected a class index in [0, {ClassCount}) but got {classIndex}.");
        }
    }
}

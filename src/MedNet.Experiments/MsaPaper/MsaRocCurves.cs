// SPDX-License-Identifier: MIT
using MedNet.Experiments.Runs;
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One-vs-rest ROC curve of each AAMI class from pooled softmax outputs, decimated for the run record.</summary>
/// <remarks>
/// Source: [MSA] §3.1 A ("area under curve values of 0.997 for normal beats, 0.989 … 0.968 for unknown beats"). Class c's
/// score is its softmax probability; positives are the beats of class c. A class absent from the test beats has no curve
/// (D-MS-11). The area kept with each curve is the exact one (<see cref="RocCurve.Compute"/>, every threshold).
/// </remarks>
public static class MsaRocCurves
{
    /// <summary>Decimation step: a point is kept when it moves ≥ 0.01 in FPR or TPR from the last kept point (≤ ≈ 200 points per curve).</summary>
    public const double Step = 0.01;

    /// <summary>Curves named <c>&lt;id&gt;.roc.&lt;class&gt;</c>.</summary>
    /// <param name="id">Network prefix, e.g. <c>hf</c>.</param>
    /// <param name="actual">True class per beat.</param>
    /// <param name="probabilities">(N, K) softmax outputs, row-major.</param>
    /// <returns>One curve per class present with at least one negative.</returns>
    /// <exception cref="ArgumentException">The probabilities are not N × K for K = <see cref="MsaBeatData.ClassNames"/>.Count.</exception>
    public static IReadOnlyList<RunCurve> Compute(string id, int[] actual, float[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(probabilities);
        var k = MsaBeatData.ClassNames.Count;
        if (probabilities.Length != actual.Length * k)
        {
            throw new ArgumentException($"MsaRocCurves: expected {actual.Length} × {k} probabilities but got {probabilities.Length}.", nameof(probabilities));
        }

        var curves = new List<RunCurve>();
        var scores = new double[actual.Length];
        var positive = new bool[actual.Length];
        for (var c = 0; c < k; c++)
        {
            for (var i = 0; i < actual.Length; i++)
            {
                scores[i] = probabilities[(i * k) + c];
                positive[i] = actual[i] == c;
            }

            if (RocCurve.Compute(scores, positive) is not { } roc)
            {
                continue;
            }

            var (x, y) = Decimate(roc.FalsePositiveRates, roc.TruePositiveRates, Step);
            curves.Add(new RunCurve($"{id}.roc.{MsaBeatData.ClassNames[c]}", "false positive rate", "true positive rate", x, y, roc.Auc));
        }

        return curves;
    }

    /// <summary>Keeps the first and last points and every point ≥ <paramref name="step"/> (in X or Y) from the last kept one.</summary>
    /// <param name="x">X values.</param>
    /// <param name="y">Y values, same length.</param>
    /// <param name="step">Minimum move, &gt; 0.</param>
    /// <returns>The kept points.</returns>
    public static (double[] X, double[] Y) Decimate(double[] x, double[] y, double step)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length || !(step > 0))
        {
            throw new ArgumentException($"MsaRocCurves.Decimate: expected equal lengths and step > 0 but got {x.Length}, {y.Length}, step {step}.", nameof(step));
        }

        var kx = new List<double>();
        var ky = new List<double>();
        for (var i = 0; i < x.Length; i++)
        {
            if (i == 0 || i == x.Length - 1 || Math.Max(Math.Abs(x[i] - kx[^1]), Math.Abs(y[i] - ky[^1])) >= step)
            {
                kx.Add(x[i]);
                ky.Add(y[i]);
            }
        }

        return ([.. kx], [.. ky]);
    }
}

// SPDX-License-Identifier: MIT
using MedNet.Models.Evaluation;

namespace MedNet.Experiments.MsaPaper;

/// <summary>The metric names an [MSA] run writes for one network: headline figures, per-class figures and the confusion matrix.</summary>
/// <remarks>
/// Source: [MSA] §3.1 A, Tables 1–2. <c>&lt;id&gt;.accuracy</c> is overall accuracy; <c>&lt;id&gt;.sensitivity</c>, <c>.specificity</c>,
/// <c>.f1</c> and <c>.auroc</c> are macro means over the classes present in the test set (a class with no test beat has no
/// sensitivity or ROC; D-MS-11). Per class: <c>&lt;id&gt;.&lt;class&gt;.support|sensitivity|specificity|precision|f1|auroc</c>;
/// confusion counts <c>&lt;id&gt;.confusion.&lt;true&gt;.&lt;predicted&gt;</c>. All as fractions (the comparison prints percent).
/// </remarks>
public static class MsaMetrics
{
    /// <summary>Adds the metrics of pooled test predictions.</summary>
    /// <param name="metrics">Receives the values.</param>
    /// <param name="id">Prefix, e.g. <c>baseline</c>.</param>
    /// <param name="actual">True classes.</param>
    /// <param name="predicted">Predicted classes.</param>
    /// <param name="probabilities">(N, K) softmax outputs.</param>
    /// <returns>The computed metrics.</returns>
    public static ClassificationMetrics Add(IDictionary<string, double> metrics, string id, int[] actual, int[] predicted, float[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var m = ClassificationMetrics.Compute(actual, predicted, MsaBeatData.ClassNames, probabilities);
        var macro = MsaTaskMetrics.Headline(m, positive: null); // accuracy, then macro means over the classes present
        var present = m.PerClass.Count(c => c.Support > 0);
        metrics[$"{id}.accuracy"] = macro[0];
        metrics[$"{id}.sensitivity"] = macro[1];
        metrics[$"{id}.specificity"] = macro[2];
        metrics[$"{id}.f1"] = macro[3];
        metrics[$"{id}.auroc"] = macro[4];
        metrics[$"{id}.classes_present"] = present;
        foreach (var c in m.PerClass)
        {
            metrics[$"{id}.{c.Class}.support"] = c.Support;
            metrics[$"{id}.{c.Class}.sensitivity"] = c.Sensitivity;
            metrics[$"{id}.{c.Class}.specificity"] = c.Specificity;
            metrics[$"{id}.{c.Class}.precision"] = c.Precision;
            metrics[$"{id}.{c.Class}.f1"] = c.F1;
            metrics[$"{id}.{c.Class}.auroc"] = c.Auroc ?? double.NaN;
        }

        for (var a = 0; a < m.Matrix.ClassCount; a++)
        {
            for (var p = 0; p < m.Matrix.ClassCount; p++)
            {
                metrics[$"{id}.confusion.{m.Matrix.ClassNames[a]}.{m.Matrix.ClassNames[p]}"] = m.Matrix[a, p];
            }
        }

        return m;
    }
}

// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>The <see cref="MetricValue.Metric"/> names: lower-case snake case, as the kit prints them.</summary>
/// <remarks>
/// The detection names (<c>f1</c>, <c>precision</c>, <c>recall</c>, <c>tp</c>, <c>tn</c>, <c>fp</c>, <c>fn</c>,
/// <c>roc_auc</c>, <c>score_roc_auc</c>, <c>threshold</c>) are the ones <c>PotMetrics</c> and <c>mednet reproduce</c>
/// print. The classification names follow [MSA] Table 1 (accuracy, sensitivity, specificity, F1, AUROC).
/// </remarks>
public static class MetricName
{
    /// <summary>Fraction of samples whose predicted class is the true class.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>Number of samples whose true class is the scope's class (or all samples for <c>overall</c>).</summary>
    public const string Support = "support";

    /// <summary>Sensitivity TP / (TP + FN); the same quantity as <see cref="Recall"/>, named as [MSA] Table 1 names it.</summary>
    public const string Sensitivity = "sensitivity";

    /// <summary>Recall TP / (TP + FN); the same quantity as <see cref="Sensitivity"/>, named as the detection tables name it.</summary>
    public const string Recall = "recall";

    /// <summary>Specificity TN / (TN + FP).</summary>
    public const string Specificity = "specificity";

    /// <summary>Precision (positive predictive value) TP / (TP + FP).</summary>
    public const string Precision = "precision";

    /// <summary>F1 score.</summary>
    public const string F1 = "f1";

    /// <summary>Area under the ROC curve of continuous class scores (one-vs-rest for a class).</summary>
    public const string Auroc = "auroc";

    /// <summary>DTAAD's ROC-AUC of the 0/1 predictions, (TPR + TNR) / 2; not an AUROC of scores.</summary>
    public const string RocAuc = "roc_auc";

    /// <summary>ROC-AUC of a detector's continuous scores; the same quantity as <see cref="Auroc"/> for one class.</summary>
    public const string ScoreRocAuc = "score_roc_auc";

    /// <summary>The score threshold of a detector.</summary>
    public const string Threshold = "threshold";

    /// <summary>True positives.</summary>
    public const string TruePositives = "tp";

    /// <summary>True negatives.</summary>
    public const string TrueNegatives = "tn";

    /// <summary>False positives.</summary>
    public const string FalsePositives = "fp";

    /// <summary>False negatives.</summary>
    public const string FalseNegatives = "fn";
}

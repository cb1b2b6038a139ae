// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>Per-class metrics averaged over the classes (macro or support-weighted).</summary>
/// <param name="Sensitivity">Average sensitivity (recall).</param>
/// <param name="Specificity">Average specificity.</param>
/// <param name="Precision">Average precision.</param>
/// <param name="F1">Average of the per-class F1 scores (not the F1 of the averaged precision and sensitivity).</param>
/// <param name="Auroc">Average one-vs-rest AUROC; <see langword="null"/> when any class's AUROC is undefined.</param>
/// <remarks>Source: [MSA] §3.1, Table 1; the averaging is described on <see cref="ClassificationMetrics"/>.</remarks>
public sealed record AveragedMetrics(double Sensitivity, double Specificity, double Precision, double F1, double? Auroc);

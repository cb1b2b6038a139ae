// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plots;

/// <summary>One ROC curve: false- and true-positive rates at each threshold, and its area if already known.</summary>
/// <param name="Name">Legend name, e.g. "MED-Net" or a class.</param>
/// <param name="FalsePositiveRate">FPR per threshold in [0, 1], ascending.</param>
/// <param name="TruePositiveRate">TPR per threshold in [0, 1]; same length.</param>
/// <param name="Auc">Area under the curve from the evaluator; computed by the trapezoid rule over the given points when null.</param>
public sealed record RocSeries(string Name, double[] FalsePositiveRate, double[] TruePositiveRate, double? Auc = null);

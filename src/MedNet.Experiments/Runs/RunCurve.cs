// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Runs;

/// <summary>A curve a run keeps beside its scalar metrics (e.g. a one-vs-rest ROC curve), decimated to a plottable size.</summary>
/// <param name="Name">Key, e.g. <c>hf.roc.N</c>.</param>
/// <param name="XLabel">What X holds, e.g. "false positive rate".</param>
/// <param name="YLabel">What Y holds, e.g. "true positive rate".</param>
/// <param name="X">X values.</param>
/// <param name="Y">Y values, same length.</param>
/// <param name="Area">The exact area under the undecimated curve, or null.</param>
public sealed record RunCurve(string Name, string XLabel, string YLabel, double[] X, double[] Y, double? Area);

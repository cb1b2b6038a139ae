// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>One sanity check of an explainer (<see cref="SanityChecks"/>).</summary>
/// <param name="Check">Completeness, randomisation or planted signal.</param>
/// <param name="Method">Grad-CAM, Integrated Gradients, GradientSHAP, exact SHAP.</param>
/// <param name="Value">The measured number.</param>
/// <param name="Meaning">What the number is and what a passing value looks like.</param>
public sealed record SanityCheckResult(string Check, string Method, double Value, string Meaning);

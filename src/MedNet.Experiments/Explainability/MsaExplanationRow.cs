// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.Explainability;

/// <summary>One [MSA] §3.3 quantity: the paper's value beside the reproduced one and what chance would give.</summary>
/// <param name="Quantity">What is measured.</param>
/// <param name="PaperPercent">The paper's value in %.</param>
/// <param name="ReproducedPercent">The measured value in %.</param>
/// <param name="ChancePercent">The value a map spread evenly over the window would give, in %.</param>
/// <param name="Basis">Data, model and method behind the measured value.</param>
public sealed record MsaExplanationRow(string Quantity, double PaperPercent, double ReproducedPercent, double ChancePercent, string Basis);

// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>Parameters of a generalised Pareto distribution (location 0) fitted to threshold excesses.</summary>
/// <param name="Gamma">Shape γ (extreme-value index).</param>
/// <param name="Sigma">Scale σ &gt; 0.</param>
/// <param name="LogLikelihood">The log-likelihood of the excesses under (γ, σ), as the selected likelihood rule computes it.</param>
public readonly record struct GpdFit(double Gamma, double Sigma, double LogLikelihood);

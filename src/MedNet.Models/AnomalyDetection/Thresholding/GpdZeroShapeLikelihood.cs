// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>How the log-likelihood of the γ = 0 (exponential) candidate is computed in Grimshaw's procedure.</summary>
/// <remarks>
/// Source: [SPOT] reference code, <c>SPOT._log_likelihood</c>, as copied into [DTAAD] <c>src/spot.py</c>.
/// Differs: D-MN-05.
/// </remarks>
public enum GpdZeroShapeLikelihood
{
    /// <summary>As the reference code: L = n (1 + log ȳ). The sign is flipped relative to the exponential likelihood;
    /// kept as the default so thresholds equal DTAAD's.</summary>
    ReferenceCode,

    /// <summary>The exponential log-likelihood L = −n (1 + log ȳ).</summary>
    Exact,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Preprocessing;

/// <summary>How each channel is scaled, with statistics from the training portion only.</summary>
/// <remarks>
/// Source: [MEDNET] §3.2, Eqs. (2)–(3) and Algorithm 1 line 1. The paper says it "consistently use[s] the z-score form"
/// in §3.2 but Algorithm 1 says "Normalize ECG to [0, 1]"; the reference code (DTAAD <c>normalize3</c>) is min-max with
/// ε. Differs: D-MN-03 (all three are offered; MED-Net defaults to DtaadMinMax, as the authors' code trains, because
/// its sigmoid heads cannot fit z-scored targets).
/// </remarks>
public enum Normalisation
{
    /// <summary>x̃ = (x − μ) / σ, μ and σ (population, ddof = 0) per channel from the training table. σ = 0 → divide by 1.</summary>
    ZScore,

    /// <summary>x̃ = (x − min) / (max − min), per channel from the training table. max = min → divide by 1.</summary>
    MinMax,

    /// <summary>
    /// DTAAD <c>normalize3</c>: x̃ = (x − min) / (max − min + 1e−4). The reference also adds <c>wgn(a, 50)</c>, a random
    /// per-channel constant of order 1e−3; it is left out here (deterministic), see <see cref="ChannelNormaliser.DtaadEpsilon"/>.
    /// </summary>
    DtaadMinMax,
}

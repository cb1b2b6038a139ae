// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Where DTAAD's callback adds the first forecast x1 to the window before the global TCN.</summary>
/// <remarks>Source: [DTAAD] <c>src/models.py</c> <c>DTAAD.callback</c>; EhsaasN/DUAL_TCN_ATTN <c>src/models.py</c> <c>_match_tensor_dimensions</c> (branch <c>copilot/fix-multivariate-data-compatibility</c>). Differs: D-MN-12 (iv).</remarks>
public enum CallbackAddition
{
    /// <summary>X + x1 broadcast over the W time steps (DTAAD; default).</summary>
    EveryStep,

    /// <summary>As MED-Net's fork: x1 is zero-padded from length 1 to W, so it is added to the first (oldest) time step only.</summary>
    FirstStep,
}

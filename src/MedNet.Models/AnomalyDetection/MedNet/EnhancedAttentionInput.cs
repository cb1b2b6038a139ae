// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>What the enhanced attention attends over under <see cref="FusionPlacement.CodeForecastOutputs"/>.</summary>
/// <remarks>Source: [MEDNET] §3.5.5, Eq. (13) vs EhsaasN/DUAL_TCN_ATTN <c>src/enhanced_dtaad_optimized.py</c>. Differs: D-MN-11, D-MN-22.</remarks>
public enum EnhancedAttentionInput
{
    /// <summary>The single forecast vector x2 (one token: the softmax is 1 and the block reduces to out_proj(W_v·x2)), as the code. Default.</summary>
    ForecastToken,

    /// <summary>The W time steps of the global TCN features H_glob (Eq. 13's input); its output at <see cref="MedNetConfig.FusedStep"/> is added.</summary>
    GlobalFeatureSteps,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>Which time step of the (C, W) attention and multi-scale streams is added to the forecasts under <see cref="FusionPlacement.CodeForecastOutputs"/>.</summary>
/// <remarks>Source: EhsaasN/DUAL_TCN_ATTN <c>src/enhanced_dtaad_optimized.py</c> (<c>[:, :, :min_size]</c> with min_size = 1). Differs: D-MN-11, D-MN-22.</remarks>
public enum StreamStep
{
    /// <summary>The first (oldest) step, t = 0, as the code's slice to the forecast's length 1 does. Default.</summary>
    First,

    /// <summary>The last step, t = W − 1: the row the forecasts are compared with (the alternative the switch study measures).</summary>
    Last,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>What the global TCN's number of levels is derived from: the window (DTAAD) or the channel count (MED-Net's fork).</summary>
/// <remarks>Source: [DTAAD] <c>src/gltcn.py</c> <c>Tcn_Global</c>; EhsaasN/DUAL_TCN_ATTN <c>src/gltcn.py</c> (branch <c>copilot/fix-multivariate-data-compatibility</c>). Differs: D-MN-12 (i).</remarks>
public enum GlobalLevelRule
{
    /// <summary>⌈log2((W − 1)/(k − 1) + 1)⌉ levels, dilations 1, 2, 4, …: three for W = 10, k = 3 (DTAAD; default).</summary>
    FromWindow,

    /// <summary>
    /// As MED-Net's fork: the same formula with the channel count C in place of W, at least one level; one level
    /// (dilation 1) for C = 1 or 2.
    /// </summary>
    FromChannels,
}

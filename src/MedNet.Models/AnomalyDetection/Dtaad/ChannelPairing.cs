// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Which forecast channel each target channel is compared with in the dual-forecast loss and the test score.</summary>
/// <remarks>Source: [DTAAD] <c>main.py</c> <c>backprop</c>; EhsaasN/DUAL_TCN_ATTN <c>main.py</c> <c>backprop</c> (branch <c>copilot/fix-multivariate-data-compatibility</c>). Differs: D-MN-12 (iii).</remarks>
public enum ChannelPairing
{
    /// <summary>Forecast channel c against target channel c (DTAAD; default).</summary>
    SameChannel,

    /// <summary>
    /// As MED-Net's fork on C &gt; 1: forecasts (B, C, 1) permuted to (C, B, 1) against targets (1, B, C) broadcast to
    /// (C, B, C), so the loss is the mean over every (forecast c, target c′) pair, and the test score of target channel c′
    /// is (x2[:, 0] − x_{c′})², the first channel's forecast for every channel.
    /// </summary>
    AuthorsBroadcast,
}

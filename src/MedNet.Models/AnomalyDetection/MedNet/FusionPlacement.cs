// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>Where MED-Net adds its attention and multi-scale streams: paper (TCN feature maps) or code (forecast outputs).</summary>
/// <remarks>Source: [MEDNET] §3.5.6, Eqs. (14)–(15) vs EhsaasN/DUAL_TCN_ATTN <c>src/enhanced_dtaad_optimized.py</c>. Differs: D-MN-11.</remarks>
public enum FusionPlacement
{
    /// <summary>
    /// As the authors' code: the streams are added to DTAAD's two sigmoid forecasts x1, x2 (one value per channel).
    /// The code slices the (C, L) streams to the forecast's length 1, i.e. it adds the streams' first (oldest) time step;
    /// the enhanced attention runs over the single forecast vector (one token). Default.
    /// </summary>
    CodeForecastOutputs,

    /// <summary>
    /// As the paper's Eqs. (14)–(15): H̃1 = H_loc + α1·A_light and H̃2 = H_glob + α2·F_ms + α3·A_enh on the (C, L) TCN
    /// feature maps, before each branch's encoder layer; A_enh attends over the L time steps of H_glob.
    /// </summary>
    PaperFeatureMaps,
}

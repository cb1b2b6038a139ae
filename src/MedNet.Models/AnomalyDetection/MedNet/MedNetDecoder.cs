// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>The decoder behind MED-Net's fused streams.</summary>
/// <remarks>Source: [MEDNET] §3.5.7 vs §4.3 and the authors' code. Differs: D-MN-02.</remarks>
public enum MedNetDecoder
{
    /// <summary>Reading (a): DTAAD's two heads Linear(W→1)+Sigmoid forecasting the last element of the window (the code; default).</summary>
    DualForecastHeads,

    /// <summary>
    /// Reading (b): Ŵ = Decoder(H̃1, H̃2), a small stack of transposed convolutions from the fused feature maps
    /// [H̃1; H̃2] (B, 2C, W) back to the window grid (B, C, W) (§3.5.7); needs <see cref="FusionPlacement.PaperFeatureMaps"/>.
    /// </summary>
    TransposedConvolutions,
}

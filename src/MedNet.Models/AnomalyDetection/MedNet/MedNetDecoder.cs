// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>The decoder behind MED-Net's fused streams.</summary>
/// <remarks>Source: [MEDNET] §3.5.7 vs §4.3 and the authors' code. Differs: D-MN-02.</remarks>
public enum MedNetDecoder
{
    /// <summary>DTAAD's two heads Linear(W→1)+Sigmoid forecasting the last element of the window (the code; default).</summary>
    DualForecastHeads,
}

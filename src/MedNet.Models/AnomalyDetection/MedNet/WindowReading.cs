// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>How MED-Net's "window size of the local TCN increased to 128 from 10" is read.</summary>
/// <remarks>Source: [MEDNET] §3.4.5, §3.5.2 Eq. (10), "Model Defaults: window size typically 10". Differs: D-MN-01.</remarks>
public enum WindowReading
{
    /// <summary>W = 10, as the authors' code (<c>n_window = 10</c> in the MED-Net model; 128 only occurs in an ablation class). Default.</summary>
    CodeWindow10,

    /// <summary>Reading (a): the model sees windows of L = 128 rows (both branches, both heads Linear(128→1)).</summary>
    Window128,

    /// <summary>
    /// Reading (b): L = 10 rows, but the dual TCN feature maps are 128 channels wide (Eq. (10), H_dual ∈ R^{128×L}): a 1×1
    /// convolution lifts C → 128, the DTAAD backbone runs 128 wide (heads = features, as DTAAD), and a Linear(128 → C) maps
    /// its two forecasts back before the streams are fused. Needs <see cref="FusionPlacement.CodeForecastOutputs"/>.
    /// </summary>
    Width128,
}

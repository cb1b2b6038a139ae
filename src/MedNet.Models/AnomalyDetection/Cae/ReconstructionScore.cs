// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Cae;

/// <summary>Which squared reconstruction error of a window becomes its score per channel.</summary>
/// <remarks>
/// Source: [MEDNET] §3.5.8 scores a window by its reconstruction error; the kit scores one value per window and channel
/// so that DTAAD's POT evaluation applies unchanged (window i is paired with label i). Differs: D-MN-15.
/// </remarks>
public enum ReconstructionScore
{
    /// <summary>(x̂_W − x_W)²: the error at the window's last element, the point DTAAD's score refers to.</summary>
    LastElement,

    /// <summary>(1/W)·Σ_t (x̂_t − x_t)²: the mean error over the window, as [CAE2025] thresholds a window's MSE.</summary>
    WindowMean,
}

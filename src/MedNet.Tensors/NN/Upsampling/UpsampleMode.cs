// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Interpolation of <see cref="Upsample"/> (PyTorch's <c>mode</c> string).</summary>
public enum UpsampleMode
{
    /// <summary>Copy the nearest earlier sample: src = ⌊t · L_in / L_out⌋.</summary>
    Nearest,

    /// <summary>Linear interpolation with align_corners = false: src = (t + 0.5) · L_in / L_out − 0.5, clamped at 0.</summary>
    Linear,
}

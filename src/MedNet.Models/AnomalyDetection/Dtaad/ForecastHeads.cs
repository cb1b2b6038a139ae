// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>DTAAD's two forecast heads: one Linear(W→1) per channel (DTAAD) or the fork's lazily created, never-trained Linear(C·W→1).</summary>
/// <remarks>Source: [DTAAD] <c>src/models.py</c> (<c>decoder1</c>, <c>decoder2</c>); EhsaasN/DUAL_TCN_ATTN <c>src/models.py</c> <c>_create_dynamic_decoder</c> (branch <c>copilot/fix-multivariate-data-compatibility</c>). Differs: D-MN-12 (ii).</remarks>
public enum ForecastHeads
{
    /// <summary>σ(Linear(W→1)) applied to each channel's W steps, trained (DTAAD; default).</summary>
    PerChannel,

    /// <summary>
    /// As MED-Net's fork: σ(Linear(C·W→1)) on the flattened (C, W) features, one value broadcast to every channel. The fork
    /// creates the layer in the first forward pass, after AdamW was given the parameter list, so it is never updated: the
    /// kit draws it at construction (PyTorch's Linear initialisation, U(±1/√(C·W))) and keeps it as buffers, not parameters.
    /// </summary>
    FrozenFlattened,
}

// SPDX-License-Identifier: MIT

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>How recordings are scaled; statistics that span recordings come from the training recordings only.</summary>
/// <remarks>
/// Source: [MEDNET] code, <c>preprocess.py</c> (<c>ecg_data</c> branch) for <see cref="PerTimeStepMinMax"/>; DTAAD
/// <c>normalize3</c> for the ε = 1e−4 of the min-max forms. Differs: D-MN-14 (the authors compute the per-time-step
/// statistics over all 238 rows, test rows included; the kit uses the training rows only).
/// </remarks>
public enum RecordingScaling
{
    /// <summary>No scaling: values stay in mV.</summary>
    None,

    /// <summary>
    /// The authors' rule: x̃[r, t] = (x[r, t] − min_t) / (max_t − min_t + 1e−4), min_t and max_t over the training recordings at
    /// time step t. Needs equal lengths. Test values may fall outside [0, 1].
    /// </summary>
    PerTimeStepMinMax,

    /// <summary>x̃ = (x − min) / (max − min + 1e−4) with one min and max over every training sample (DTAAD <c>normalize3</c> on one channel).</summary>
    GlobalMinMax,

    /// <summary>x̃ = (x − min_r) / (max_r − min_r + 1e−4) with each recording's own min and max (no statistics shared between recordings).</summary>
    PerRecordingMinMax,

    /// <summary>x̃ = (x − μ) / σ with one μ and σ (population, ddof = 0) over every training sample; σ = 0 → divide by 1.</summary>
    ZScore,
}

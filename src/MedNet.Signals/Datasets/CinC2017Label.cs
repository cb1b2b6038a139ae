// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>PhysioNet/CinC Challenge 2017 rhythm labels (REFERENCE.csv).</summary>
/// <remarks>Source: Clifford et al., "AF classification from a short single lead ECG recording", CinC 44, 2017.</remarks>
public enum CinC2017Label
{
    /// <summary>N: normal sinus rhythm.</summary>
    Normal,

    /// <summary>A: atrial fibrillation.</summary>
    AtrialFibrillation,

    /// <summary>O: other rhythm.</summary>
    Other,

    /// <summary>~: too noisy to classify.</summary>
    Noisy,
}

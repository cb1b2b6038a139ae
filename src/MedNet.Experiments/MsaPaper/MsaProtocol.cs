// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>How MIT-BIH beats are split into training and test sides; both keep every subject on one side.</summary>
/// <remarks>Source: [MSA] §3.1 A ("stratified 10-fold inter-patient cross-validation"). Differs: D-MS-09.</remarks>
public enum MsaProtocol
{
    /// <summary>de Chazal et al.'s inter-patient DS1 → DS2 (22 + 22 records, paced records out): one train/test split.</summary>
    InterPatient,

    /// <summary>Subject-wise stratified k-fold over the records (201 and 202, one patient, as one subject); predictions pooled over folds.</summary>
    SubjectKFold,
}

// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>PTB-XL diagnostic superclasses (multi-label, so a flags set).</summary>
/// <remarks>Source: Wagner et al., Sci Data 7:154 (2020), Table 3; column <c>diagnostic_class</c> of <c>scp_statements.csv</c>.</remarks>
[Flags]
public enum PtbXlSuperclass
{
    /// <summary>No diagnostic statement.</summary>
    None = 0,

    /// <summary>NORM: normal ECG.</summary>
    Norm = 1,

    /// <summary>MI: myocardial infarction.</summary>
    MI = 2,

    /// <summary>STTC: ST/T change.</summary>
    Sttc = 4,

    /// <summary>CD: conduction disturbance.</summary>
    CD = 8,

    /// <summary>HYP: hypertrophy.</summary>
    Hyp = 16,
}

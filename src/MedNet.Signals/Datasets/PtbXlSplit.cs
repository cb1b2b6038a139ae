// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>The official PTB-XL split by <c>strat_fold</c>: folds 1–8 train, 9 validation, 10 test.</summary>
/// <remarks>Source: Wagner et al., Sci Data 7:154 (2020), "Cross-validation folds"; Strodthoff et al., IEEE JBHI 25(5), 2021.</remarks>
public enum PtbXlSplit
{
    /// <summary>strat_fold 1–8.</summary>
    Train,

    /// <summary>strat_fold 9.</summary>
    Validation,

    /// <summary>strat_fold 10.</summary>
    Test,
}

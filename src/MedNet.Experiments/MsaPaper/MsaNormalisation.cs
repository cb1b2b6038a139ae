// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MsaPaper;

/// <summary>Where the per-lead z-score of [MSA] §2.1 C takes its mean and standard deviation from.</summary>
/// <remarks>Differs: D-MS-06.</remarks>
public enum MsaNormalisation
{
    /// <summary>Default: each input window is z-scored with its own statistics, so nothing is fitted across samples or folds.</summary>
    PerWindow,

    /// <summary>Each whole record (30 min, one lead) is z-scored once after filtering; still no statistic crosses records.</summary>
    PerRecord,
}

// SPDX-License-Identifier: MIT

namespace MedNet.Signals.Datasets;

/// <summary>Which annotated beats become anomalous points in the MBA point labels.</summary>
/// <remarks>Differs: D-MN-21 (the benchmark labels normal beats as anomalies too; see data/mba README).</remarks>
public enum MbaLabelRule
{
    /// <summary>
    /// TranAD/DTAAD <c>preprocess.py</c>: every annotated beat (N, V and F), offsets −20…+19 → 65 × 40 = 2600 rows per
    /// channel. This is the benchmark's labelling.
    /// </summary>
    AllBeatsTranAD,

    /// <summary>Only ventricular (V) and fusion (F) beats, same offsets → 24 × 40 = 960 rows per channel. Not the benchmark's.</summary>
    VentricularAndFusionOnly,
}
